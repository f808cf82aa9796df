import { describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../index';
import { INTERNAL_TABLES, VIEW_DOCS, datasetteMetadata } from './describe';

const fresh = () => openStore(join(mkdtempSync(join(tmpdir(), 'kpi-describe-')), 'k.sqlite'));

describe('the archive described for Datasette', () => {
  test('every column of every public view is described, and nothing that does not exist', () => {
    const store = fresh();
    const views = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").pluck().all() as string[];
    expect(Object.keys(VIEW_DOCS).sort()).toEqual(views);
    for (const view of views) {
      const columns = (store.db.prepare(`PRAGMA table_info(${view})`).all() as { name: string }[]).map((c) => c.name);
      expect({ view, columns: Object.keys(VIEW_DOCS[view].columns) }).toEqual({ view, columns });
      for (const c of columns) expect(VIEW_DOCS[view].columns[c].length).toBeGreaterThan(3);
    }
    store.close();
  });

  test('every table is hidden except the full-text index (whose shadow tables Datasette hides itself)', () => {
    const store = fresh();
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'observations_fts%' ORDER BY name").pluck().all() as string[];
    expect([...INTERNAL_TABLES].sort()).toEqual(tables);
    const meta = datasetteMetadata('kpi') as { databases: { kpi: { tables: Record<string, { hidden?: boolean; fts_table?: string }> } } };
    const t = meta.databases.kpi.tables;
    for (const name of tables) expect(t[name].hidden).toBe(true);
    for (const view of Object.keys(VIEW_DOCS)) expect(t[view].hidden).toBeUndefined();
    expect(t.observations_fts.hidden).toBeUndefined();
    expect(t.v_observations.fts_table).toBe('observations_fts');
    store.close();
  });
});
