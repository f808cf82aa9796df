/** `kpi ingest <file-or-dir>... [--db] [--jobs N] [--force]`: store every KPI card of every document. */
import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import cliProgress from 'cli-progress';
import { describeError } from '@kpi/extract';
import { openStore } from '@kpi/store';
import { walk } from '../../lib/walk';
import { loadFile } from '../../lib/load';
import type { Pool } from '../../lib/pool';
import { userDir, userPath } from '../../lib/paths';
import { UsageError } from '../../lib/errors';

export interface IngestOptions {
  db: string;
  jobs?: number;
  force?: boolean;
  quiet?: boolean;
  /** Per-document extraction time limit in seconds (worker mode). */
  timeout?: number;
  out?: (line: string) => void;
}

export interface IngestSummary {
  stored: number;
  unchanged: number;
  failed: number;
  pages: number;
  observations: number;
  findings: number;
  interrupted: boolean;
}

/** Ingest files and directories into the archive; returns counts (exit code 1 when any failed). */
export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  if (!inputs.length) throw new UsageError('ingest needs at least one file or directory');
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs takes a whole number of 1 or more');
  const print = options.out ?? ((l: string) => process.stdout.write(`${l}\n`));
  const show = (p: string) => relative(userDir(), p) || p;
  const found = await walk(inputs.map(userPath));
  const store = openStore(userPath(options.db));
  // One read of what is stored: by path (size, mtime) and by content hash (with the reason it failed, if it did).
  const files = store.knownFiles();
  const known = new Set<string>();
  const failedBefore = new Map<string, string>();
  for (const f of files.values()) {
    if (!f.sha256) continue;
    known.add(f.sha256);
    if (f.status === 'failed' && f.error) failedBefore.set(f.sha256, f.error);
  }
  const batch = new Set<string>();
  // The extractors load only when a document needs them (a no-op re-ingest never does).
  let pool: Pool | null = null;
  let starting: Promise<Pool> | null = null;
  const getPool = async () => (pool ??= await (starting ??= import('../../lib/pool').then((m) => m.Pool.create(jobs, (options.timeout ?? 120) * 1000))));
  const summary: IngestSummary = { stored: 0, unchanged: 0, failed: 0, pages: 0, observations: 0, findings: 0, interrupted: false };
  const tty = process.stderr.isTTY && !options.out;
  const bar = tty ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} documents | {pages} pages | {failed} failed', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(found.length, 0, { pages: 0, failed: 0 });
  // With a progress bar on the terminal, per-document lines would tear it; only failures are printed then.
  const say = (line: string) => {
    if (bar && !line.startsWith('failed')) return;
    if (bar) process.stderr.write('\r\x1b[K');
    print(line);
  };
  const stop = () => {
    summary.interrupted = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const tick = () => bar?.increment(1, { pages: summary.pages, failed: summary.failed });
  const fail = (path: string, error: string, extra: { format?: string | null; sha256?: string | null; bytes?: number | null; mtimeMs?: number | null } = {}) => {
    summary.failed++;
    store.writeFailure({ path, fileName: path.split(/[\\/]/).pop()!, format: (extra.format as never) ?? null, sha256: extra.sha256 ?? null, bytes: extra.bytes ?? null, mtimeMs: extra.mtimeMs ?? null, error });
    say(`failed     ${show(path)}: ${error}`);
  };

  const unchanged = (path: string, error: string | null) => {
    if (error) {
      summary.failed++;
      say(`failed     ${show(path)}: ${error} (unchanged since it failed; --force to retry)`);
    } else {
      summary.unchanged++;
      if (!options.quiet) say(`unchanged  ${show(path)}`);
    }
  };

  let next = 0;
  const inFlight = new Set<Promise<void>>();
  const handle = async (path: string, problem: string | null) => {
    if (problem) return fail(path, `unsupported-format: ${problem}`);
    // Same path, size and modification time as stored: unchanged, without reading it (as git does).
    const seen = files.get(path);
    if (seen && !options.force && seen.sha256 && seen.mtimeMs !== null) {
      const info = await stat(path).catch(() => null);
      if (info && info.size === seen.bytes && info.mtimeMs === seen.mtimeMs) return unchanged(path, seen.status === 'failed' ? seen.error : null);
    }
    let file;
    try {
      file = await loadFile(path);
    } catch (e) {
      return fail(path, describeError(e));
    }
    if (known.has(file.sha256) && !options.force) return unchanged(path, failedBefore.get(file.sha256) ?? null);
    // The same bytes twice in one batch (a copy under another name) are extracted once.
    if (batch.has(file.sha256)) return unchanged(path, null);
    batch.add(file.sha256);
    const meta = { format: file.format, sha256: file.sha256, bytes: file.bytes.length, mtimeMs: file.mtimeMs };
    const result = await (await getPool()).run(file);
    if (summary.interrupted) return;
    if (!result.ok) return fail(path, result.error, meta);
    try {
      store.writeDocument(result.doc);
      known.add(file.sha256);
    } catch (e) {
      return fail(path, `store: ${(e as Error).message.split('\n')[0]}`, meta);
    }
    summary.stored++;
    summary.pages += result.doc.pages ?? 0;
    const r = result.doc.report;
    summary.observations += r.observations.length;
    if (!options.quiet) {
      const period = r.meta.fiscalYear ? `Q${r.meta.quarter} ${r.meta.fiscalYear}` : 'period unknown';
      const empty = !r.observations.length && !r.summary.length && !r.claims.length;
      say(`stored     ${show(path)} (${empty ? 'no KPI content found' : `${r.meta.kind}, ${period}, ${r.observations.length} KPI${r.observations.length === 1 ? '' : 's'}`})`);
    }
  };
  try {
    while (next < found.length && !summary.interrupted) {
      const { path, problem } = found[next++];
      const p: Promise<void> = handle(path, problem).finally(() => {
        inFlight.delete(p);
        tick();
      });
      inFlight.add(p);
      // Keep every worker fed while this thread hashes and writes: a small queue per worker, bounded memory.
      if (inFlight.size >= Math.max(1, jobs * 2)) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (!summary.interrupted && store.needsReconcile()) summary.findings = (await import('../../lib/reconcile')).reconcileStore(store).findings;
    else summary.findings = Number(store.db.prepare('SELECT count(*) FROM findings').pluck().get());
  } finally {
    bar?.stop();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await (pool as Pool | null)?.close();
    store.close();
  }
  const parts = [`${summary.stored} stored`, `${summary.unchanged} unchanged`, `${summary.failed} failed`];
  print(`${summary.interrupted ? 'interrupted: ' : ''}${parts.join(', ')}; ${summary.observations} KPI observations added; ${summary.findings} findings in the archive`);
  if (!summary.stored && !summary.failed && summary.unchanged) print('nothing changed');
  return summary;
}
