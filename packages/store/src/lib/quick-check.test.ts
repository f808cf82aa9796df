import { describe, expect, test } from '@jest/globals';
import * as z from 'zod';
import { Provenance, ScorecardRow } from '@kpi/extract/schema';
import { quickCheck } from './quick-check';

const prov = { page: 2, line: null, index: 7, box: { x: 1, y: 2, w: 3, h: 4 }, origin: 'table', cell: { table: 0, row: 1, col: 2 } };

describe('quick check', () => {
  test('provenance as kpi writes it passes, and zod gives back the same JSON text', () => {
    expect(quickCheck(Provenance)(prov)).toBe(true);
    expect(JSON.stringify(Provenance.parse(prov))).toBe(JSON.stringify(prov));
  });

  test('anything zod would reject, or give back changed, is left to zod', () => {
    const check = quickCheck(Provenance);
    expect(check({ ...prov, page: 'two' })).toBe(false);
    expect(check({ ...prov, page: 0 })).toBe(false); // positive
    expect(check({ ...prov, index: 1.5 })).toBe(false); // int
    expect(check({ ...prov, origin: 'margin' })).toBe(false);
    expect(check({ ...prov, extra: 1 })).toBe(false); // zod would strip it
    const { cell: _cell, ...noCell } = prov;
    expect(check(noCell)).toBe(false); // zod would fill the default
    const { page, ...rest } = prov;
    expect(check({ ...rest, page })).toBe(false); // zod would reorder the keys
  });

  test('optional fields may be absent; a partial record takes only its keys', () => {
    const row = { printedId: null, title: 'Visits', target: null, direction: null, current: { raw: '5', prov }, previous: null, change: null, lastUpdated: null, rag: null, prov };
    expect(quickCheck(ScorecardRow)(row)).toBe(true);
    const where = z.partialRecord(z.enum(['current', 'target']), Provenance);
    expect(quickCheck(where)({ current: prov })).toBe(true);
    expect(quickCheck(where)({ elsewhere: prov })).toBe(false);
  });

  test('a schema it does not know is always left to zod', () => {
    expect(quickCheck(z.string().email())('a@b.co')).toBe(false);
    expect(quickCheck(z.string().transform((s) => s.length))('abc')).toBe(false);
  });
});
