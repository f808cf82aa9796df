import { describe, expect, test } from '@jest/globals';
import { archive } from '../../test/hand-made';
import { changeVsValues } from './change-vs-values';

const paper = (changeRaw: string, direction?: 'higher' | 'lower') => archive([{ file: 'paper.pdf', cards: [{ id: 'KPI 1', current: '60', previous: '70', direction, changeRaw }] }]);

describe('change-vs-values', () => {
  test('a change label the figures and direction contradict is a warning with both figures', () => {
    const found = changeVsValues.check(paper('Improving', 'higher').ctx);
    expect(found).toHaveLength(1);
    expect(found[0].evidence.compared).toEqual({ printed: 'Improving', expected: 'Declining', current: 60, previous: 70, direction: 'higher' });
  });

  test('without a direction an arrow is read as the movement', () => {
    const found = changeVsValues.check(paper('↑').ctx);
    expect(found.map((f) => f.evidence.compared)).toEqual([{ printed: '↑', expected: '↓', current: 60, previous: 70, direction: null }]);
  });

  test('a label that fits the figures raises nothing', () => {
    expect(changeVsValues.check(paper('Improving', 'lower').ctx)).toEqual([]);
    expect(changeVsValues.check(paper('↓').ctx)).toEqual([]);
  });
});
