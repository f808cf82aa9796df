import { describe, expect, test } from '@jest/globals';
import { archive } from '../../test/hand-made';
import { previousVsPriorCurrent } from './previous-vs-prior-current';

const quarters = (previous: string, periodBasis: 'quarter' | 'month' = 'quarter') =>
  archive([
    { file: 'q1.pdf', quarter: 1, cards: [{ id: 'KPI 1', current: '70%', periodBasis }] },
    { file: 'q2.pdf', quarter: 2, cards: [{ id: 'KPI 1', current: '75%', previous, periodBasis }] },
  ]);

describe('previous-vs-prior-current', () => {
  test("a previous figure that is not what the earlier report gave for that quarter is a warning", () => {
    const found = previousVsPriorCurrent.check(quarters('72%').ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', reportId: 2, indicatorKey: 'kpi-1' });
    expect(found[0].evidence.compared).toEqual({ previous: 72, earlierCurrent: 70, period: 'Q1 2024/25' });
  });

  test('the same figure, or a basis that does not name the period (months), raises nothing', () => {
    expect(previousVsPriorCurrent.check(quarters('70%').ctx)).toEqual([]);
    expect(previousVsPriorCurrent.check(quarters('72%', 'month').ctx)).toEqual([]);
  });
});
