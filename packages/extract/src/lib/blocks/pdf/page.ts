/** One page's runs into blocks in reading order: furniture, charts, tables, chart furniture, then text by geometry. */
import type { BlockBuilder } from '../builder';
import { boxOf, linesOf, type PdfPage, type Seg } from './geometry';
import { mergeRuns } from './runs';
import { isFurniture } from './furniture';
import { findCharts, type PdfChart } from './charts';
import { findChartFurniture } from './chart-furniture';
import { continueTable, findTables, type TableLayout } from './tables';
import type { TableHoles } from './table-cells';
import { textGroups } from './text-groups';
import { readingOrder } from './reading-order';
import { linePieces } from './columns';
import { pairLabels } from './pairs';
import { ragWord } from '../../vocabulary';

/** A block before the builder numbers it. */
export type PendingBlock = Parameters<BlockBuilder['add']>[0];

/** Blocks of one page, and the layout of a table that may run on to the next page. */
export function pageBlocks(page: PdfPage, pageNo: number, furniture: Set<string>, carry: TableLayout | null): { blocks: PendingBlock[]; carry: TableLayout | null; holes: TableHoles[] } {
  const out: { top: number; left: number; block: PendingBlock; base?: number }[] = [];
  const segs = mergeRuns(page.items);
  const used = new Set<Seg>();

  for (const s of segs) {
    if (!isFurniture(s, page.height, furniture)) continue;
    used.add(s);
    out.push({ top: s.y, left: s.x, block: { kind: 'paragraph', text: s.text.trim(), role: s.y < page.height / 2 ? 'page-header' : 'page-footer', prov: { page: pageNo, box: boxOf([s]) } } });
  }
  const addChart = (chart: PdfChart) => {
    chart.segs.forEach((s) => used.add(s));
    out.push({ top: chart.box.y, left: chart.box.x, block: { kind: 'chart', text: chart.title ?? '', chart: { title: chart.title, series: chart.series }, prov: { page: pageNo, box: chart.box } } });
  };
  findCharts(segs, used).forEach(addChart);
  // A multi-row table the previous page ended with may go on at the top of this one.
  const continued = carry && (!carry.oneRow || carry.open) ? continueTable(segs, used, carry) : null;
  const tables = [...(continued ? [continued] : [])];
  continued?.segs.forEach((s) => used.add(s));
  tables.push(...findTables(segs, used, page.width, continued ? null : carry));
  for (const table of tables) {
    table.segs.forEach((s) => used.add(s));
    out.push({ top: table.box.y, left: table.box.x, block: { kind: 'table', text: '', rows: table.rows, ...(table.continuesRow ? { continuesRow: true } : {}), prov: { page: pageNo, box: table.box, origin: 'table' } } });
  }
  // Axis ticks, period labels and legends of charts not read above: never text.
  findChartFurniture(segs, used).forEach(addChart);
  const { pairs, rest } = pairLabels(linePieces(segs.filter((s) => !used.has(s))));
  for (const pair of pairs) out.push({ top: pair.y, left: pair.x, base: pair.y + pair.h, block: { kind: 'paragraph', text: pair.text, prov: { page: pageNo, box: boxOf([pair]) } } });
  const body = bodySize(rest);
  for (const group of textGroups(rest)) {
    const lines = linesOf(group);
    const text = lines.map((l) => l.map((s) => s.text.trim()).join(' ')).join('\n');
    const level = headingLevel(group, lines.length, text, body);
    const kind = level === null ? 'paragraph' : 'heading';
    out.push({ top: Math.min(...group.map((s) => s.y)), left: Math.min(...group.map((s) => s.x)), base: lines[0][0].y + lines[0][0].h, block: { kind, level, text, prov: { page: pageNo, box: boxOf(group) } } });
  }
  sameBaselineRows(out);
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  // Page furniture keeps its place; the content between it is read in columns where the page has them.
  const margins = (o: (typeof out)[number]) => o.block.role === 'page-header' || o.block.role === 'page-footer';
  const content = readingOrder(out.filter((o) => !margins(o)));
  let next = 0;
  out.forEach((o, i) => (out[i] = margins(o) ? o : content[next++]));
  // The table runs on if it is the last thing on the page (page furniture aside).
  const last = [...out].reverse().find((o) => o.block.role === undefined || o.block.role === 'content');
  const lastTable = tables.find((t) => last && last.block.kind === 'table' && t.box.y === last.top);
  const holes = tables.filter((t) => t.holes?.length).map((t) => ({ rows: t.rows, holes: t.holes! }));
  return { blocks: out.map((o) => o.block), carry: lastTable ? lastTable.layout : null, holes };
}

/** The page's body text size: the size most characters are printed at. */
function bodySize(segs: Seg[]): number {
  const chars = new Map<number, number>();
  for (const s of segs) chars.set(Math.round(s.h * 2) / 2, (chars.get(Math.round(s.h * 2) / 2) ?? 0) + s.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** A short block printed larger than the body text is a heading; its level follows its size. */
function headingLevel(group: Seg[], lines: number, text: string, body: number): number | null {
  const size = Math.min(...group.map((s) => s.h));
  // A RAG badge printed large is a badge, not a heading; a sentence is not a heading.
  if (lines > 3 || text.length > 200 || size < body * 1.08 || !/[A-Za-z]/.test(text) || /[.;,]$/.test(text) || ragWord(text)) return null;
  return size >= body * 1.4 ? 1 : size >= body * 1.2 ? 2 : 3;
}

/**
 * Text that starts on one baseline reads left to right even when its sizes differ (a title and a larger
 * RAG badge beside it): such blocks take the highest top among them as their sort position.
 */
function sameBaselineRows(out: { top: number; base?: number }[]): void {
  const text = out.filter((o) => o.base !== undefined).sort((a, b) => a.base! - b.base!);
  for (let i = 0; i < text.length; ) {
    let j = i + 1;
    while (j < text.length && text[j].base! - text[i].base! < 2) j++;
    if (j - i > 1) {
      const top = Math.min(...text.slice(i, j).map((o) => o.top));
      for (let k = i; k < j; k++) text[k].top = top;
    }
    i = j;
  }
}
