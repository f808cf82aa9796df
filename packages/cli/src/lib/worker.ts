/** Worker thread: runs extraction jobs (a document, or one page range of a long PDF) one at a time. */
import { parentPort } from 'node:worker_threads';
import { describeError, loadPdfJs } from '@kpi/extract';
import { runJob, type Job } from './process';

// Loaded before the first job, so a job's time limit counts its extraction, not this thread's start-up.
await loadPdfJs();
parentPort!.postMessage({ ready: true });

parentPort!.on('message', async (m: { id: number; job: Job }) => {
  try {
    parentPort!.postMessage({ id: m.id, ok: true, out: await runJob(m.job) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, ok: false, error: describeError(e) });
  }
});
