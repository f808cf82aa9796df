import { describe, expect, test } from '@jest/globals';
import { prov } from '@kpi/extract';
import { chartValues, summaryRows } from './figures';

describe('numbers outside the cards', () => {
  test('summary counts and percentages are parsed, the printed text kept', () => {
    const rows = summaryRows([
      { status: 'Green', count: { raw: '1,204', prov: prov() }, percentage: { raw: '33.3 %', prov: prov() }, prov: prov({ page: 2 }) },
      { status: 'Blue', count: null, percentage: { raw: '-', prov: prov() }, prov: prov({ page: 2 }) },
      { status: 'Amber', count: { raw: '–', prov: prov() }, percentage: null, prov: prov({ page: 2 }) },
    ]);
    // A dash printed for a count or a percentage is none: 0, the dash kept as printed.
    expect(rows.map((r) => [r.status, r.count.raw, r.count.value, r.percentage.raw, r.percentage.value])).toEqual([
      ['Green', '1,204', 1204, '33.3 %', 33.3],
      ['Blue', null, null, '-', 0],
      ['Amber', '–', 0, null, null],
    ]);
  });

  test("chart data labels get the number they print", () => {
    const [chart] = chartValues([{ title: 'Visits', card: 0, prov: prov({ page: 3 }), series: [{ name: 'Actual', points: [{ label: 'Q1 2024/25', raw: '82%' }, { label: 'Q2 2024/25', raw: '1,020' }, { label: 'Q3 2024/25', raw: 'n/a' }] }] }]);
    expect(chart.series[0].points.map((p) => p.value)).toEqual([82, 1020, null]);
    expect(chart.card).toBe(0);
  });
});
