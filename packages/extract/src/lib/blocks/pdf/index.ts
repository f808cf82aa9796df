/**
 * PDF pages into blocks rebuilt from text geometry, not stream order: items on a shared baseline become
 * runs, headed columns become tables, axis ticks with period labels become charts, the rest becomes text
 * blocks by proximity and alignment. Page furniture is marked. Every block keeps page and box.
 *
 * Modules, in the order a page goes through them: load (pdf.js) → runs → furniture → charts → tables →
 * text-groups, put together per page by page.ts and per range of pages by layout.ts; geometry.ts holds the
 * shared shapes and measures; fills.ts reads the colours of the pages whose RAG cells are empty.
 */
import { ExtractError } from '../../errors';
import type { Block } from '../../schema';
import { BlockBuilder } from '../builder';
import { pdfTextItems } from './load';
import { repeatedFurniture } from './furniture';
import { layoutPages } from './layout';
import type { PendingBlock } from './page';
import type { PdfPage } from './geometry';

export { pdfTextItems, loadPdfJs, PDF_LIMITS, type PageRange } from './load';
export { marginKeys, furnitureOf } from './furniture';
export { layoutPages, type LaidOut } from './layout';
export type { Seg, PdfPage } from './geometry';
export type { PendingBlock } from './page';
/** One page's text items and size, as read by pdfTextItems. */
export type { PdfPage as PdfTextPage } from './geometry';

/** A paper laid out range by range already (by workers): its blocks in page order, its page and text-item counts. */
export interface LaidOutPaper {
  pending: PendingBlock[];
  pages: number;
  items: number;
}

/** PDF bytes into blocks; `read`: every page's text items already read, or the whole paper laid out already. */
export async function pdfBlocks(bytes: Uint8Array, read?: PdfPage[] | LaidOutPaper): Promise<{ blocks: Block[]; pages: number }> {
  if (read && !Array.isArray(read)) {
    if (!read.items) throw new ExtractError('no-text', 'no text layer; OCR is not supported');
    return { blocks: numbered(read.pending), pages: read.pages };
  }
  const pages = read ?? (await pdfTextItems(bytes)).pages;
  const total = pages.reduce((n, p) => n + p.items.length, 0);
  if (!total) throw new ExtractError('no-text', 'no text layer; OCR is not supported');
  const { pending } = await layoutPages(bytes, pages, 1, repeatedFurniture(pages), null);
  return { blocks: numbered(pending), pages: pages.length };
}

/** Blocks numbered in order (empty text dropped), as the builder gives them. */
function numbered(pending: PendingBlock[]): Block[] {
  const out = new BlockBuilder();
  for (const b of pending) out.add(b);
  return out.blocks;
}
