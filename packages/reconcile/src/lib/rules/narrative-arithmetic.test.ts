import { describe, expect, test } from '@jest/globals';
import { archive } from '../../test/hand-made';
import { narrativeArithmetic } from './narrative-arithmetic';

const paper = (commentary: string) => archive([{ file: 'paper.pdf', cards: [{ id: 'KPI 1', commentary }] }]);

describe('narrative-arithmetic', () => {
  test('a percentage that does not follow from the parts printed beside it is a warning with the exact figure', () => {
    const found = narrativeArithmetic.check(paper('99 (6.1%) of 1,717 applications were late.').ctx);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].evidence.compared).toEqual({ part: 99, whole: 1717, printedPercent: 6.1, computedPercent: 5.7659, wholeInferred: false, text: '99 (6.1%) of 1,717' });
  });

  test('a percentage rounded or truncated at its printed precision raises nothing', () => {
    expect(narrativeArithmetic.check(paper('99 (5.8%) of 1,717 applications were late.').ctx)).toEqual([]);
    expect(narrativeArithmetic.check(paper('99 (5.76%) of 1,717 applications were late.').ctx)).toEqual([]);
  });
});
