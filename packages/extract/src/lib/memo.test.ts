import { describe, expect, test } from '@jest/globals';
import { parseProfile, withProfile } from './lexicon';
import { headerRoles, ragWord } from './vocabulary';

describe('remembered text tests', () => {
  test('an answer remembered under one vocabulary is not given under another', () => {
    const profile = parseProfile(JSON.stringify({ fields: { current: ['Measured value'] }, rag: { 'On course': 'Green' } }));
    expect(headerRoles('Measured value')).toBeNull();
    expect(ragWord('On course')).toBeNull();
    withProfile(profile, () => {
      expect(headerRoles('Measured value')).toEqual([{ role: 'current', label: 'Measured value' }]);
      expect(ragWord('On course')).toBe('Green');
    });
    expect(headerRoles('Measured value')).toBeNull();
    expect(ragWord('On course')).toBeNull();
  });

  test('remembered answers are shared, so they are frozen', () => {
    const roles = headerRoles('Target Current Previous')!;
    expect(roles.map((r) => r.role)).toEqual(['target', 'current', 'previous']);
    expect(headerRoles('Target Current Previous')).toBe(roles);
    expect(() => roles.push({ role: 'rag', label: 'RAG' })).toThrow(TypeError);
    expect(Object.isFrozen(roles[0])).toBe(true);
  });

  test('letters are RAG ratings only when asked for, answered apart', () => {
    expect(ragWord('G')).toBeNull();
    expect(ragWord('G', true)).toBe('Green');
    expect(ragWord('G')).toBeNull();
  });
});
