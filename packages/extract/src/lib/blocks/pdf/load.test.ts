import { describe, expect, test } from '@jest/globals';
import { cleanGlyphs } from './load';

describe('symbol-font glyphs in a PDF text layer', () => {
  test('Wingdings arrows without a Unicode map read as the letters a text dump shows; bullets stay, other symbols go', () => {
    expect(['\uF0E9', '\uF0EA', '\uF0E8', '\uF068', '\uF069'].map(cleanGlyphs)).toEqual(['é', 'ê', 'è', 'h', 'i']);
    expect(cleanGlyphs('\uF0B7 Item')).toBe('• Item');
    expect(cleanGlyphs('Done \uF0FC')).toBe('Done ');
  });
});
