import { parseChange, parseDirection, parseRag, parseValue } from '@kpi/normalise';
import { about, defineRule, nameOf, sourceAt, sourceOf, type Draft } from './finding';

/** A scorecard row and the card of the same KPI disagree on target, values, direction, change or RAG. */
export const scorecardVsCard = defineRule('scorecard-vs-card', (ctx) => {
  const out: Draft[] = [];
  for (const o of ctx.observations) {
    const row = o.observation.scorecard;
    if (!row || o.observation.origin !== 'card') continue;
    const checks: [string, string | null | undefined, string | null | undefined, 'target' | 'current' | 'previous' | 'direction' | 'change' | 'rag' | 'previousRag'][] = [
      ['target', o.observation.target.raw, row.target?.raw, 'target'],
      ['current value', o.observation.current.raw, row.current?.raw, 'current'],
      ['previous value', o.observation.previous.raw, row.previous?.raw, 'previous'],
      ['direction', o.observation.directionRaw, row.direction?.raw, 'direction'],
      ['change', o.observation.changeRaw, row.change?.raw, 'change'],
      ['RAG rating', o.observation.ragRaw, row.rag?.raw, 'rag'],
      ['previous RAG rating', o.observation.previousRagRaw, row.previousRag?.raw, 'previousRag'],
    ];
    for (const [label, cardRaw, rowRaw, field] of checks) {
      if (!cardRaw || !rowRaw || same(field, cardRaw, rowRaw)) continue;
      const severity = field === 'change' || field === 'direction' ? 'warning' : 'error';
      out.push({
        severity,
        ...about(ctx, o),
        message: `${nameOf(ctx, o)}: the scorecard gives ${label} ${rowRaw}, the card ${cardRaw}`,
        evidence: {
          compared: { field, scorecard: rowRaw, card: cardRaw },
          sources: [
            sourceAt(`scorecard ${label}`, o.fileName, row[field]?.prov, rowRaw, 'scorecard'),
            sourceOf(o, `card ${label}`, field, cardRaw),
          ],
        },
      });
    }
  }
  return out;
});

function same(field: string, a: string, b: string): boolean {
  if (field === 'direction') return parseDirection(a) === parseDirection(b) || (!parseDirection(a) && !parseDirection(b));
  if (field === 'change') {
    const ca = parseChange(a);
    const cb = parseChange(b);
    return ca === cb;
  }
  if (field === 'rag' || field === 'previousRag') return parseRag(a) === parseRag(b);
  const va = parseValue(a);
  const vb = parseValue(b);
  if (va.value !== null && vb.value !== null) return Math.abs(va.value - vb.value) < 1e-9;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
