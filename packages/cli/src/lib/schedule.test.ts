import { describe, expect, test } from '@jest/globals';
import { largestFirst } from './schedule';

describe('largest first', () => {
  test('orders by size, largest first, and keeps the walk order of equal sizes', () => {
    const found = [
      { path: 'a.txt', bytes: 10, problem: null },
      { path: 'b.pdf', bytes: 500, problem: null },
      { path: 'c.txt', bytes: 10, problem: null },
      { path: 'd.xls', bytes: 0, problem: 'unsupported file type' },
      { path: 'e.docx', bytes: 40, problem: null },
    ];
    expect(largestFirst(found).map((f) => f.path)).toEqual(['b.pdf', 'e.docx', 'a.txt', 'c.txt', 'd.xls']);
  });
});
