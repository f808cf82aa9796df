import { describe, expect, test } from '@jest/globals';
import { archive } from '../../test/hand-made';
import { identifierRenumbered } from './identifier-renumbered';

const quarters = (before: string, after: string) =>
  archive(
    [
      { file: 'q1.pdf', quarter: 1, cards: [{ id: before, title: 'Visits to libraries' }] },
      { file: 'q2.pdf', quarter: 2, cards: [{ id: after, title: 'Visits to libraries' }] },
    ],
    { keys: { [before]: 'libraries', [after]: 'libraries' } },
  );

describe('identifier-renumbered', () => {
  test('a measure reported under a new identifier is noted with both identifiers', () => {
    const found = identifierRenumbered.check(quarters('Indicator 37', 'CoSMIC 004').ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', reportId: 2, indicatorKey: 'libraries', message: 'Indicator 37 (Q1 2024/25) is reported as CoSMIC 004 in Q2 2024/25' });
    expect(found[0].evidence.compared).toEqual({ before: 'Indicator 37', after: 'CoSMIC 004' });
  });

  test('the same identifier written with other spacing or leading zeros raises nothing', () => {
    expect(identifierRenumbered.check(quarters('CoSMIC 004', 'cosmic  4').ctx)).toEqual([]);
  });
});
