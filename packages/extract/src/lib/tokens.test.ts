import { describe, expect, test } from '@jest/globals';
import { tokenType, valueTokens } from './tokens';

describe('printed values as tokens', () => {
  test('a line of values with arrows in any symbol font', () => {
    expect(valueTokens('90% é 92% 88% ê')?.map((t) => t.type)).toEqual(['number', 'arrow', 'number', 'number', 'arrow']);
    expect(valueTokens('1,204 h 1,180 No change')?.map((t) => t.raw)).toEqual(['1,204', 'h', '1,180', 'No change']);
    expect(valueTokens('4.5 days Higher is better')?.map((t) => t.type)).toEqual(['number', 'dirword']);
    expect(valueTokens('71% 74% Worse')?.map((t) => t.type)).toEqual(['number', 'number', 'change']);
    expect(['+4%', '(5%)', '92 %', '(£1.2m)'].map(tokenType)).toEqual(['number', 'number', 'number', 'number']);
    expect(valueTokens('1,204 🡹 No change')?.map((t) => t.type)).toEqual(['number', 'arrow', 'change']);
    // Figures in words: a share 'per cent', a time in minutes and seconds (before: no value, the card line lost).
    expect(valueTokens('67.3 per cent 70.1 per cent Declining')?.map((t) => t.raw)).toEqual(['67.3 per cent', '70.1 per cent', 'Declining']);
    expect(valueTokens('4 min 12 sec 6 mins 40 secs')?.map((t) => t.raw)).toEqual(['4 min 12 sec', '6 mins 40 secs']);
    expect(tokenType('1 hr 20 mins')).toBe('number');
    // None in words is a figure, zero ('Actual: Nil'; before: the card's current lost).
    expect([tokenType('Nil'), tokenType('zero')]).toEqual(['number', 'number']);
  });

  test('a line with a word that is no value is not a values line', () => {
    expect(valueTokens('92% of calls é')).toBeNull();
    expect(valueTokens('Café 12')).toBeNull();
    // Prose is not a direction ('down' alone is one; 'Good is low' is one).
    expect(tokenType('Performance is down')).toBeNull();
    expect([tokenType('Down'), tokenType('Good is low'), tokenType('Smaller is better')]).toEqual(['dirword', 'dirword', 'dirword']);
  });
});
