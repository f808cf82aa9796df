/** Rules over one measure's history: renumbering, retitling, and previous figures against earlier reports. */
import { describeProv } from '@kpi/extract';
import { periodKey, type ArchiveObservation } from '../reconcile';
import { fiscalStartYear } from '../period';
import { about, period, sourceOf, type Finding, type Rule, type RuleContext } from './types';
import { coverTitles } from './narrative';

const normTitle = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const normId = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').replace(/\b0+(\d)/, '$1').trim();

function byKey(ctx: RuleContext): Map<string, ArchiveObservation[]> {
  const out = new Map<string, ArchiveObservation[]>();
  for (const o of ctx.observations) {
    const k = ctx.keyOf.get(o.observationId);
    if (!k || !periodKey(o)) continue;
    out.set(k, [...(out.get(k) ?? []), o]);
  }
  for (const list of out.values()) list.sort((a, b) => periodKey(a).localeCompare(periodKey(b)) || a.documentSha.localeCompare(b.documentSha) || a.position - b.position);
  return out;
}

/** The same measure under different identifiers in different reports. */
export const identifierRenumbered: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const [key, list] of byKey(ctx)) {
    const seen: { id: string; o: ArchiveObservation }[] = [];
    for (const o of list) {
      const id = ctx.idOf(o);
      if (!id) continue;
      const prior = seen.find((s) => normId(s.id) !== normId(id) && periodKey(s.o) < periodKey(o));
      if (prior && !seen.some((s) => normId(s.id) === normId(id))) {
        out.push({
          rule: 'identifier-renumbered',
          severity: 'info',
          ...about(ctx, o),
          indicatorKey: key,
          message: `${prior.id} (${period(prior.o)}) is reported as ${id} in ${period(o)}`,
          evidence: { compared: { before: prior.id, after: id }, sources: [sourceOf(prior.o, prior.id, 'heading', prior.id), sourceOf(o, id, 'heading', id)] },
        });
      }
      seen.push({ id, o });
    }
  }
  return out;
};

/** The same KPI titled differently in two places (across reports, scorecard and card, cover and card). */
export const titleVariant: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const [key, list] of byKey(ctx)) {
    const seen = new Map<string, ArchiveObservation>();
    for (const o of list) {
      const t = o.observation.title;
      if (!t) continue;
      const n = normTitle(t);
      if (seen.size && !seen.has(n)) {
        const [, first] = [...seen][0];
        out.push({
          rule: 'title-variant',
          severity: 'info',
          ...about(ctx, o),
          indicatorKey: key,
          message: `${ctx.idOf(o) ?? key} is titled '${t}' in ${o.fileName} but '${first.observation.title}' in ${first.fileName}`,
          evidence: { compared: { title: t, earlier: first.observation.title }, sources: [sourceOf(first, 'earlier title', 'heading', first.observation.title), sourceOf(o, 'title', 'heading', t)] },
        });
      }
      if (!seen.has(n)) seen.set(n, o);
    }
  }
  for (const o of ctx.observations) {
    const row = o.observation.scorecard;
    if (!row || !o.observation.title || o.observation.notes.includes('identified:scorecard')) continue;
    if (normTitle(row.title) === normTitle(o.observation.title)) continue;
    out.push({
      rule: 'title-variant',
      severity: 'info',
      ...about(ctx, o),
      message: `${ctx.idOf(o)}: the scorecard calls it '${row.title}', the card '${o.observation.title}'`,
      evidence: { compared: { scorecard: row.title, card: o.observation.title }, sources: [{ what: 'scorecard title', file: o.fileName, ref: describeProv(row.prov) }, sourceOf(o, 'card title', 'heading', o.observation.title)] },
    });
  }
  for (const { r, card, title, at } of coverTitles(ctx)) {
    const a = normTitle(title);
    const b = normTitle(card.observation.title!);
    // Narrative wraps long titles; a cut-off title is the same title.
    if (a === b || (b.startsWith(a) && a.length >= 0.6 * b.length)) continue;
    out.push({
      rule: 'title-variant',
      severity: 'info',
      ...about(ctx, card),
      reportId: r.reportId,
      message: `${ctx.idOf(card)}: ${r.fileName} calls it '${title}', the card in ${card.fileName} '${card.observation.title}'`,
      evidence: { compared: { cover: title, card: card.observation.title }, sources: [{ what: 'cover title', file: r.fileName, ref: describeProv(at) }, sourceOf(card, 'card title', 'heading', card.observation.title)] },
    });
  }
  return out;
};

/** The period an observation's 'previous' figure stands for, as a period key; null when the basis does not say. */
function previousPeriodOf(o: ArchiveObservation): string | null {
  const start = o.fiscalYear ? fiscalStartYear(o.fiscalYear) : null;
  if (start === null || !o.quarter) return null;
  const label = (y: number, q: number) => `${y}/${String((y + 1) % 100).padStart(2, '0')}-${q}`;
  if (o.observation.periodBasis === 'quarter') return o.quarter === 1 ? label(start - 1, 4) : label(start, o.quarter - 1);
  if (o.observation.periodBasis === 'year') return label(start - 1, o.quarter);
  return null;
}

/** A previous-period figure differs from the current figure an earlier report gave for that same period. */
export const previousVsPriorCurrent: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const [key, list] of byKey(ctx)) {
    for (const o of list) {
      const prevPeriod = previousPeriodOf(o);
      const prev = o.observation.previous.value;
      if (!prevPeriod || prev === null) continue;
      const earlier = list.find((e) => periodKey(e) === prevPeriod && e.observation.periodBasis === o.observation.periodBasis && e.observation.current.value !== null);
      if (!earlier || Math.abs(earlier.observation.current.value! - prev) < 1e-9) continue;
      out.push({
        rule: 'previous-vs-prior-current',
        severity: 'warning',
        ...about(ctx, o),
        indicatorKey: key,
        message: `${ctx.idOf(o) ?? key}: ${o.fileName} gives the previous ${o.observation.periodBasis} as ${o.observation.previous.raw}, but ${earlier.fileName} reported ${earlier.observation.current.raw} for ${period(earlier)}`,
        evidence: { compared: { previous: prev, earlierCurrent: earlier.observation.current.value, period: period(earlier) }, sources: [sourceOf(o, 'previous value', 'previous', o.observation.previous.raw), sourceOf(earlier, 'earlier current value', 'current', earlier.observation.current.raw)] },
      });
    }
  }
  return out;
};
