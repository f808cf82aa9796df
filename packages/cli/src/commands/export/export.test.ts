import { describe, expect, test, beforeAll } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { corpus } from '../../../../../test/expected';
import { kpi } from '../../test/run-kpi';

describe('kpi export --bom', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'kpi-export-')), 'k.sqlite');
  beforeAll(async () => {
    expect((await kpi('ingest', corpus('cosmic-2024-25-q2-cover.md'), '--db', db, '--jobs', '1', '--quiet')).code).toBe(0);
  }, 60_000);

  test('puts a byte-order mark before the header, and only when asked', async () => {
    const plain = (await kpi('export', '--db', db, '--view', 'v_reports')).out;
    const bom = (await kpi('export', '--db', db, '--view', 'v_reports', '--bom')).out;
    expect(plain.startsWith('report_id,')).toBe(true);
    expect(bom).toBe(`\uFEFF${plain}`);
    // A CSV reader that knows the mark reads the same rows.
    expect(parse(bom, { columns: true, bom: true })).toEqual(parse(plain, { columns: true }));
    expect((await kpi('query', 'SELECT 1 AS n', '--db', db, '--format', 'csv', '--bom')).out).toBe('\uFEFFn\n1\n');
  });

  test('--bom with JSON is bad usage', async () => {
    const r = await kpi('export', '--db', db, '--format', 'json', '--bom');
    expect(r.code).toBe(2);
    expect(r.err).toBe('kpi: --bom is for CSV output (--format csv)\n');
  });
});
