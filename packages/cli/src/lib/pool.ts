/**
 * A small pool of worker threads for extraction; each job has a time limit, after which its worker is
 * ended and replaced (a hostile PDF cannot hang the batch). jobs = 1 runs in this thread, without a limit.
 * A long PDF is split: each worker reads one page range, and the pages, joined in order, go through the
 * rest of the pipeline as one document, so the result is the one a single reader gives.
 */
import { Worker } from 'node:worker_threads';
import { describeError } from '@kpi/extract/files';
import type { PdfTextPage, Profile } from '@kpi/extract';
import type { DocumentInput } from '@kpi/store';
import type { Job, JobOutput, Loaded } from './process';
import { workerBundle } from './worker-bundle';

export type JobResult = { ok: true; doc: DocumentInput } | { ok: false; error: string };
type Reply = { ok: true; out: JobOutput } | { ok: false; error: string };

/** PDFs with at least this many pages are read in page ranges across the workers. */
export const SPLIT_MIN_PAGES = 16;
/**
 * Pages are split across workers only from this many workers: each range opens the document again and
 * the pages travel back to be joined, which on two workers cost more than it saved (bench --quick, 30 Nov
 * 2026, 2 cores: a 50-page PDF at --jobs 2 took 0.65× the speed of --jobs 1 when split).
 */
export const SPLIT_MIN_WORKERS = 3;

interface Slot {
  worker: Worker;
  busy: { id: number; resolve: (r: Reply) => void; timer: NodeJS.Timeout } | null;
  /** Settles when the worker has loaded its modules (pdf.js included): time limits count extraction, not start-up. */
  ready: Promise<void>;
}

export class Pool {
  private slots: Slot[] = [];
  private waiting: (() => void)[] = [];
  private nextId = 0;

  private entry: string | null = null;
  /** Page ranges read by workers for split documents (how much of the work was split). */
  readonly stats = { splitDocuments: 0, ranges: 0 };

  private constructor(
    readonly size: number,
    readonly timeoutMs: number,
    readonly profile: Profile | null,
    readonly splitWorkers: number,
  ) {}

  /** Extraction in this thread (size 1): the pipeline, loaded only then, so workers' parents never compile it. */
  private local: typeof import('./process') | null = null;

  /**
   * A pool of up to `size` workers (none for size 1: extraction then runs in this thread); every paper is
   * read with `profile`. Workers start as jobs need them: one document never pays for a second start.
   */
  static async create(size: number, timeoutMs: number, profile: Profile | null = null, splitWorkers = SPLIT_MIN_WORKERS): Promise<Pool> {
    const pool = new Pool(size, timeoutMs, profile, splitWorkers);
    if (size > 1) pool.entry = await workerBundle();
    else {
      // One after the other: two dynamic imports sharing modules at once trip Jest's ESM loader ('not in cache').
      pool.local = await import('./process');
      (await import('@kpi/extract')).useProfile(profile);
    }
    return pool;
  }

  private spawn(): Slot {
    // Memory per worker is bounded: a hostile document fails alone instead of exhausting the machine.
    const worker = new Worker(this.entry!, { resourceLimits: { maxOldGenerationSizeMb: 1024 }, workerData: { profile: this.profile } });
    let started = () => {};
    const slot: Slot = { worker, busy: null, ready: new Promise<void>((r) => (started = r)) };
    worker.on('message', (m: ({ id: number } & Reply) | { ready: true }) => {
      if ('ready' in m) return started();
      if (!slot.busy || slot.busy.id !== m.id) return;
      const { resolve, timer } = slot.busy;
      clearTimeout(timer);
      slot.busy = null;
      resolve(m.ok ? { ok: true, out: m.out } : { ok: false, error: m.error });
      this.waiting.shift()?.();
    });
    worker.on('error', (e) => this.fail(slot, `unreadable: worker crashed (${e.message.split('\n')[0]})`));
    worker.on('exit', () => {
      if (slot.busy) this.fail(slot, 'unreadable: the extractor ran out of memory or crashed');
    });
    worker.unref();
    return slot;
  }

