import { describe, expect, test } from '@jest/globals';
import { archive } from '../../test/hand-made';
import { titleVariant } from './title-variant';

const quarters = (later: string) =>
  archive([
    { file: 'q1.pdf', quarter: 1, cards: [{ id: 'KPI 1', title: 'Number of homes built' }] },
    { file: 'q2.pdf', quarter: 2, cards: [{ id: 'KPI 1', title: later }] },
  ]);

describe('title-variant', () => {
  test('one measure titled differently in a later report is noted with both titles', () => {
    const found = titleVariant.check(quarters('Net additional homes delivered').ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', reportId: 2, indicatorKey: 'kpi-1' });
    expect(found[0].evidence.compared).toEqual({ title: 'Net additional homes delivered', earlier: 'Number of homes built' });
  });

  test('the same title in other case and punctuation raises nothing', () => {
    expect(titleVariant.check(quarters('Number of Homes Built.').ctx)).toEqual([]);
  });
});
