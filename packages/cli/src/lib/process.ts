/** One document through the pipeline: file → blocks → report → observations, ready to store. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { blocksFromBytes, ExtractError, formatOfPath, MAX_FILE_BYTES, parseBlocks, sha256, type Format } from '@kpi/extract';
import { normaliseReport } from '@kpi/normalise';
import type { DocumentInput } from '@kpi/store';

export interface Loaded {
  path: string;
  fileName: string;
  format: Format;
  bytes: Uint8Array;
  sha256: string;
}

/** Read a file's bytes and hash (cheap), so unchanged documents can be skipped before extraction. */
export async function loadFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<Loaded> {
  const format = formatOfPath(path);
  if (!format) throw new ExtractError('unsupported-format', 'unsupported file type');
  const info = await stat(path);
  if (info.size > maxBytes) throw new ExtractError('too-large', `${(info.size / 1048576).toFixed(0)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit`);
  const bytes = new Uint8Array(await readFile(path));
  return { path, fileName: basename(path), format, bytes, sha256: sha256(bytes) };
}

/** Extract, parse and normalise one loaded file. Throws ExtractError with a one-line reason. */
export async function processLoaded(file: Loaded): Promise<DocumentInput> {
  const doc = await blocksFromBytes(file.path, file.format, file.bytes);
  const parsed = parseBlocks(doc.blocks, doc.fileName);
  parsed.messages.push(...doc.messages);
  const report = normaliseReport(parsed);
  return { path: file.path, fileName: file.fileName, format: file.format, sha256: file.sha256, pages: doc.pages, bytes: file.bytes.length, report };
}
