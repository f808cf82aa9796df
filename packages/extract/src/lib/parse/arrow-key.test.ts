import { describe, expect, test } from '@jest/globals';
import { arrowsShowMovement } from './arrow-key';

describe('what a paper’s key says its arrows show', () => {
  test('the figure’s movement: entries say it went up and went down', () => {
    expect(arrowsShowMovement(['Direction of travel: ▲ figure has gone up since last quarter; ▼ figure has gone down; ◄► no change. Colour shows whether the movement is good.'])).toBe(true);
    // A key table, a row per arrow.
    expect(arrowsShowMovement(['Key', '↑ | Value higher than last period', '↓ | Value lower than last period', '→ | No change'])).toBe(true);
    // In words alone, the colour's meaning in its own clause.
    expect(arrowsShowMovement(['DoT arrows show whether the figure has gone up or down since the previous quarter; the colour shows whether that is good or bad.'])).toBe(true);
  });

  test('performance, the usual reading: entries speak of improving or getting worse', () => {
    expect(arrowsShowMovement(['▲ Performance has improved; ▼ Performance has declined; ► No change'])).toBe(false);
    expect(arrowsShowMovement(['↑ = better than last quarter', '↓ = worse than last quarter'])).toBe(false);
    // An arrow for direction: 'Higher is better'.
    expect(arrowsShowMovement(['↑ Higher is better', '↓ Lower is better'])).toBe(false);
    // Performance that went up or down is performance, not the figure.
    expect(arrowsShowMovement(['Direction of travel: ▲ performance has increased since last quarter; ▼ performance has decreased'])).toBe(false);
    expect(arrowsShowMovement(['The arrows show whether performance has gone up or down since last quarter.'])).toBe(false);
    // A sentence that is no key: prose about arrows without both ways.
    expect(arrowsShowMovement(['Arrows in the table show the direction of travel.'])).toBe(false);
  });

  test('one arrow in a comment is no key; neither is a paper without one', () => {
    expect(arrowsShowMovement(['↑ Demand increased over the winter as expected.'])).toBe(false);
    expect(arrowsShowMovement(['AR 01 | Data breaches | Lower is better | 0 | 2 | 1 | ▼'])).toBe(false);
    expect(arrowsShowMovement([])).toBe(false);
  });
});
