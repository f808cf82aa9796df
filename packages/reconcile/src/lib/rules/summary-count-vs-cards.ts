import { RAGS } from '@kpi/extract';
import { periodKey, periodName, type ArchiveObservation } from '../archive';
import { aboutReport, defineRule, sourceOf, type Draft } from './finding';
import { cardsOfPeriod } from './cards-of-period';

/** A cover's RAG counts (and percentages) against the statuses on the same committee's cards for that quarter. */
export const summaryCountVsCards = defineRule('summary-count-vs-cards', (ctx) => {
  const out: Draft[] = [];
  for (const r of ctx.reports) {
    if (!r.summary.length || !periodKey(r)) continue;
    const cards = cardsOfPeriod(ctx, r.reportId, periodKey(r));
    if (!cards.length) continue;
    const counted = new Map<string, ArchiveObservation[]>();
    for (const o of cards) if (o.observation.rag) counted.set(o.observation.rag, [...(counted.get(o.observation.rag) ?? []), o]);
    const statuses = RAGS.filter((s) => r.summary.some((x) => x.status === s) || counted.has(s));
    const total = r.summary.reduce((s, x) => s + (x.count ?? 0), 0);
    const unrated = cards.filter((o) => !o.observation.rag).length;
    for (const status of statuses) {
      const row = r.summary.find((x) => x.status === status);
      const printed = row?.count ?? 0;
      const onCards = counted.get(status) ?? [];
      if (printed === onCards.length) continue;
      out.push({
        severity: 'error',
        ...aboutReport(r),
        message: `${r.fileName} counts ${printed} ${status} KPI${printed === 1 ? '' : 's'} for ${periodName(r)}, but the cards show ${onCards.length}${onCards.length ? ` (${onCards.map((o) => ctx.idOf(o) ?? o.observation.title ?? 'unnamed').join(', ')})` : ''}${unrated ? `; ${unrated} card${unrated === 1 ? ' has' : 's have'} no RAG rating` : ''}`,
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
        severity: 'warning',
        ...aboutReport(r),
        message: `${r.fileName} prints ${row.percentage}% ${row.status}, but ${row.count} of ${total} is ${expected.toFixed(1)}%`,
        evidence: { compared: { status: row.status, count: row.count, total, percentage: row.percentage, expected: Number(expected.toFixed(2)) }, sources: [{ what: 'summary table', file: r.fileName, ref: row.sourceRef ?? '' }] },
      });
    }
  }
  return out;
});
