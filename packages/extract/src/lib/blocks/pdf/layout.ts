/**
 * Pages laid out into blocks not yet numbered: all of a paper's pages, or one range of them (a worker's
 * share of a long paper). A range starts from the table layout the page before it ended with (`carry`)
 * and is given the paper's furniture, so ranges laid out apart and joined in page order are the blocks
 * the whole paper gives. Empty RAG cells, and RAG labels with a coloured mark beside them, are read from the
 * colours of the range's own pages.
 */
import type { PdfPage } from './geometry';
import { loadPdfJs } from './load';
import { pageFills, type Fill } from './fills';
import { bareRagLabels, ragMarkRuns } from './rag-marks';
import type { TableHoles } from './table-cells';
import type { TableLayout } from './tables';
import { pageBlocks, type PendingBlock } from './page';
import { colourRag, fillText } from '../../vocabulary';

/** Pages laid out: their blocks in reading order, and the layout of a table that may run on past the last. */
export interface LaidOut {
  pending: PendingBlock[];
  carry: TableLayout | null;
}

/** Lay out `pages`, the first being page `firstPage` (1-based), after a page that ended with `carry`. */
export async function layoutPages(bytes: Uint8Array, read: PdfPage[], firstPage: number, furniture: Set<string>, carry: TableLayout | null): Promise<LaidOut> {
  const pages = [...read];
  await markRatings(bytes, pages, firstPage);
  const pending: PendingBlock[] = [];
  const holes = new Map<number, TableHoles[]>();
  pages.forEach((page, i) => {
    const result = pageBlocks(page, firstPage + i, furniture, carry);
    pending.push(...result.blocks);
    carry = result.carry;
    if (result.holes.length) holes.set(firstPage + i, result.holes);
  });
  // RAG cells shown by colour alone: the pages with empty RAG cells are read again for their fills.
  if (holes.size) await fillHoles(bytes, holes);
  return { pending, carry };
}

/**
 * RAG labels with a coloured mark beside them and no word: the pages holding such labels are read for their
 * fills first, and each mark becomes a run of what a reader sees ('■ #ffc000').
 */
async function markRatings(bytes: Uint8Array, pages: PdfPage[], firstPage: number): Promise<void> {
  const bare = new Map(pages.map((p, i) => [firstPage + i, bareRagLabels(p)] as const).filter(([, labels]) => labels.length > 0));
  if (!bare.size) return;
  const fills = await pageFills(await loadPdfJs(), bytes, [...bare.keys()]);
  for (const [n, labels] of bare) {
    const marks = ragMarkRuns(labels, fills.get(n) ?? []);
    const i = n - firstPage;
    if (marks.length) pages[i] = { ...pages[i], items: [...pages[i].items, ...marks].sort((a, b) => a.order - b.order) };
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
