import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@kpi/store';
import { makeLongPaper, makePdf } from '@kpi/extract/testing';
import { run } from '../main';
import { loadFile } from './load';
import { Pool, pageRanges, SPLIT_MIN_PAGES } from './pool';
import { processLoaded } from './process';

const dir = () => mkdtempSync(join(tmpdir(), 'kpi-pool-'));

/** Every row of every contract view, in a stable order; the ingest time is the only column allowed to differ. */
function rowsOf(db: string): Record<string, unknown[]> {
  const store = openStore(db, { readonly: true });
  try {
    const views = store.query("SELECT name FROM sqlite_master WHERE type = 'view' AND name LIKE 'v\\_%' ESCAPE '\\' ORDER BY name").rows.map((r) => String(r.name));
    return Object.fromEntries(views.map((v) => [v, store.query(`SELECT * FROM ${v} ORDER BY 1, 2, 3`).rows.map(({ ingested_at: _, ...rest }) => rest)]));
  } finally {
    store.close();
  }
}

describe('a long PDF split across workers', () => {
  test('page ranges cover every page once, in order, near-equal', () => {
    expect(pageRanges(100, 2)).toEqual([{ firstPage: 1, lastPage: 50 }, { firstPage: 51, lastPage: 100 }]);
    expect(pageRanges(7, 3)).toEqual([{ firstPage: 1, lastPage: 2 }, { firstPage: 3, lastPage: 4 }, { firstPage: 5, lastPage: 7 }]);
    expect(pageRanges(1, 4)).toEqual([{ firstPage: 1, lastPage: 1 }]);
  });

  test('the pool reads page ranges in two workers and gives the document one reader gives', async () => {
    const d = dir();
    const path = join(d, 'paper.pdf');
    writeFileSync(path, makeLongPaper({ cards: SPLIT_MIN_PAGES + 4, seed: 2 }));
    const alone = await processLoaded(await loadFile(path));
    // Two workers asked to split (the default splits from three), so the split itself is what is tested.
    const pool = await Pool.create(2, 60_000, null, 2);
    try {
      const split = await pool.run(await loadFile(path));
      expect(pool.stats).toEqual({ splitDocuments: 1, ranges: 2 });
      expect(split).toEqual({ ok: true, doc: alone });
      expect(alone.report.observations).toHaveLength(SPLIT_MIN_PAGES + 4);
    } finally {
      await pool.close();
    }
  });

  test('a table whose headings end one range and whose row starts the next is read as one reader reads it', async () => {
    // 16 pages, split 1-8 and 9-16: the headings at the foot of page 8, their row at the top of page 9.
    const header = ['Target', 'Q3 2025/26', 'Q2 2025/26', 'Direction of Travel', 'RAG status'];
    const xs = [50, 124, 217, 310, 449];
    const filler = (n: number) => [{ x: 50, top: 100, text: `Page ${n} of the quarterly report on services.`, size: 10 }];
    const pages = Array.from({ length: 16 }, (_, i) => ({ width: 595, height: 842, texts: filler(i + 1) }));
    pages[7].texts.push({ x: 50, top: 760, text: 'Indicator 34: Missed bin collections', size: 12, bold: true } as never, ...header.map((text, i) => ({ x: xs[i], top: 782, text, size: 9, bold: true }) as never));
    pages[8].texts.unshift(...['37.0', '44.6', '46.0', 'Improving', 'RED'].map((text, i) => ({ x: xs[i], top: 50, text, size: 9 })));
    const path = join(dir(), 'overleaf.pdf');
    writeFileSync(path, makePdf(pages));
    const alone = await processLoaded(await loadFile(path));
    const pool = await Pool.create(2, 60_000, null, 2);
    try {
      expect(await pool.run(await loadFile(path))).toEqual({ ok: true, doc: alone });
      expect(pool.stats).toEqual({ splitDocuments: 1, ranges: 2 });
    } finally {
      await pool.close();
    }
    expect(alone.report.observations.map((o) => [o.title, o.current.raw, o.rag])).toEqual([['Missed bin collections', '44.6', 'Red']]);
  });

  test('kpi ingest of a 100-page PDF stores the same rows with --jobs 1 and --jobs 2', async () => {
    const d = dir();
    mkdirSync(join(d, 'papers'));
    writeFileSync(join(d, 'papers', 'asc-2024-25-q2.pdf'), makeLongPaper({ cards: 96, seed: 7 }));
    const quiet = { write: process.stdout.write };
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      expect(await run(['ingest', join(d, 'papers'), '--db', join(d, 'one.sqlite'), '--jobs', '1', '--quiet'])).toBe(0);
      expect(await run(['ingest', join(d, 'papers'), '--db', join(d, 'two.sqlite'), '--jobs', '2', '--quiet'])).toBe(0);
    } finally {
      process.stdout.write = quiet.write;
    }
    const one = rowsOf(join(d, 'one.sqlite'));
    expect(one.v_documents).toEqual([expect.objectContaining({ file_name: 'asc-2024-25-q2.pdf', pages: 100, status: 'ok' })]);
    expect(one.v_observations).toHaveLength(96);
    expect(one.v_chart_points.length).toBeGreaterThanOrEqual(96 * 4);
    expect(rowsOf(join(d, 'two.sqlite'))).toEqual(one);
  });
});
