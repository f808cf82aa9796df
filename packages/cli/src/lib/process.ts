/** One document through the pipeline: file → blocks → report → observations, ready to store. */
import { blocksFromBytes, parseBlocks } from '@kpi/extract';
import type { Loaded } from './load';
import { normaliseReport } from '@kpi/normalise';
import type { DocumentInput } from '@kpi/store';

export type { Loaded } from './load';

/** Extract, parse and normalise one loaded file. Throws ExtractError with a one-line reason. */
export async function processLoaded(file: Loaded): Promise<DocumentInput> {
  const doc = await blocksFromBytes(file.path, file.format, file.bytes);
  const parsed = parseBlocks(doc.blocks, doc.fileName);
  parsed.messages.push(...doc.messages);
  const report = normaliseReport(parsed);
  return { path: file.path, fileName: file.fileName, format: file.format, sha256: file.sha256, pages: doc.pages, bytes: file.bytes.length, mtimeMs: file.mtimeMs, report };
}
