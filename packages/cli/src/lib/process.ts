/** One document through the pipeline: file → blocks → report → observations, ready to store; and the jobs workers run. */
import { blocksFromBytes, parseBlocks, pdfTextItems, type PdfTextPage } from '@kpi/extract';
import type { Loaded } from './load';
import { normaliseReport } from '@kpi/normalise';
import type { DocumentInput } from '@kpi/store';

export type { Loaded } from './load';

/** Extract, parse and normalise one loaded file (a PDF's pages may be read already). Throws ExtractError with a one-line reason. */
export async function processLoaded(file: Loaded, pdfPages?: PdfTextPage[]): Promise<DocumentInput> {
  const doc = await blocksFromBytes(file.path, file.format, file.bytes, pdfPages);
  const parsed = parseBlocks(doc.blocks);
  const report = normaliseReport(parsed);
  return { path: file.path, fileName: file.fileName, format: file.format, sha256: file.sha256, pages: doc.pages, bytes: file.bytes.length, mtimeMs: file.mtimeMs, report };
}

/**
 * Work a worker does. `doc`: the whole pipeline. `split`: a PDF shorter than `minPages` is done whole,
 * a longer one only reports its page count, for the pool to split. `pages`: read one page range.
 */
export type Job = { kind: 'doc'; file: Loaded; pdfPages?: PdfTextPage[] } | { kind: 'split'; file: Loaded; minPages: number } | { kind: 'pages'; file: Loaded; firstPage: number; lastPage: number };
export type JobOutput = { doc: DocumentInput } | { numPages: number } | { pdfPages: PdfTextPage[] };

/** Run one job; throws ExtractError with a one-line reason. */
export async function runJob(job: Job): Promise<JobOutput> {
  if (job.kind === 'doc') return { doc: await processLoaded(job.file, job.pdfPages) };
  if (job.kind === 'pages') return { pdfPages: (await pdfTextItems(job.file.bytes, job)).pages };
  // Counting opens the document without reading a page; any problem is reported by the whole pipeline, in its words.
  const numPages = await pdfTextItems(job.file.bytes, { firstPage: 1, lastPage: 0 }).then(
    (r) => r.numPages,
    () => 0,
  );
  return numPages >= job.minPages ? { numPages } : { doc: await processLoaded(job.file) };
}
