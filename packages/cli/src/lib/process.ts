/** One document through the pipeline: file → blocks → report → observations, ready to store; and the jobs workers run. */
import { blocksFromBytes, parseBlocks, pdfTextItems, type LaidOut, type LaidOutPaper } from '@kpi/extract';
import type { Loaded } from './load';
import { normaliseReport } from '@kpi/normalise';
import type { DocumentInput } from '@kpi/store';
import { layoutRange, readRange, releaseRange } from './ranges';

export type { Loaded } from './load';

/** Extract, parse and normalise one loaded file (a PDF may be laid out already, range by range). Throws ExtractError with a one-line reason. */
export async function processLoaded(file: Loaded, laidOut?: LaidOutPaper): Promise<DocumentInput> {
  const doc = await blocksFromBytes(file.path, file.format, file.bytes, laidOut);
  const parsed = parseBlocks(doc.blocks);
  const report = normaliseReport(parsed);
  return { path: file.path, fileName: file.fileName, format: file.format, sha256: file.sha256, pages: doc.pages, bytes: file.bytes.length, mtimeMs: file.mtimeMs, report };
}

/**
 * Work a worker does. `doc`: the whole pipeline (for a PDF laid out by ranges, from its blocks). `split`: a
 * PDF shorter than `minPages` is done whole, a longer one only reports its page count, for the pool to
 * split. `read-range`, `layout-range`, `release-range`: one range of a split PDF (see ranges.ts).
 */
export type Job =
  | { kind: 'doc'; file: Loaded; laidOut?: LaidOutPaper }
  | { kind: 'split'; file: Loaded; minPages: number }
  | { kind: 'read-range'; key: string; file: Loaded; firstPage: number; lastPage: number }
  | { kind: 'layout-range'; key: string; margins: string[][]; carry: LaidOut['carry'] }
  | { kind: 'release-range'; key: string };
export type JobOutput = { doc: DocumentInput } | { numPages: number } | { margins: string[][]; items: number } | { laidOut: LaidOut } | { released: true };

/** Run one job; throws ExtractError with a one-line reason. */
export async function runJob(job: Job): Promise<JobOutput> {
  if (job.kind === 'doc') return { doc: await processLoaded(job.file, job.laidOut) };
  if (job.kind === 'read-range') return readRange(job.key, job.file.bytes, job.firstPage, job.lastPage);
  if (job.kind === 'layout-range') return { laidOut: await layoutRange(job.key, job.margins, job.carry) };
  if (job.kind === 'release-range') return (releaseRange(job.key), { released: true });
  // Counting opens the document without reading a page; any problem is reported by the whole pipeline, in its words.
  const numPages = await pdfTextItems(job.file.bytes, { firstPage: 1, lastPage: 0 }).then(
    (r) => r.numPages,
    () => 0,
  );
  return numPages >= job.minPages ? { numPages } : { doc: await processLoaded(job.file) };
}