  private fail(slot: Slot, error: string) {
    if (!slot.busy) return;
    const { resolve, timer } = slot.busy;
    clearTimeout(timer);
    slot.busy = null;
    void slot.worker.terminate();
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots[i] = this.spawn();
    resolve({ ok: false, error });
    this.waiting.shift()?.();
  }

  /** Run one job on the next free worker, within the time limit. */
  private async call(job: Job, transfer: ArrayBuffer[] = []): Promise<Reply> {
    let slot = this.slots.find((s) => !s.busy);
    if (!slot && this.slots.length < this.size) this.slots.push((slot = this.spawn()));
    while (!slot) {
      await new Promise<void>((r) => this.waiting.push(r));
      slot = this.slots.find((s) => !s.busy);
    }
    const id = this.nextId++;
    const target = slot;
    return new Promise<Reply>((resolve) => {
      const seconds = Math.round(this.timeoutMs / 1000);
      // A worker that never starts is caught by the same limit; once it has, the limit counts the job alone.
      target.busy = { id, resolve, timer: setTimeout(() => this.fail(target, `unreadable: the extractor did not start within ${seconds} s`), this.timeoutMs) };
      void target.ready.then(() => {
        if (target.busy?.id !== id) return; // the worker crashed while starting; already answered
        clearTimeout(target.busy.timer);
        target.busy.timer = setTimeout(() => this.fail(target, `timeout: extraction took longer than ${seconds} s`), this.timeoutMs);
        target.worker.postMessage({ id, job }, transfer);
      });
    });
  }

  /** Extract one document; resolves with the document or a one-line error. */
  async run(file: Loaded): Promise<JobResult> {
    if (this.size <= 1) {
      try {
        return { ok: true, doc: await this.local!.processLoaded(file) };
      } catch (e) {
        return { ok: false, error: describeError(e) };
      }
    }
    if (file.format === 'pdf' && this.size >= this.splitWorkers) return this.runPdf(file);
    return asResult(await this.call({ kind: 'doc', file }, [file.bytes.buffer as ArrayBuffer]));
  }

  /** A PDF: done whole when short; otherwise its page ranges are read in parallel, then joined and finished as one document. */
  private async runPdf(loaded: Loaded): Promise<JobResult> {
    // Every job of this document reads the same bytes: shared, not copied to each worker.
    const shared = new Uint8Array(new SharedArrayBuffer(loaded.bytes.length));
    shared.set(loaded.bytes);
    const file = { ...loaded, bytes: shared };
    const first = await this.call({ kind: 'split', file, minPages: SPLIT_MIN_PAGES });
    if (!first.ok || 'doc' in first.out) return asResult(first);
    if (!('numPages' in first.out)) return { ok: false, error: 'unreadable: unexpected reply from a worker' };
    const ranges = pageRanges(first.out.numPages, this.size);
    this.stats.splitDocuments++;
    this.stats.ranges += ranges.length;
    const parts = await Promise.all(ranges.map((r) => this.call({ kind: 'pages', file, ...r })));
    const pdfPages: PdfTextPage[] = [];
    for (const p of parts) {
      // A range that failed (a damaged page, the time limit, a crash) fails the document with the same one-line reason.
      if (!p.ok) return p;
      if (!('pdfPages' in p.out)) return { ok: false, error: 'unreadable: unexpected reply from a worker' };
      pdfPages.push(...p.out.pdfPages);
    }
    return asResult(await this.call({ kind: 'doc', file, pdfPages }));
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** Split pages 1..n into `parts` contiguous ranges of near-equal length. */
export function pageRanges(n: number, parts: number): { firstPage: number; lastPage: number }[] {
  const k = Math.max(1, Math.min(parts, n));
  return Array.from({ length: k }, (_, i) => ({ firstPage: Math.floor((i * n) / k) + 1, lastPage: Math.floor(((i + 1) * n) / k) }));
}

function asResult(r: Reply): JobResult {
  if (!r.ok) return r;
  return 'doc' in r.out ? { ok: true, doc: r.out.doc } : { ok: false, error: 'unreadable: unexpected reply from a worker' };
}
