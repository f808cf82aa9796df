/**
 * A small pool of worker threads for extraction; each job has a time limit, after which its worker is
 * ended and replaced (a hostile PDF cannot hang the batch). jobs = 1 runs in this thread, without a limit.
 * A long PDF is split: each worker reads and lays out one page range, and the blocks, joined in page order,
 * go through the rest of the pipeline as one document, so the result is the one a single reader gives.
 */
import { Worker } from 'node:worker_threads';
import { describeError } from '@kpi/extract/files';
import type { LaidOut, PendingBlock, Profile } from '@kpi/extract';
import type { DocumentInput } from '@kpi/store';
import type { Job, JobOutput, Loaded } from './process';
import { workerBundle } from './worker-bundle';

export type JobResult = { ok: true; doc: DocumentInput } | { ok: false; error: string };
type Reply = { ok: true; out: JobOutput } | { ok: false; error: string };

/** PDFs with at least this many pages are read in page ranges across the workers. */
export const SPLIT_MIN_PAGES = 16;
/**
 * Pages are split across workers only from this many workers. Two workers splitting one 100-page PDF
 * (each reading and laying out half) used about 1 s more CPU than one worker doing it all (two starts of
 * pdf.js and the pipeline, each running cold), and on this shared two-core machine that made it slower:
 * 2.9-3.3 s wall against 2.1-2.4 s unsplit (1 Dec 2026, load average 2-5, four interleaved runs).
 */
export const SPLIT_MIN_WORKERS = 3;

/** Bytes a page of a council paper's PDF seldom goes below (text, fonts shared): 4-6 KB in the corpus and bench papers. */
const LIKELY_PAGE_BYTES = 6 * 1024;

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
  /** Split documents so far: a range's key is the document's number and the range's. */
  private nextDoc = 0;

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
      this.wake();
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
    this.wake();
  }

  /** A worker is free: every waiting call looks again (one waits for a given worker, another for any). */
  private wake() {
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w();
  }

  /** Run one job on the next free worker, within the time limit. */
  private async call(job: Job, transfer: ArrayBuffer[] = []): Promise<Reply> {
    return (await this.callWith(job, transfer)).reply;
  }

  /** Run one job on the next free worker; the reply, and the worker that gave it (for the jobs that must follow on it). */
  private async callWith(job: Job, transfer: ArrayBuffer[] = []): Promise<{ reply: Reply; slot: Slot }> {
    let slot = this.slots.find((s) => !s.busy);
    if (!slot && this.slots.length < this.size) this.slots.push((slot = this.spawn()));
    while (!slot) {
      await new Promise<void>((r) => this.waiting.push(r));
      slot = this.slots.find((s) => !s.busy);
    }
    return { reply: await this.send(slot, job, transfer), slot };
  }

  /** Run one job on the given worker, once it is free; a worker since replaced (it crashed) answers with an error. */
  private async callOn(slot: Slot, job: Job): Promise<Reply> {
    while (slot.busy && this.slots.includes(slot)) await new Promise<void>((r) => this.waiting.push(r));
    if (!this.slots.includes(slot)) return { ok: false, error: 'unreadable: a worker reading part of the PDF crashed' };
    return this.send(slot, job, []);
  }

  /** Post a job to a free worker and wait for its reply, within the time limit. */
  private send(target: Slot, job: Job, transfer: ArrayBuffer[]): Promise<Reply> {
    const id = this.nextId++;
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

  /**
   * A PDF: done whole when short; otherwise each worker reads and lays out a range of its pages, and the
   * blocks, joined in page order, are parsed as one document.
   */
  private async runPdf(loaded: Loaded): Promise<JobResult> {
    // Every job of this document reads the same bytes: shared, not copied to each worker.
    const shared = new Uint8Array(new SharedArrayBuffer(loaded.bytes.length));
    shared.set(loaded.bytes);
    const file = { ...loaded, bytes: shared };
    // A paper likely long enough to split starts every worker now, while the first counts its pages, so each
    // range's reader is ready when its range is sent (a guess from the size: wrong, a worker starts for nothing or late).
    if (loaded.bytes.length >= SPLIT_MIN_PAGES * LIKELY_PAGE_BYTES) while (this.slots.length < this.size) this.slots.push(this.spawn());
    const first = await this.call({ kind: 'split', file, minPages: SPLIT_MIN_PAGES });
    if (!first.ok || 'doc' in first.out) return asResult(first);
    if (!('numPages' in first.out)) return { ok: false, error: 'unreadable: unexpected reply from a worker' };
    const ranges = pageRanges(first.out.numPages, this.size);
    const doc = this.nextDoc++;
    this.stats.splitDocuments++;
    this.stats.ranges += ranges.length;
    const read = await Promise.all(ranges.map((r, i) => this.callWith({ kind: 'read-range', key: `${doc}:${i}`, file, ...r })));
    try {
      const margins: string[][] = [];
      let items = 0;
      for (const { reply } of read) {
        // A range that failed (a damaged page, the time limit, a crash) fails the document with the same one-line reason.
        if (!reply.ok) return reply;
        if (!('margins' in reply.out)) return { ok: false, error: 'unreadable: unexpected reply from a worker' };
        margins.push(...reply.out.margins);
        items += reply.out.items;
      }
      const layout = (i: number, carry: LaidOut['carry']) => this.callOn(read[i].slot, { kind: 'layout-range', key: `${doc}:${i}`, margins, carry });
      // Every range is laid out at once as if no table ran on into it; one that follows a range ending in a
      // table is laid out again from that table's layout, so each page starts as it would in one reader.
      const laid = await Promise.all(ranges.map((_, i) => layout(i, null)));
      const pending: PendingBlock[] = [];
      for (let i = 0; i < laid.length; i++) {
        const before = i > 0 ? laid[i - 1] : null;
        if (before?.ok && 'laidOut' in before.out && before.out.laidOut.carry) laid[i] = await layout(i, before.out.laidOut.carry);
        const r = laid[i];
        if (!r.ok) return r;
        if (!('laidOut' in r.out)) return { ok: false, error: 'unreadable: unexpected reply from a worker' };
        pending.push(...r.out.laidOut.pending);
      }
      return asResult(await this.call({ kind: 'doc', file, laidOut: { pending, pages: first.out.numPages, items } }));
    } finally {
      await Promise.all(read.map(({ slot }, i) => this.callOn(slot, { kind: 'release-range', key: `${doc}:${i}` })));
    }
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
