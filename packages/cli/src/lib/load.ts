/** Reading a file's bytes and hash, cheaply, before any extractor is loaded. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ExtractError, formatOfPath, MAX_FILE_BYTES, sha256, type Format } from '@kpi/extract/files';

export interface Loaded {
  path: string;
  fileName: string;
  format: Format;
  bytes: Uint8Array;
  sha256: string;
  mtimeMs: number;
}

/** Read a file's bytes and hash (cheap), so unchanged documents can be skipped before extraction. */
export async function loadFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<Loaded> {
  const format = formatOfPath(path);
  if (!format) throw new ExtractError('unsupported-format', 'unsupported file type');
  const info = await stat(path);
  if (info.size > maxBytes) throw new ExtractError('too-large', `${(info.size / 1048576).toFixed(0)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit`);
  const bytes = new Uint8Array(await readFile(path));
  return { path, fileName: basename(path), format, bytes, sha256: sha256(bytes), mtimeMs: info.mtimeMs };
}


