/** Worker thread: runs extraction jobs (a document, or one page range of a long PDF) one at a time. */
import { parentPort } from 'node:worker_threads';
import { describeError } from '@kpi/extract';
import { runJob, type Job } from './process';

parentPort!.on('message', async (m: { id: number; job: Job }) => {
  try {
    parentPort!.postMessage({ id: m.id, ok: true, out: await runJob(m.job) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, ok: false, error: describeError(e) });
  }
});
