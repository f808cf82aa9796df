/** Worker thread: runs extraction jobs (a document, or one page range of a long PDF) one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { describeError, loadPdfJs, useProfile, type Profile } from '@kpi/extract';
import { runJob, type Job } from './process';

// One ingest reads every paper with one profile (extra labels and RAG words), validated by the command.
useProfile((workerData as { profile?: Profile | null } | null)?.profile ?? null);
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
