import { describe, expect, test } from '@jest/globals';
import { compileVocabulary, parseProfile, withProfile } from './lexicon';
import { linePairs } from './parse/pairs';
import { prov } from './schema';

describe('the field vocabulary and profiles', () => {
  test('labels with period qualifiers name their field', () => {
    const v = compileVocabulary();
    expect(v.fieldOf('Current Quarter')).toBe('current');
    expect(v.fieldOf('Actual this quarter')).toBe('current');
    expect(v.fieldOf('Same period last year')).toBe('previous');
    expect(v.fieldOf('Intervention level')).toBe('floor');
    expect(v.fieldOf('Previous RAG')).toBe('previousRag');
    expect(v.fieldOf('Direction of Travel')).toBe('change');
    expect(v.fieldOf('Direction for Improvement')).toBe('direction');
    expect(v.fieldOf('Number of complaints')).toBeNull();
    // A period printed first ('Q2 outturn'); a current label qualified as an earlier period names the previous value.
    expect(['Q2 outturn', 'Q2 2024/25 actual', '2024/25 Target', 'Performance last quarter', 'Actual (last year)', 'Performance this quarter'].map((l) => v.fieldOf(l))).toEqual(['current', 'current', 'target', 'previous', 'previous', 'current']);
    // Two-threshold papers ('High target | Low target'), and a target of this period.
    expect(['High target', 'Low target', 'Current target'].map((l) => v.fieldOf(l))).toEqual(['target', 'floor', 'target']);
    expect(v.sectionOf('Next steps')).toBe('actions');
  });

  test("a profile teaches a council's own labels and RAG words, for the parse it is given to only", () => {
    const profile = parseProfile(JSON.stringify({ fields: { current: ['Position at quarter end'] }, rag: { 'On course': 'Green' } }));
    const line = 'Position at quarter end: 412  Delivery: On course';
    expect(linePairs(line, prov())).toBeNull();
    const pairs = withProfile({ ...profile, fields: { ...profile.fields, rag: ['Delivery'] } }, () => linePairs(line, prov()));
    expect(pairs?.map((p) => [p.field, p.raw])).toEqual([
      ['current', '412'],
      ['rag', 'On course'],
    ]);
    expect(linePairs(line, prov())).toBeNull();
  });

  test('a bad profile is one line naming the entry', () => {
    expect(() => parseProfile('{"fields": {"actuals": ["Q-end"]}}')).toThrow(/^profile fields: .*actuals/);
    expect(() => parseProfile('{"rag": {"On course": "Purple"}}')).toThrow(/^profile rag\.On course: /);
    expect(() => parseProfile('not json')).toThrow(/^profile is not JSON/);
  });
});
