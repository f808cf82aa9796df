import { extname } from 'node:path';
import { ExtractError } from '../errors';
import type { Format } from '../schema';

const BY_EXTENSION: Record<string, Format> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};

/** The format a path claims by its extension, or null for a kind we do not read. */
export function formatOfPath(path: string): Format | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Check that the bytes are what the extension says; throws a one-line ExtractError otherwise. */
export function checkSignature(format: Format, bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ExtractError('empty', 'the file is empty');
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (format === 'pdf' && !Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new ExtractError('damaged', 'not a PDF (no %PDF- header)');
  }
  if (format === 'docx') {
    if (head.startsWith('\xD0\xCF\x11\xE0')) {
      throw new ExtractError('encrypted', 'an OLE compound file: a password-protected or legacy .doc document, not a .docx');
    }
    if (!head.startsWith('PK')) throw new ExtractError('damaged', 'not a .docx (not a zip archive)');
  }
}
