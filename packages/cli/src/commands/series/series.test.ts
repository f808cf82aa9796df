import { describe, expect, test, beforeAll } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from '../../../../../test/expected';
import { kpi } from '../../test/run-kpi';
import { sparkline } from './index';

describe('kpi series', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'kpi-series-')), 'k.sqlite');
  beforeAll(async () => {
    // Q2 2024/25 (as PDF and as markdown), Q4 2024/25 and Q1 2025/26: no paper for Q3.
    const files = ['cosmic-2024-25-q2-appendix.pdf', 'cosmic-2024-25-q2-appendix.md', 'cosmic-2024-25-q4-dashboard.pdf', 'cosmic-2025-26-q1.docx'].map(corpus);
    expect((await kpi('ingest', ...files, '--db', db, '--jobs', '1', '--quiet')).code).toBe(0);
  }, 120_000);

  test('words in one measure\'s title name it; one row per quarter, the missing quarter shown as a gap', async () => {
    const r = await kpi('series', 'active', 'library', 'users', '--db', db);
    expect(r.code).toBe(0);
    const [head, line] = r.out.split('\n');
    expect(head).toBe('cosmic-003: Number of active library users');
    // 100,142 · 102,264 100,196 on a scale from zero: a 2% move is a step of at most one bar, not full height.
    expect(line).toBe('█·██  (scale 0 to 102264; no paper for Q3 2024/25)');
    expect(r.out).toMatch(/\(3 rows\)/);
  });

  test('words several measures share list the candidates instead of picking one', async () => {
    const r = await kpi('series', 'library', '--db', db);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^kpi: 'library' matches \d+ measures; name one by its key or identifier:$/m);
    expect(r.err).toMatch(/^ {2}cosmic-003 {2}.*Number of active library users/m);
    expect(r.err).toMatch(/^ {2}cosmic-004 {2}.*visits made to library sites/m);
    // Either key then works.
    expect((await kpi('series', 'cosmic-004', '--db', db)).out).toMatch(/^cosmic-004: /);
  });

  test('sparkline: from zero, gaps as dots', () => {
    expect(sparkline([94, 96])).toBe('██');
    expect(sparkline([10, null, 40, 80])).toBe('▂·▅█');
    expect(sparkline([-5, 5])).toBe('▁█');
    expect(sparkline([null, null])).toBe('');
  });
});
