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

describe('a measure reworded and renumbered', () => {
  const at = (id: number, quarter: number, printedId: string, title: string, current: number, previous: number | null) => ({ ...node(id, quarter, printedId, title, current), period: `2024/25-${quarter}`, previous });

  test("is one measure where the next quarter prints its figure as the previous ('47.9%' in Q1, then beside Q2's 48.6%)", () => {
    const q1 = at(1, 1, 'ENV01', 'Percentage of household waste sent for reuse, recycling and composting', 47.9, 46.1);
    const q2 = at(2, 2, 'E1', '% of household waste reused, recycled or composted', 48.6, 47.9);
    expect(assignKeys([q1, q2]).keyOf.get(1)).toBe(assignKeys([q1, q2]).keyOf.get(2));
    // The same two titles, the figure not carried on (or carried on a year later): two measures, as before.
    expect(new Set(assignKeys([q1, { ...q2, previous: 45 }]).keyOf.values()).size).toBe(2);
    expect(new Set(assignKeys([q1, { ...q2, period: '2025/26-2' }]).keyOf.values()).size).toBe(2);
  });

  test('a figure that happens to be carried on does not join measures counting different things', () => {
    const q1 = at(1, 1, 'CS1', 'Percentage of calls answered within 60 seconds', 80, 78);
    const q2 = at(2, 2, 'CS2', 'Percentage of complaints answered on time', 85, 80);
    expect(new Set(assignKeys([q1, q2]).keyOf.values()).size).toBe(2);
  });
});
