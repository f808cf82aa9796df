import { fiscalStartYear, fiscalYearLabel, parseValue } from '@kpi/normalise';
import { periodKey, periodName } from '../archive';
import { about, defineRule, sourceOf, type Draft } from './finding';

/** 'Q3 2024/25' → '2024/25-3'; null for labels that are not a financial quarter. */
export function quarterKey(label: string): string | null {
  const m = /^Q([1-4])\s+((?:19|20)\d{2}\s*[/-]\s*\d{2,4})$/i.exec(label.trim());
  const start = m ? fiscalStartYear(m[2]) : null;
  return m && start !== null ? `${fiscalYearLabel(start)}-${m[1]}` : null;
}

/**
 * A chart point or trend-table value differs from a card's own figure for the same quarter: the chart's
 * card (its current and, for quarterly figures, previous value) and the same measure's card in other reports.
 */
export const seriesVsCard = defineRule('series-vs-card', (ctx) => {
  const out: Draft[] = [];
  const byObs = new Map(ctx.observations.map((o) => [o.observationId, o]));
  // Each measure's observations in archive order, looked up per point rather than searched for.
  const ofKey = new Map<string, typeof ctx.observations>();
  for (const o of ctx.observations) {
    const k = ctx.keyOf.get(o.observationId);
    if (k) ofKey.set(k, [...(ofKey.get(k) ?? []), o]);
  }
  for (const p of ctx.points ?? []) {
    if (/target|average|mean|benchmark/i.test(p.series)) continue;
    const owner = byObs.get(p.observationId);
    const q = quarterKey(p.periodLabel);
    const value = parseValue(p.raw).value;
    if (!owner || !q || value === null) continue;
    const key = ctx.keyOf.get(owner.observationId);
    // The owner and every observation of its measure (the owner is one of them when it has a key).
    const candidates = key ? ofKey.get(key)! : [owner];
    for (const o of candidates) {
      const ob = o.observation;
      const compare: { field: 'current' | 'previous'; v: number | null; raw: string | null }[] = [];
      if (periodKey(o) === q) compare.push({ field: 'current', v: ob.current.value, raw: ob.current.raw });
      if (o.observationId === owner.observationId && ob.periodBasis === 'quarter' && previousQuarter(periodKey(o)) === q) compare.push({ field: 'previous', v: ob.previous.value, raw: ob.previous.raw });
      for (const c of compare) {
        if (c.v === null || Math.abs(c.v - value) < 1e-9) continue;
        out.push({
          severity: 'warning',
          ...about(ctx, o),
          message: `${ctx.idOf(o) ?? key}: the chart in ${owner.fileName} shows ${p.raw} for ${p.periodLabel}, the card in ${o.fileName} ${c.raw} (${c.field} value, ${periodName(o)})`,
          evidence: { compared: { chart: value, card: c.v, period: p.periodLabel, field: c.field, series: p.series }, sources: [{ what: `chart point ${p.periodLabel}`, file: owner.fileName, ref: p.sourceRef, value: p.raw }, sourceOf(o, `card ${c.field} value`, c.field, c.raw)] },
        });
      }
    }
  }
  return out;
});

function previousQuarter(key: string): string | null {
  const m = /^(\d{4})\/\d{2}-([1-4])$/.exec(key);
  if (!m) return null;
  const y = Number(m[1]);
  const q = Number(m[2]);
  return q === 1 ? `${fiscalYearLabel(y - 1)}-4` : `${fiscalYearLabel(y)}-${q - 1}`;
}
