import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ExtractError } from '../errors';
import type { Block, Format, Message, RawDocument } from '../schema';
import { checkSignature, formatOfPath } from './detect';
import { MAX_FILE_BYTES, sha256 } from './bytes';
import { decodeText } from './text-decode';
import { markdownBlocks } from '../blocks/markdown';
import { textBlocks } from '../blocks/text';
import { pdfBlocks, type LaidOutPaper, type PdfTextPage } from '../blocks/pdf';
import { docxBlocks } from '../blocks/docx';

export interface ReadOptions {
  /** Read at most this many bytes (default MAX_FILE_BYTES). */
  maxBytes?: number;
}

/** Read a file into raw blocks with provenance; throws ExtractError with a one-line reason. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<RawDocument> {
  const format = formatOfPath(path);
  if (!format) throw new ExtractError('unsupported-format', `unsupported file type '${basename(path)}' (expected .pdf, .docx, .md, .markdown or .txt)`);
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
    throw new ExtractError('unreadable', `cannot read: ${e.code ?? e.message}`);
  });
  if (!info.isFile()) throw new ExtractError('unreadable', 'not a regular file');
  const max = options.maxBytes ?? MAX_FILE_BYTES;
  if (info.size > max) throw new ExtractError('too-large', `${(info.size / 1048576).toFixed(0)} MB is over the ${(max / 1048576).toFixed(0)} MB limit`);
  const bytes = new Uint8Array(await readFile(path));
  return blocksFromBytes(path, format, bytes);
}

/** Text and markdown papers are small; a larger one is a dump or a log, refused before parsing. */
export const MAX_TEXT_BYTES = 25 * 1024 * 1024;

/** Extract blocks from bytes already in memory (used by workers and tests); `pdfPages`: a PDF's pages already read, or laid out. */
export async function blocksFromBytes(path: string, format: Format, bytes: Uint8Array, pdfPages?: PdfTextPage[] | LaidOutPaper): Promise<RawDocument> {
  checkSignature(format, bytes);
  if ((format === 'text' || format === 'markdown') && bytes.length > MAX_TEXT_BYTES) {
    throw new ExtractError('too-large', `${(bytes.length / 1048576).toFixed(0)} MB of text is over the ${MAX_TEXT_BYTES / 1048576} MB limit for a text paper`);
  }
  const hash = sha256(bytes);
  const messages: Message[] = [];
  let blocks: Block[];
  let pages: number | null = null;
  switch (format) {
    case 'markdown':
      blocks = await markdownBlocks(decodeText(bytes));
      break;
    case 'text':
      blocks = await textBlocks(decodeText(bytes));
      break;
    case 'pdf': {
      const r = await pdfBlocks(bytes, pdfPages);
      blocks = r.blocks;
      pages = r.pages;
      break;
    }
    case 'docx':
      blocks = await docxBlocks(bytes, messages);
      break;
  }
  if (!blocks.length) throw new ExtractError('no-text', 'no text found in the document');
  return { path, fileName: basename(path), format, sha256: hash, pages, blocks, messages };
}
