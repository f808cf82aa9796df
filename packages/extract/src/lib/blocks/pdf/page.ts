/** One page's runs into blocks in reading order: furniture, charts, tables, chart furniture, then text by geometry. */
import type { BlockBuilder } from '../builder';
import { boxOf, linesOf, type PdfPage, type Seg } from './geometry';
import { mergeRuns } from './runs';
import { isFurniture } from './furniture';
import { findCharts, type PdfChart } from './charts';
import { findChartFurniture } from './chart-furniture';
import { continueTable, findTables, type TableLayout } from './tables';
import { textGroups } from './text-groups';
import { linePieces } from './columns';
import { pairLabels } from './pairs';

/** A block before the builder numbers it. */
export type PendingBlock = Parameters<BlockBuilder['add']>[0];

/** Blocks of one page, and the layout of a table that may run on to the next page. */
export function pageBlocks(page: PdfPage, pageNo: number, furniture: Set<string>, carry: TableLayout | null): { blocks: PendingBlock[]; carry: TableLayout | null } {
  const out: { top: number; left: number; block: PendingBlock }[] = [];
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
  const continued = carry && !carry.oneRow ? continueTable(segs, used, carry) : null;
  const tables = [...(continued ? [continued] : [])];
  continued?.segs.forEach((s) => used.add(s));
  tables.push(...findTables(segs, used, page.width));
  for (const table of tables) {
    table.segs.forEach((s) => used.add(s));
    out.push({ top: table.box.y, left: table.box.x, block: { kind: 'table', text: '', rows: table.rows, prov: { page: pageNo, box: table.box, origin: 'table' } } });
  }
  // Axis ticks, period labels and legends of charts not read above: never text.
  findChartFurniture(segs, used).forEach(addChart);
  const { pairs, rest } = pairLabels(linePieces(segs.filter((s) => !used.has(s))));
  for (const pair of pairs) out.push({ top: pair.y, left: pair.x, block: { kind: 'paragraph', text: pair.text, prov: { page: pageNo, box: boxOf([pair]) } } });
  for (const group of textGroups(rest)) {
    const lines = linesOf(group).map((l) => l.map((s) => s.text.trim()).join(' '));
    out.push({ top: Math.min(...group.map((s) => s.y)), left: Math.min(...group.map((s) => s.x)), block: { kind: 'paragraph', text: lines.join('\n'), prov: { page: pageNo, box: boxOf(group) } } });
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  // The table runs on if it is the last thing on the page (page furniture aside).
  const last = [...out].reverse().find((o) => o.block.role === undefined || o.block.role === 'content');
  const lastTable = tables.find((t) => last && last.block.kind === 'table' && t.box.y === last.top);
  return { blocks: out.map((o) => o.block), carry: lastTable ? lastTable.layout : null };
}
