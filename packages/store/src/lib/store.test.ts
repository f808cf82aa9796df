import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBlocks, readDocument } from '@kpi/extract';
import { normaliseReport } from '@kpi/normalise';
import { openStore, StoreError, type DocumentInput } from '../index';
import { MIGRATIONS } from './migrations';
import { corpus } from '../../../../test/expected';

const CONTRACT = readFileSync(fileURLToPath(new URL('../../../../docs/contract.md', import.meta.url)), 'utf8');
const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'kpi-store-')), 'k.sqlite');

async function input(name: string): Promise<DocumentInput> {
  const doc = await readDocument(corpus(name));
  return { path: doc.path, fileName: doc.fileName, format: doc.format, sha256: doc.sha256, pages: doc.pages, bytes: 1, report: normaliseReport(parseBlocks(doc.blocks)) };
}

describe('the SQLite archive', () => {
  test('every view and column the contract names exists', () => {
    const store = openStore(tmpDb());
    const views = [...CONTRACT.matchAll(/`(v_\w+)\(([^)]*)\)`/g)].map((m) => ({ view: m[1], columns: m[2].split(',').map((c) => c.trim()) }));
    expect(views.map((v) => v.view)).toEqual(['v_documents', 'v_reports', 'v_observations', 'v_summary_counts', 'v_findings']);
    for (const { view, columns } of views) {
      const have = (store.db.prepare(`PRAGMA table_info(${view})`).all() as { name: string }[]).map((c) => c.name);
      expect({ view, missing: columns.filter((c) => !have.includes(c)) }).toEqual({ view, missing: [] });
      // Contract columns come first, in the contract's order.
      expect(have.slice(0, columns.length)).toEqual(columns);
    }
    store.close();
  });

  test('migrations are recorded and running them again does nothing', () => {
    const path = tmpDb();
    const first = openStore(path);
    expect(first.db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(first.migrate()).toEqual([]);
    first.close();
    const again = openStore(path);
    expect(again.migrate()).toEqual([]);
    expect(again.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.db.pragma('foreign_keys', { simple: true })).toBe(1);
    again.close();
  });

  test('a file whose first ingest never created the schema is read as no archive, not half a one', () => {
    const path = tmpDb();
    writeFileSync(path, '');
    const e = (() => {
      try {
        openStore(path, { readonly: true });
        return null;
      } catch (err) {
        return err as StoreError;
      }
    })();
    expect([e?.code, e?.message]).toEqual(['no-archive', `${path} holds no archive yet (its first ingest did not finish); run 'kpi ingest'`]);
    // The schema is created in one transaction: an archive opened for writing has every version or none.
    const store = openStore(path);
    expect(store.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    store.close();
  });

  test('a document is written whole: a failure part-way leaves nothing behind', async () => {
    const store = openStore(tmpDb());
    const good = await input('cosmic-2024-25-q2-appendix.md');
    const broken = structuredClone(good);
    broken.path = '/elsewhere/broken.md';
    broken.sha256 = 'f'.repeat(64);
    // The CHECK constraint on rag rejects the last observation, after the others were inserted.
    broken.report.observations[broken.report.observations.length - 1].rag = 'Purple';
    expect(() => store.writeDocument(broken)).toThrow();
    expect(store.db.prepare('SELECT count(*) FROM observations').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    store.writeDocument(good);
    expect(store.db.prepare('SELECT count(*) FROM v_observations').pluck().get()).toBe(20);
    expect(store.knownFiles().get(good.path)).toMatchObject({ sha256: good.sha256, status: 'ok' });
    store.close();
  });

  test('values, domains and provenance land in v_observations', async () => {
    const store = openStore(tmpDb());
    store.writeDocument(await input('seeds/000_66bba3b0226437a7.txt'));
    const row = store.query("SELECT * FROM v_observations WHERE printed_id = 'CoSMIC 003'").rows[0];
    expect(row).toMatchObject({ target_raw: '99,468', target_value: 99468, current_value: 102264, previous_value: 97518, unit: 'count', direction: 'higher', period_basis: 'year', change: 'Improving', rag: 'Green', source_page: null, fiscal_year: '2024/25', quarter: 4 });
    expect(String(row.source_ref)).toMatch(/^line \d+$/);
    const pct = store.query("SELECT target_value, unit FROM v_observations WHERE printed_id = 'CoSMIC 006'").rows[0];
    expect(pct).toEqual({ target_value: 70, unit: 'percent' });
    const fts = store.query("SELECT o.printed_id FROM observations_fts f JOIN observations o ON o.observation_id = f.rowid WHERE observations_fts MATCH 'Cherry' ORDER BY 1").rows.map((r) => r.printed_id);
    expect(fts).toEqual(['CoSMIC 003', 'CoSMIC 004']);
    store.close();
  });

  test('query cannot write', () => {
    const store = openStore(tmpDb());
    expect(() => store.query('DELETE FROM documents')).toThrow(StoreError);
    expect(() => store.query("INSERT INTO state VALUES ('a', 'b') RETURNING *")).toThrow(/change the database/);
    store.close();
  });
});

describe('migrating an archive filled by an older version', () => {
  test('version 4 declares the full-text index with content="observations" and keeps what was indexed', async () => {
    const path = tmpDb();
    // An archive written by version 3 (the first three migrations only).
    const later = MIGRATIONS.splice(3);
    try {
      const old = openStore(path);
      old.writeDocument(await input('seeds/000_66bba3b0226437a7.txt'));
      expect(old.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'observations_fts'").pluck().get()).toMatch(/content='observations'/);
      old.close();
    } finally {
      MIGRATIONS.push(...later);
    }
    const store = openStore(path);
    expect(store.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'observations_fts'").pluck().get()).toMatch(/content="observations"/);
    const hits = () => store.query("SELECT o.printed_id FROM observations_fts f JOIN observations o ON o.observation_id = f.rowid WHERE observations_fts MATCH 'Cherry' ORDER BY 1").rows.map((r) => r.printed_id);
    expect(hits()).toEqual(['CoSMIC 003', 'CoSMIC 004']);
    // The triggers still keep the index in step.
    store.db.prepare("UPDATE observations SET commentary = 'no fruit here' WHERE printed_id = 'CoSMIC 004'").run();
    expect(hits()).toEqual(['CoSMIC 003']);
    expect(store.query("PRAGMA integrity_check").rows[0].integrity_check).toBe('ok');
    store.close();
  });
});
