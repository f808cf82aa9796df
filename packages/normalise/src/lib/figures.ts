/** The numbers a report prints outside its cards: RAG summary counts and chart data labels. */
import type { ChartBlockRef, SummaryCount } from '@kpi/extract';
import type { Chart, SummaryRow } from './model';
import { parseCount, parsePercentage, parseValue } from './value';

/** Summary rows with count and percentage parsed ('1,204' → 1204, '33.3%' → 33.3, '-' → 0); the raw text kept as printed. */
export function summaryRows(summary: SummaryCount[]): SummaryRow[] {
  return summary.map((s) => ({
    status: s.status,
    count: { raw: s.count?.raw ?? null, value: parseCount(s.count?.raw), unit: 'count' },
    percentage: { raw: s.percentage?.raw ?? null, value: parsePercentage(s.percentage?.raw), unit: 'percent' },
    prov: s.prov,
  }));
}

/** Charts with each point's number parsed ('82%' → 82, 'n/a' → null). */
export function chartValues(charts: ChartBlockRef[]): Chart[] {
  return charts.map((c) => ({
    title: c.title,
    prov: c.prov,
    card: c.card,
    series: c.series.map((s) => ({ name: s.name, points: s.points.map((p) => ({ label: p.label, raw: p.raw, value: parseValue(p.raw).value })) })),
  }));
}
