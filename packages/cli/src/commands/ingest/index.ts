/** `kpi ingest <file-or-dir>... [--db] [--jobs N] [--force] [--format text|json]`: store every KPI card of every document. */
import { availableParallelism } from 'node:os';
import { lstat, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { describeError } from '@kpi/extract/files';
import { openStore } from '@kpi/store';
import { walk } from '../../lib/walk';
import { largestFirst } from '../../lib/schedule';
import { loadFile } from '../../lib/load';
import type { Pool } from '../../lib/pool';
import { userDir, userPath } from '../../lib/paths';
import { UsageError } from '../../lib/errors';
import { toJson } from '../../lib/format';
import { ingestLines } from './lines';
import { quarterName } from '@kpi/normalise/quarter-name';

export interface IngestOptions {
  db: string;
  jobs?: number;
  force?: boolean;
  quiet?: boolean;
  /** Per-document extraction time limit in seconds (worker mode). */
  timeout?: number;
  /** `json`: print one machine-readable summary (with every path's outcome) instead of lines. */
  format?: string;
  /** A JSON profile file: extra field labels, section labels and RAG words for every paper of this ingest. */
  profile?: string;
}

/** What happened to one path. `duplicateOf` names the path whose identical bytes are stored. */
export interface PathOutcome {
  path: string;
  status: 'stored' | 'unchanged' | 'duplicate' | 'failed';
  error?: string;
  duplicateOf?: string;
  observations?: number;
}

export interface IngestSummary {
  stored: number;
  unchanged: number;
  failed: number;
  /** Paths whose bytes were already stored under another path (counted in `unchanged` too). */
  duplicates: number;
  pages: number;
  observations: number;
  findings: number;
  interrupted: boolean;
  paths: PathOutcome[];
}

/** Every path the user typed must exist: a typo is bad usage (exit 2), and nothing is stored for it. */
async function checkInputs(inputs: string[]): Promise<void> {
  const missing: string[] = [];
  for (const input of inputs) if (!(await lstat(userPath(input)).catch(() => null))) missing.push(input);
  if (missing.length) throw new UsageError(`no such file or directory: ${missing.join(', ')} (nothing was ingested)`);
}

/** Ingest files and directories into the archive; returns counts (exit code 1 when any failed). */
export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  if (!inputs.length) throw new UsageError('ingest needs at least one file or directory');
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs takes a whole number of 1 or more');
  const format = options.format ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json (not ${format})`);
  // The profile's parser, the extractors and the progress bar load only when needed: an empty or unchanged
  // ingest never compiles them (most of its start-up otherwise).
  const profile = options.profile ? (await import('../../lib/profile')).loadProfile(options.profile) : null;
  await checkInputs(inputs);
  const show = (p: string) => relative(userDir(), p) || p;
  // With workers, the largest documents go first (see schedule.ts); one thread reads in the walk's order.
  const walked = await walk(inputs.map(userPath));
  const found = jobs > 1 ? largestFirst(walked) : walked;
  const store = openStore(userPath(options.db));
  // One read of what is stored: by path (size, mtime) and by content hash (its path, and its reason if it failed).
  const files = store.knownFiles();
  const bySha = new Map<string, { path: string; error: string | null }>();
  for (const [path, f] of files) if (f.sha256) bySha.set(f.sha256, { path, error: f.status === 'failed' ? f.error : null });
  // The same bytes twice in one batch (a copy under another name) are extracted once; the copy waits for the outcome.
  const batch = new Map<string, Promise<PathOutcome | null>>();
  // The extractors load only when a document needs them (a no-op re-ingest never does).
  let pool: Pool | null = null;
  let starting: Promise<Pool> | null = null;
  const getPool = async () => (pool ??= await (starting ??= import('../../lib/pool').then((m) => m.Pool.create(jobs, (options.timeout ?? 120) * 1000, profile))));
  const summary: IngestSummary = { stored: 0, unchanged: 0, failed: 0, duplicates: 0, pages: 0, observations: 0, findings: 0, interrupted: false, paths: [] };
  const lines = await ingestLines(found.length, { bar: Boolean(process.stderr.isTTY) && format === 'text', quiet: Boolean(options.quiet), json: format === 'json' });
  const stop = () => {
    summary.interrupted = true;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const done = (o: PathOutcome): PathOutcome => {
    summary.paths.push(o);
    if (o.status === 'failed') {
      summary.failed++;
      lines.error(`failed     ${show(o.path)}: ${o.error}${o.duplicateOf ? ` (same bytes as ${show(o.duplicateOf)})` : ''}`);
    } else if (o.status === 'duplicate') {
      summary.unchanged++;
      summary.duplicates++;
      lines.info(`duplicate  ${show(o.path)}: same bytes as stored ${show(o.duplicateOf!)}`);
    } else if (o.status === 'unchanged') {
      summary.unchanged++;
      lines.info(`unchanged  ${show(o.path)}`);
    }
    return o;
  };
  const fail = (path: string, error: string, extra: { format?: string | null; sha256?: string | null; bytes?: number | null; mtimeMs?: number | null } = {}) => {
    store.writeFailure({ path, fileName: path.split(/[\\/]/).pop()!, format: (extra.format as never) ?? null, sha256: extra.sha256 ?? null, bytes: extra.bytes ?? null, mtimeMs: extra.mtimeMs ?? null, error });
    return done({ path, status: 'failed', error });
  };
  // Bytes already stored: unchanged at the same path, a duplicate at another; a stored failure keeps failing.
  const known = (path: string, first: { path: string; error: string | null }) => {
    const duplicateOf = first.path === path ? undefined : first.path;
    if (first.error) return done({ path, status: 'failed', error: duplicateOf ? first.error : `${first.error} (unchanged since it failed; --force to retry)`, duplicateOf });
    return done(duplicateOf ? { path, status: 'duplicate', duplicateOf } : { path, status: 'unchanged' });
  };

  // Null when interrupted: the document is simply not stored (nor reported).
  const extract = async (path: string, file: Awaited<ReturnType<typeof loadFile>>): Promise<PathOutcome | null> => {
    const meta = { format: file.format, sha256: file.sha256, bytes: file.bytes.length, mtimeMs: file.mtimeMs };
    const result = await (await getPool()).run(file);
    if (summary.interrupted) return null;
    if (!result.ok) return fail(path, result.error, meta);
    try {
      store.writeDocument(result.doc);
      bySha.set(file.sha256, { path, error: null });
    } catch (e) {
      return fail(path, `store: ${(e as Error).message.split('\n')[0]}`, meta);
    }
    summary.stored++;
    summary.pages += result.doc.pages ?? 0;
    const r = result.doc.report;
    summary.observations += r.observations.length;
    const period = quarterName(r.meta.fiscalYear, r.meta.quarter);
    const empty = !r.observations.length && !r.summary.length && !r.claims.length;
    lines.info(`stored     ${show(path)} (${empty ? 'no KPI content found' : `${r.meta.kind}, ${period}, ${r.observations.length} KPI${r.observations.length === 1 ? '' : 's'}`})`);
    const o: PathOutcome = { path, status: 'stored', observations: r.observations.length };
    summary.paths.push(o);
    return o;
  };

  let reading: Promise<unknown> = Promise.resolve();
  const handle = async (path: string, problem: string | null): Promise<void> => {
    if (problem) return void fail(path, `unsupported-format: ${problem}`);
    // Same path, size and modification time as stored: unchanged, without reading it (as git does).
    const seen = files.get(path);
    if (seen && !options.force && seen.sha256 && seen.mtimeMs !== null) {
      const info = await stat(path).catch(() => null);
      if (info && info.size === seen.bytes && info.mtimeMs === seen.mtimeMs) return void known(path, { path, error: seen.status === 'failed' ? seen.error : null });
    }
    // Files are read one after another, in the order above (identical files keep the walk's), so of two identical files the first walked is the one stored.
    const read = reading.then(() => loadFile(path));
    reading = read.catch(() => undefined);
    let file;
    try {
      file = await read;
    } catch (e) {
      return void fail(path, describeError(e));
    }
    const first = batch.get(file.sha256);
    if (first) {
      const o = await first;
      if (!o) return;
      if (o.status === 'stored') return void done({ path, status: 'duplicate', duplicateOf: o.path });
      return void done({ path, status: 'failed', error: o.error, duplicateOf: o.path });
    }
    const stored = bySha.get(file.sha256);
    if (stored && !options.force) return void known(path, stored);
    const job = extract(path, file);
    batch.set(file.sha256, job);
    await job;
  };

  let next = 0;
  const inFlight = new Set<Promise<void>>();
  try {
    while (next < found.length && !summary.interrupted) {
      const { path, problem } = found[next++];
      const p: Promise<void> = handle(path, problem).finally(() => {
        inFlight.delete(p);
        lines.tick({ pages: summary.pages, failed: summary.failed });
      });
      inFlight.add(p);
      // Keep every worker fed while this thread hashes and writes: a small queue per worker, bounded memory.
      if (inFlight.size >= Math.max(1, jobs * 2)) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (!summary.interrupted && store.needsReconcile()) summary.findings = (await import('../../lib/reconcile')).reconcileStore(store).findings;
    else summary.findings = Number(store.db.prepare('SELECT count(*) FROM findings').pluck().get());
  } finally {
    lines.stop();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await (pool as Pool | null)?.close();
    store.close();
  }
  const parts = [`${summary.stored} stored`, `${summary.unchanged} unchanged`, `${summary.failed} failed`];
  lines.summary(`${summary.interrupted ? 'interrupted: ' : ''}${parts.join(', ')}; ${summary.observations} KPI observations added; ${summary.findings} findings in the archive`);
  if (!summary.stored && !summary.failed && summary.unchanged) lines.summary('nothing changed');
  if (format === 'json') process.stdout.write(toJson({ ...summary, paths: summary.paths.map((p) => ({ ...p, path: show(p.path), duplicateOf: p.duplicateOf && show(p.duplicateOf) })) }));
  return summary;
}
