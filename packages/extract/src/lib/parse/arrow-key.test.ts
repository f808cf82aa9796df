import { describe, expect, test } from '@jest/globals';
import { arrowKey } from './arrow-key';

describe('what a paper’s key says its arrows show', () => {
  test('the figure’s movement: entries say it went up and went down', () => {
    expect(arrowKey(['Direction of travel: ▲ figure has gone up since last quarter; ▼ figure has gone down; ◄► no change. Colour shows whether the movement is good.'])).toBe('movement');
    // A key table, a row per arrow.
    expect(arrowKey(['Key', '↑ | Value higher than last period', '↓ | Value lower than last period', '→ | No change'])).toBe('movement');
    // In words alone, the colour's meaning in its own clause.
    expect(arrowKey(['DoT arrows show whether the figure has gone up or down since the previous quarter; the colour shows whether that is good or bad.'])).toBe('movement');
  });

  test('performance, the usual reading: entries speak of improving or getting worse', () => {
    expect(arrowKey(['▲ Performance has improved; ▼ Performance has declined; ► No change'])).toBe('performance');
    expect(arrowKey(['↑ = better than last quarter', '↓ = worse than last quarter'])).toBe('performance');
    // An arrow for direction ('Higher is better'): a polarity's legend, no key of change.
    expect(arrowKey(['↑ Higher is better', '↓ Lower is better'])).toBe(null);
    // Performance that went up or down is performance, not the figure.
    expect(arrowKey(['Direction of travel: ▲ performance has increased since last quarter; ▼ performance has decreased'])).toBe('performance');
    expect(arrowKey(['The arrows show whether performance has gone up or down since last quarter.'])).toBe('performance');
    // A sentence that is no key: prose about arrows without both ways.
    expect(arrowKey(['Arrows in the table show the direction of travel.'])).toBe(null);
    // Entries in one sentence, parted by commas.
    expect(arrowKey(['Direction of travel compares with the previous quarter: ↑ improved, ↓ worsened, → no change.'])).toBe('performance');
  });

  test('one arrow in a comment is no key; neither is a paper without one', () => {
    expect(arrowKey(['↑ Demand increased over the winter as expected.'])).toBe(null);
    expect(arrowKey(['AR 01 | Data breaches | Lower is better | 0 | 2 | 1 | ▼'])).toBe(null);
    // A card's figures with an arrow and the change in words: no key either.
    expect(arrowKey(['92% | ↑ | 94% | 93% | Improving'])).toBe(null);
    expect(arrowKey(['▲ performance improved since Quarter 1; ▼ performance worsened since Quarter 1'])).toBe('performance');
    expect(arrowKey([])).toBe(null);
  });
});
