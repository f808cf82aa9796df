import { describe, expect, test } from '@jest/globals';
import { assignKeys, type IdentityNode } from './identity';

const node = (id: number, reportId: number, printedId: string, title: string, current: number): IdentityNode => ({
  id, reportId, period: `2024/25-${reportId}`, order: `${reportId}`, committee: null, printedId, reportedId: printedId, title, description: null, unit: 'percent', direction: null, current, previous: null,
});

describe('one identifier, two measures', () => {
  test('titles that share no word are two measures, however alike their letters (two councils both print ENV6)', () => {
    const { keyOf } = assignKeys([node(1, 1, 'ENV6', 'Percentage of total household waste that is recycled', 46.3), node(2, 2, 'ENV6', 'Street cleanliness inspections rated acceptable', 97)]);
    expect(keyOf.get(1)).not.toBe(keyOf.get(2));
  });

  test('titles sharing only how they count (\'Percentage of …\') are two measures', () => {
    const { keyOf } = assignKeys([node(1, 1, 'ENV6', 'Percentage of total household waste that is recycled', 46.3), node(2, 2, 'ENV6', 'Percentage of relevant land with unacceptable litter', 44)]);
    expect(keyOf.get(1)).not.toBe(keyOf.get(2));
  });

  test('a measure renamed keeps a word of its name and stays one measure', () => {
    const { keyOf } = assignKeys([node(1, 1, 'CS 04', 'Library visits', 40), node(2, 2, 'CS 04', 'Number of visitors to libraries', 42)]);
    expect(keyOf.get(1)).toBe(keyOf.get(2));
  });
});
