import { describe, expect, test } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '@kpi/store';
import { CORPUS } from '../../../test/expected';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts')];

/** Observations per stored document, by content hash (identical copies under two names are one document). */
function counts(db: string): Map<string, number> {
  const s = openStore(db, { readonly: true });
  try {
    const rows = s.query("SELECT d.sha256, (SELECT count(*) FROM v_observations o JOIN v_reports r USING (report_id) WHERE r.document_id = d.document_id) AS n, (SELECT count(*) FROM v_reports r WHERE r.document_id = d.document_id) AS r FROM v_documents d WHERE d.status = 'ok'").rows as { sha256: string; n: number; r: number }[];
    for (const row of rows) expect({ file: row.sha256, reports: row.r }).toEqual({ file: row.sha256, reports: 1 });
    return new Map(rows.map((r) => [r.sha256, r.n]));
  } finally {
    s.close();
  }
}

/** Whether the file holds an archive; a kill during the first ingest's schema creation leaves none. */
function hasArchive(db: string): boolean {
  try {
    openStore(db, { readonly: true }).close();
    return true;
  } catch (e) {
    expect((e as { code?: string }).code).toBe('no-archive');
    return false;
  }
}

function integrity(db: string): string {
  const s = openStore(db, { readonly: true });
  try {
    return String(s.query('PRAGMA integrity_check').rows[0].integrity_check);
  } finally {
    s.close();
  }
}

describe('crash safety', () => {
  test('SIGKILL at random moments never leaves a half-written document, and a re-run completes the archive', async () => {
    const d = mkdtempSync(join(tmpdir(), 'kpi-crash-'));
    const papers = join(d, 'papers');
    cpSync(CORPUS, papers, { recursive: true });
    const reference = join(d, 'reference.sqlite');
    expect(spawnSync(process.execPath, [...CLI, 'ingest', papers, '--db', reference, '--jobs', '1', '--quiet'], { cwd: ROOT }).status).toBe(0);
    const want = counts(reference);

    const db = join(d, 'k.sqlite');
    // Deterministic 'random' moments spread over start-up, extraction, writing and reconciliation.
    const delays = [300, 900, 1400, 1900, 2500, 3200, 4100, 5200];
    let interrupted = 0;
    for (const ms of delays) {
      const child = spawn(process.execPath, [...CLI, 'ingest', papers, '--db', db, '--jobs', '2', '--quiet', '--force'], { cwd: ROOT, stdio: 'ignore' });
      const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      const code = await exited;
      clearTimeout(timer);
      if (code === null) interrupted++;
      // Killed while the schema was being created: the file holds no archive at all, never half a schema.
      if (!existsSync(db) || !hasArchive(db)) continue;
      expect(integrity(db)).toBe('ok');
      // Whatever is there is complete: each stored document has exactly its observations.
      for (const [file, n] of counts(db)) expect({ file, n }).toEqual({ file, n: want.get(file) });
    }
    expect(interrupted).toBeGreaterThan(3);
    const done = spawnSync(process.execPath, [...CLI, 'ingest', papers, '--db', db, '--jobs', '2', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(done.status).toBe(0);
    expect(counts(db)).toEqual(want);
  }, 180_000);

  test('a reader during an ingest sees only complete documents', async () => {
    const d = mkdtempSync(join(tmpdir(), 'kpi-read-'));
    const papers = join(d, 'papers');
    cpSync(CORPUS, papers, { recursive: true });
    const reference = join(d, 'reference.sqlite');
    spawnSync(process.execPath, [...CLI, 'ingest', papers, '--db', reference, '--jobs', '1', '--quiet'], { cwd: ROOT });
    const want = counts(reference);
    const db = join(d, 'k.sqlite');
    const child = spawn(process.execPath, [...CLI, 'ingest', papers, '--db', db, '--jobs', '1', '--quiet'], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    let done = false;
    void exited.then(() => (done = true));
    let looks = 0;
    while (!done) {
      if (existsSync(db)) {
        try {
          for (const [file, n] of counts(db)) expect({ file, n }).toEqual({ file, n: want.get(file) });
          looks++;
        } catch (e) {
          // The schema may not exist for the first few milliseconds; anything else is a real failure.
          if (!/no such table|no such view|holds no archive yet/.test(String((e as Error).message))) throw e;
        }
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await exited).toBe(0);
    expect(looks).toBeGreaterThan(3);
  }, 120_000);
});
