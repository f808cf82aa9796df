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
