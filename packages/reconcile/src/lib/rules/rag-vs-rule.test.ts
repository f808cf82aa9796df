import { describe, expect, test } from '@jest/globals';
import { archive } from '../../test/hand-made';
import { ragVsRule } from './rag-vs-rule';

const ragKey = [
  { status: 'Red', definition: 'Off target by more than 10%', sourceRef: 'p. 1' },
  { status: 'Amber', definition: 'Off target by 10% or less', sourceRef: 'p. 1' },
  { status: 'Green', definition: 'On target or better', sourceRef: 'p. 1' },
];
const paper = (rag: string) => archive([{ file: 'paper.pdf', ragKey, cards: [{ id: 'KPI 1', target: '80%', current: '60%', direction: 'higher', rag }] }]);

describe('rag-vs-rule', () => {
  test("a rating the report's own key does not give to the figures is a warning with the gap and the key's words", () => {
    const found = ragVsRule.check(paper('Green').ctx);
    expect(found).toHaveLength(1);
    expect(found[0].evidence.compared).toMatchObject({ rag: 'Green', expected: ['Red'], target: 80, current: 60, direction: 'higher', gapPercent: -25 });
    expect(found[0].evidence.compared.definitions).toEqual(['Red – Off target by more than 10%', 'Green – On target or better']);
  });

  test('the rating the key gives raises nothing', () => {
    expect(ragVsRule.check(paper('Red').ctx)).toEqual([]);
  });
});

describe("rag-vs-rule with the paper's second threshold", () => {
  // A county key: Green on target, Amber between the floor and the target, Red below the floor.
  const floorKey = [
    { status: 'Green', definition: 'Target achieved', sourceRef: 'p. 2' },
    { status: 'Amber', definition: 'Floor achieved but target not met', sourceRef: 'p. 2' },
    { status: 'Red', definition: 'Performance below the floor', sourceRef: 'p. 2' },
  ];
  const card = (rag: string, current: string) =>
    archive([{ file: 'county.pdf', ragKey: floorKey, cards: [{ id: 'CP 4', target: '90%', floor: ['Floor', '85%'], current, direction: 'higher', rag }] }]);

  test('between floor and target is Amber by the key: a card rated Red there is a warning naming the floor', () => {
    const found = ragVsRule.check(card('Red', '87%').ctx);
    expect(found).toHaveLength(1);
    expect(found[0].evidence.compared).toMatchObject({ rag: 'Red', expected: ['Amber'], target: 90, floor: 85, current: 87 });
    expect(found[0].evidence.sources.map((s: { what: string; value?: unknown }) => [s.what, s.value])).toContainEqual(['Floor', '85%']);
  });

  test('below the floor is Red, at or over the target Green: those ratings raise nothing', () => {
    expect(ragVsRule.check(card('Red', '80%').ctx)).toEqual([]);
    expect(ragVsRule.check(card('Green', '91%').ctx)).toEqual([]);
    expect(ragVsRule.check(card('Amber', '86%').ctx)).toEqual([]);
  });

  test('a card below its floor rated Amber is flagged: Red is what the key gives', () => {
    const found = ragVsRule.check(card('Amber', '80%').ctx);
    expect(found.map((f) => f.evidence.compared.expected)).toEqual([['Red']]);
  });
});


describe('rag-vs-rule with a tolerance printed as a margin round the target', () => {
  const toleranceKey = [
    { status: 'Green', definition: 'On or better than target', sourceRef: 'p. 2' },
    { status: 'Amber', definition: 'Off target but within tolerance', sourceRef: 'p. 2' },
    { status: 'Red', definition: 'Outside tolerance', sourceRef: 'p. 2' },
  ];
  // 'Tolerance 5 days' on a target of 28 days, lower is better: the threshold is 33 days.
  const card = (rag: string, current: string) =>
    archive([{ file: 'housing.pdf', ragKey: toleranceKey, cards: [{ id: 'HM02', target: '28 days', floor: ['Tolerance', '5 days'], current, direction: 'lower', rag, notes: ['floor:margin'] }] }]);

  test('31 days is within 5 days of 28: Amber by the key, so Red is a warning (before: 5 days read as the threshold itself)', () => {
    expect(ragVsRule.check(card('Red', '31 days').ctx).map((f) => f.evidence.compared.expected)).toEqual([['Amber']]);
    expect(ragVsRule.check(card('Amber', '31 days').ctx)).toEqual([]);
    expect(ragVsRule.check(card('Red', '36 days').ctx)).toEqual([]);
  });
});
