/** Worker thread: runs the extraction pipeline for one document at a time. */
import { parentPort } from 'node:worker_threads';
import { describeError } from '@kpi/extract';
import { processLoaded, type Loaded } from './process';

parentPort!.on('message', async (job: { id: number; file: Loaded }) => {
  try {
    const doc = await processLoaded(job.file);
    parentPort!.postMessage({ id: job.id, ok: true, doc });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, ok: false, error: describeError(e) });
  }
});
