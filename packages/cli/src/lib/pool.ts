/**
 * A small pool of worker threads for extraction; each job has a time limit, after which its worker is
 * ended and replaced (a hostile PDF cannot hang the batch). jobs = 1 runs in this thread, without a limit.
 */
import { Worker } from 'node:worker_threads';
import { describeError } from '@kpi/extract';
import type { DocumentInput } from '@kpi/store';
import { processLoaded, type Loaded } from './process';
import { workerBundle } from './worker-bundle';

export type JobResult = { ok: true; doc: DocumentInput } | { ok: false; error: string };

interface Slot {
  worker: Worker;
  busy: { id: number; resolve: (r: JobResult) => void; timer: NodeJS.Timeout } | null;
}

export class Pool {
  private slots: Slot[] = [];
  private waiting: (() => void)[] = [];
  private nextId = 0;

  private entry: string | null = null;

  private constructor(
    readonly size: number,
    readonly timeoutMs: number,
  ) {}

  /** A pool of `size` workers (none for size 1: extraction then runs in this thread). */
  static async create(size: number, timeoutMs: number): Promise<Pool> {
    const pool = new Pool(size, timeoutMs);
    if (size > 1) {
      pool.entry = await workerBundle();
      for (let i = 0; i < size; i++) pool.slots.push(pool.spawn());
    }
    return pool;
  }

  private spawn(): Slot {
    // Memory per worker is bounded: a hostile document fails alone instead of exhausting the machine.
    const worker = new Worker(this.entry!, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    const slot: Slot = { worker, busy: null };
    worker.on('message', (m: { id: number } & JobResult) => {
      if (!slot.busy || slot.busy.id !== m.id) return;
      const { resolve, timer } = slot.busy;
      clearTimeout(timer);
      slot.busy = null;
      resolve(m.ok ? { ok: true, doc: m.doc } : { ok: false, error: m.error });
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

  /** Extract one document; resolves with the document or a one-line error. */
  async run(file: Loaded): Promise<JobResult> {
    if (this.size <= 1) {
      try {
        return { ok: true, doc: await processLoaded(file) };
      } catch (e) {
        return { ok: false, error: describeError(e) };
      }
    }
    let slot = this.slots.find((s) => !s.busy);
    while (!slot) {
      await new Promise<void>((r) => this.waiting.push(r));
      slot = this.slots.find((s) => !s.busy);
    }
    const id = this.nextId++;
    const target = slot;
    return new Promise<JobResult>((resolve) => {
      const timer = setTimeout(() => this.fail(target, `timeout: extraction took longer than ${Math.round(this.timeoutMs / 1000)} s`), this.timeoutMs);
      target.busy = { id, resolve, timer };
      target.worker.postMessage({ id, file }, [file.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
