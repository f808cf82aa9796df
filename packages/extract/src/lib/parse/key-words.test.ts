import { describe, expect, test } from '@jest/globals';
import { taughtRatings } from './key-words';

describe('status words a paper’s own key defines', () => {
  test('a Pentana export’s key line: each word defined by a rating’s words', () => {
    expect(taughtRatings(['Status key: OK = on target; Warning = within tolerance; Alert = outwith tolerance'])).toEqual({ ok: 'Green', warning: 'Amber', alert: 'Red' });
  });

  test('a key table, a row per word, read as one line', () => {
    expect(taughtRatings(['Performing = On target; Monitoring = Slightly off target; Intervening = Off target'])).toEqual({ performing: 'Green', monitoring: 'Amber', intervening: 'Red' });
  });

  test("a grading key of three words, two defined as below target, the stronger the worse ('Inadequate – significantly below target')", () => {
    expect(taughtRatings(['Grading key: Good – meeting or exceeding the target; Requires improvement – below target; Inadequate – significantly below target and deteriorating.'])).toEqual({ good: 'Green', 'requires improvement': 'Amber', inadequate: 'Red' });
  });

  test('words the vocabulary knows, one entry alone, or two words for one rating teach nothing', () => {
    expect(taughtRatings(['Key: Green = on target; Amber = within tolerance; Red = off target'])).toEqual({});
    expect(taughtRatings(['Note: figures are provisional'])).toEqual({});
    expect(taughtRatings(['Good = on target; Fine = on track'])).toEqual({});
    expect(taughtRatings(['Target: 95%; Actual: 93%'])).toEqual({});
  });
});
