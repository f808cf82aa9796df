/**
 * PDF pages into blocks rebuilt from text geometry, not stream order: items on a shared baseline become
 * runs, headed columns become tables, axis ticks with period labels become charts, the rest becomes text
 * blocks by proximity and alignment. Page furniture is marked. Every block keeps page and box.
 *
 * Modules, in the order a page goes through them: load (pdf.js) → runs → furniture → charts → tables →
 * text-groups, put together per page by page.ts; geometry.ts holds the shared shapes and measures; fills.ts
 * reads the colours of the pages whose RAG cells are empty.
 */
import { ExtractError } from '../../errors';
import type { Block } from '../../schema';
import { BlockBuilder } from '../builder';
import { loadPdfJs, pdfTextItems } from './load';
import { pageFills, type Fill } from './fills';
import { bareRagLabels, ragMarkRuns } from './rag-marks';
import type { TableHoles } from './table-cells';
import { colourRag, fillText } from '../../vocabulary';
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
  const pages = [...(read ?? (await pdfTextItems(bytes)).pages)];
  const total = pages.reduce((n, p) => n + p.items.length, 0);
  if (!total) throw new ExtractError('no-text', 'no text layer; OCR is not supported');
  await markRatings(bytes, pages);
  const furniture = repeatedFurniture(pages);
  const out = new BlockBuilder();
  let carry: TableLayout | null = null;
  const holes = new Map<number, TableHoles[]>();
  pages.forEach((page, i) => {
    const result = pageBlocks(page, i + 1, furniture, carry);
    for (const b of result.blocks) out.add(b);
    carry = result.carry;
    if (result.holes.length) holes.set(i + 1, result.holes);
  });
  // RAG cells shown by colour alone: the pages with empty RAG cells are read again for their fills.
  if (holes.size) await fillHoles(bytes, holes);
  return { blocks: out.blocks, pages: pages.length };
}

/** RAG labels with a coloured mark beside them and no word: the pages holding such labels are read for their fills first. */
async function markRatings(bytes: Uint8Array, pages: PdfPage[]): Promise<void> {
  const bare = new Map(pages.map((p, i) => [i + 1, bareRagLabels(p)] as const).filter(([, labels]) => labels.length > 0));
  if (!bare.size) return;
  const fills = await pageFills(await loadPdfJs(), bytes, [...bare.keys()]);
  for (const [n, labels] of bare) {
    const marks = ragMarkRuns(labels, fills.get(n) ?? []);
    if (marks.length) pages[n - 1] = { ...pages[n - 1], items: [...pages[n - 1].items, ...marks].sort((a, b) => a.order - b.order) };
  }
}

/** Empty RAG cells whose cell is filled with a rating's colour take what a reader sees ('■ #c00000'). */
async function fillHoles(bytes: Uint8Array, holes: Map<number, TableHoles[]>): Promise<void> {
  const fills = await pageFills(await loadPdfJs(), bytes, [...holes.keys()]);
  for (const [page, tables] of holes) {
    const onPage = fills.get(page) ?? [];
    for (const { rows, holes: cells } of tables) {
      const inRagColumn = (f: Fill) => cells.some((o) => o.x >= f.x && o.x <= f.x + f.w);
      for (const h of cells) {
        // The innermost fill round the cell's point, about as wide as its column: a cell's shading, not a
        // banded row's, the table's or the page's.
        const fill = onPage.filter((f) => h.x >= f.x && h.x <= f.x + f.w && h.y >= f.y && h.y <= f.y + f.h).sort((a, b) => a.w * a.h - b.w * b.h)[0];
        if (!fill || fill.w > Math.max(h.w * 1.5, 60) + 20) continue;
        // Cells of one row shaded alike outside the RAG columns are a banded row, not ratings.
        const banded = onPage.filter((f) => f !== fill && f.colour === fill.colour && Math.abs(f.y - fill.y) < 2 && Math.abs(f.h - fill.h) < 2 && !inRagColumn(f)).length >= 2;
        if (!banded && colourRag(fill.colour)) rows[h.row][h.col] = fillText(fill.colour);
      }
    }
  }
}
