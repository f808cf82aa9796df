import { describe, expect, test } from '@jest/globals';
import { archive } from '../../test/hand-made';
import { quarterKey, seriesVsCard } from './series-vs-card';

const paper = (...points: [series: string, label: string, raw: string][]) =>
  archive([{ file: 'dashboard.pdf', cards: [{ id: 'KPI 1', current: '82%', previous: '78%' }] }], {
    points: points.map(([series, periodLabel, raw]) => ({ observationId: 1, series, periodLabel, raw, sourceRef: 'p. 1' })),
  });

describe('series-vs-card', () => {
  test("a chart point that differs from the card's figure for that quarter is a warning with both figures", () => {
    const found = seriesVsCard.check(paper(['Actual', 'Q2 2024/25', '75%'], ['Actual', 'Q1 2024/25', '70%']).ctx);
    expect(found.map((f) => f.evidence.compared)).toEqual([
      { chart: 75, card: 82, period: 'Q2 2024/25', field: 'current', series: 'Actual' },
      { chart: 70, card: 78, period: 'Q1 2024/25', field: 'previous', series: 'Actual' },
    ]);
  });

  test("points that match, target lines and labels that are not quarters raise nothing", () => {
    expect(seriesVsCard.check(paper(['Actual', 'Q2 2024/25', '82%'], ['Target', 'Q2 2024/25', '90%'], ['Actual', 'May-25', '10%']).ctx)).toEqual([]);
  });

  test('quarter labels are read as financial quarters', () => {
    expect(quarterKey('Q3 2024/25')).toBe('2024/25-3');
    expect(quarterKey('Q1 2025-2026')).toBe('2025/26-1');
    expect(quarterKey('May-25')).toBeNull();
  });
});
