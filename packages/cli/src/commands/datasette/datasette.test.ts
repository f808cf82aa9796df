import { describe, expect, test, beforeAll } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { EXAMPLE_QUERIES, openStore } from '@kpi/store';
import { corpus } from '../../../../../test/expected';
import { kpi } from '../../test/run-kpi';

const README = readFileSync(fileURLToPath(new URL('../../../../../README.md', import.meta.url)), 'utf8');
const SQLITE_UTILS = ['/usr/bin/sqlite-utils', '/usr/local/bin/sqlite-utils'].find((p) => existsSync(p));
// sqlite-utils is Debian's package; .ci/run installs it. Without it this check says it was skipped.
const withSqliteUtils = SQLITE_UTILS ? test : test.skip;
if (!SQLITE_UTILS) console.warn('sqlite-utils is not installed (apt-get install sqlite-utils): the sqlite-utils search check is skipped');

describe('the archive in the tools analysts already have', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'kpi-ds-')), 'kpi.sqlite');
  beforeAll(async () => {
    expect((await kpi('ingest', corpus('cosmic-2024-25-q4-dashboard.pdf'), corpus('cosmic-2024-25-q4-cover.pdf'), corpus('cosmic-2024-25-q2-appendix.md'), '--db', db, '--jobs', '1', '--quiet')).code).toBe(0);
  }, 120_000);

  withSqliteUtils('sqlite-utils finds the full-text index of observations and searches it', () => {
    const r = spawnSync(SQLITE_UTILS!, ['search', db, 'observations', 'library', '--csv', ...['printed_id', 'title', 'description', 'commentary', 'path_to_green', 'actions'].flatMap((c) => ['-c', c])], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(Object.values(row).join(' ')).toMatch(/\blibrary\b/i);
    expect(rows.map((x) => x.printed_id)).toEqual(expect.arrayContaining(['CoSMIC 003', 'Indicator 36']));
  });

  test('kpi datasette-metadata names the database by its file and describes what Datasette shows', async () => {
    const r = await kpi('datasette-metadata', '--db', db);
    expect(r.code).toBe(0);
    const meta = JSON.parse(r.out);
    const t = meta.databases.kpi.tables;
    expect(t.documents).toEqual({ hidden: true });
    expect(t.v_observations.columns.indicator_key).toMatch(/same for every observation of one measure/);
    expect(t.v_observations).toMatchObject({ fts_table: 'observations_fts', fts_pk: 'observation_id' });
    expect(Object.keys(meta.databases.kpi.queries)).toEqual(Object.keys(EXAMPLE_QUERIES));
  });

  test("the canned queries are the README's and run on a real archive", () => {
    const store = openStore(db, { readonly: true });
    try {
      for (const [name, q] of Object.entries(EXAMPLE_QUERIES)) {
        // The README prints each query with a literal where the canned one takes a parameter.
        const printed = q.sql.replace(':indicator_key', "'cosmic-003'");
        expect({ name, inReadme: README.includes(printed) }).toEqual({ name, inReadme: true });
        const rows = store.query(q.sql, q.sql.includes(':indicator_key') ? [{ indicator_key: 'cosmic-003' }] : []).rows;
            expect({ name, some: rows.length > 0 }).toEqual({ name, some: true });
      }
    } finally {
      store.close();
    }
  });
});
