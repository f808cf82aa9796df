/**
 * PDF pages into blocks rebuilt from text geometry, not stream order: items on a shared baseline become
 * runs, headed columns become tables, axis ticks with period labels become charts, the rest becomes text
 * blocks by proximity and alignment. Page furniture is marked. Every block keeps page and box.
 *
 * Modules, in the order a page goes through them: load (pdf.js) → runs → furniture → charts → tables →
 * text-groups, put together per page by page.ts; geometry.ts holds the shared shapes and measures.
 */
import { ExtractError } from '../../errors';
import type { Block } from '../../schema';
import { BlockBuilder } from '../builder';
import { pdfTextItems } from './load';
import { repeatedFurniture } from './furniture';
import { pageBlocks } from './page';
import type { TableLayout } from './tables';
import type { PdfPage } from './geometry';

export { pdfTextItems, loadPdfJs, PDF_LIMITS, type PageRange } from './load';
export type { Seg, PdfPage } from './geometry';
/** One page's text items and size, as read by pdfTextItems. */
export type { PdfPage as PdfTextPage } from './geometry';

/** PDF bytes into blocks; `read`: every page's text items, already read (by workers, in page ranges). */
export async function pdfBlocks(bytes: Uint8Array, read?: PdfPage[]): Promise<{ blocks: Block[]; pages: number }> {
  const pages = read ?? (await pdfTextItems(bytes)).pages;
  const total = pages.reduce((n, p) => n + p.items.length, 0);
  if (!total) throw new ExtractError('no-text', 'no text layer; OCR is not supported');
  const furniture = repeatedFurniture(pages);
  const out = new BlockBuilder();
  let carry: TableLayout | null = null;
  pages.forEach((page, i) => {
    const result = pageBlocks(page, i + 1, furniture, carry);
    for (const b of result.blocks) out.add(b);
    carry = result.carry;
  });
  return { blocks: out.blocks, pages: pages.length };
}
