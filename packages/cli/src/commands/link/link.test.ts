import { describe, expect, test, beforeAll } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from '../../../../../test/expected';
import { kpi } from '../../test/run-kpi';

describe('kpi link, unlink and links', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'kpi-link-')), 'k.sqlite');
  beforeAll(async () => {
    expect((await kpi('ingest', corpus('cosmic-2024-25-q2-appendix.md'), corpus('seeds/000_66bba3b0226437a7.txt'), '--db', db, '--jobs', '1', '--quiet')).code).toBe(0);
  }, 60_000);

  test('a name no card carries is refused and nothing is pinned', async () => {
    const r = await kpi('link', 'Indicator 36', 'CoSMIC 0003', '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^kpi: no KPI card has the identifier or title 'CoSMIC 0003' \(nothing was pinned/);
    expect(JSON.parse((await kpi('links', '--db', db, '--format', 'json')).out)).toEqual([]);
  });

  test('pins are listed with how many cards each side names', async () => {
    expect((await kpi('unlink', 'indicator 36', 'CoSMIC 003', '--db', db)).code).toBe(0);
    expect((await kpi('link', 'Number of active library users', 'Indicator 36', '--db', db)).code).toBe(0);
    const pins = JSON.parse((await kpi('links', '--db', db, '--format', 'json')).out);
    expect(pins.map((p: { kind: string; a: string; b: string; cards_a: number; cards_b: number }) => [p.kind, p.a, p.b, p.cards_a, p.cards_b])).toEqual([
      ['unlink', 'indicator 36', 'CoSMIC 003', 1, 1],
      // The title is printed in both papers (as Indicator 36 and as CoSMIC 003).
      ['link', 'Number of active library users', 'Indicator 36', 2, 1],
    ]);
    const table = (await kpi('links', '--db', db)).out;
    expect(table).toMatch(/^link_id +kind +a +b +cards_a +cards_b +created_at$/m);
    expect(table).toMatch(/\(2 rows\)/);
  });
});
