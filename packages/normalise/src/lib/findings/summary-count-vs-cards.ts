import { periodKey, type ArchiveObservation } from '../reconcile';
import { period, sourceOf, type Finding, type Rule } from './types';

const STATUSES = ['Red', 'Amber', 'Green', 'Blue', 'Contextual', 'Baseline', 'In Development'];

/** A cover's RAG counts (and percentages) against the statuses on the same committee's cards for that quarter. */
export const summaryCountVsCards: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const r of ctx.reports) {
    if (!r.summary.length || !periodKey(r)) continue;
    const cards = cardsOfPeriod(ctx, r.reportId, periodKey(r));
    if (!cards.length) continue;
    const counted = new Map<string, ArchiveObservation[]>();
    for (const o of cards) if (o.observation.rag) counted.set(o.observation.rag, [...(counted.get(o.observation.rag) ?? []), o]);
    const statuses = STATUSES.filter((s) => r.summary.some((x) => x.status === s) || counted.has(s));
    const total = r.summary.reduce((s, x) => s + (x.count ?? 0), 0);
    const unrated = cards.filter((o) => !o.observation.rag).length;
    for (const status of statuses) {
      const row = r.summary.find((x) => x.status === status);
      const printed = row?.count ?? 0;
      const onCards = counted.get(status) ?? [];
      if (printed === onCards.length) continue;
      out.push({
        rule: 'summary-count-vs-cards',
        severity: 'error',
        reportId: r.reportId,
        observationId: null,
        indicatorKey: null,
        reportedId: null,
        message: `${r.fileName} counts ${printed} ${status} KPI${printed === 1 ? '' : 's'} for ${period(r)}, but the cards show ${onCards.length}${onCards.length ? ` (${onCards.map((o) => ctx.idOf(o) ?? o.observation.title ?? 'unnamed').join(', ')})` : ''}${unrated ? `; ${unrated} card${unrated === 1 ? ' has' : 's have'} no RAG rating` : ''}`,
        evidence: {
          compared: { status, summaryCount: printed, cardCount: onCards.length, unratedCards: cards.filter((o) => !o.observation.rag).length },
          sources: [
            { what: 'summary table', file: r.fileName, ref: row?.sourceRef ?? 'summary table', value: printed },
            ...onCards.map((o) => sourceOf(o, `${ctx.idOf(o) ?? 'card'} RAG`, 'rag', o.observation.rag)),
          ],
        },
      });
    }
    // Percentages must follow from the counts the same table prints.
    for (const row of r.summary) {
      if (row.count === null || row.percentage === null || !total) continue;
      const expected = (row.count / total) * 100;
      if (Math.abs(expected - row.percentage) <= 1) continue;
      out.push({
        rule: 'summary-count-vs-cards',
        severity: 'warning',
        reportId: r.reportId,
        observationId: null,
        indicatorKey: null,
        reportedId: null,
        message: `${r.fileName} prints ${row.percentage}% ${row.status}, but ${row.count} of ${total} is ${expected.toFixed(1)}%`,
        evidence: { compared: { status: row.status, count: row.count, total, percentage: row.percentage, expected: Number(expected.toFixed(2)) }, sources: [{ what: 'summary table', file: r.fileName, ref: row.sourceRef ?? '' }] },
      });
    }
  }
  return out;
};

/** The cards of a committee's quarter: from the fullest card report of that period (not the cover itself). */
export function cardsOfPeriod(ctx: Parameters<Rule>[0], coverId: number, key: string): ArchiveObservation[] {
  const committee = ctx.committeeOf(coverId);
  const byReport = new Map<number, ArchiveObservation[]>();
  for (const o of ctx.observations) {
    if (o.reportId === coverId || periodKey(o) !== key || o.observation.origin !== 'card') continue;
    if (committee && ctx.committeeOf(o.reportId) && ctx.committeeOf(o.reportId) !== committee) continue;
    byReport.set(o.reportId, [...(byReport.get(o.reportId) ?? []), o]);
  }
  const best = [...byReport.values()].sort((a, b) => b.length - a.length || meanConfidence(b) - meanConfidence(a) || a[0].documentSha.localeCompare(b[0].documentSha))[0];
  return best ?? [];
}

const meanConfidence = (obs: ArchiveObservation[]) => obs.reduce((s, o) => s + o.observation.confidence, 0) / obs.length;
