import { describe, expect, test } from '@jest/globals';
import { cosine, terms } from '@kpi/normalise';
import { termVector, vectorCosine } from './term-vectors';

const titles = ['Percentage of total household waste that is recycled', 'Percentage of household waste recycled', 'Library visits', 'Number of visitors to libraries', 'Library visits per 1,000 population', ''];

describe('term vectors', () => {
  test("give the very number normalise's cosine gives, for every pair", () => {
    for (const a of titles) for (const b of titles) expect(vectorCosine(termVector(terms(a)), termVector(terms(b)))).toBe(cosine(terms(a), terms(b)));
  });

  test('weigh repeated terms and have no similarity without shared terms', () => {
    expect(termVector(['visit', 'visit', 'librari']).weights.get('visit')).toBe(2);
    expect(vectorCosine(termVector(['librari']), termVector(['wast']))).toBe(0);
    expect(vectorCosine(termVector([]), termVector(['wast']))).toBe(0);
  });
});
