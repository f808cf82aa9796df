/** Rows at the top of a page that go on with the table the previous page ended with. */
import { vocabulary } from '../../lexicon';
import { boxOf, type Seg } from './geometry';
import { collectRows } from './table-rows';
import { cellText, ragHoles, textColumn, type PdfTable, type TableLayout } from './table-cells';
import { isValueCell } from '../cell-kinds';

/**
 * Only rows with values count: a heading or paragraph at the top of the page is not a continuation. A word of a
 * comment that reads as a value ('same', 'nil') is no figure: only figures' columns count.
 */
const valued = (r: Seg[][], header: string[]) => r.some((c, i) => i > 0 && !textColumn(header[i]) && c.some((s) => isValueCell(s.text)));

/**
 * A row broken by the page: its last lines come first, at the rows' size, in its text columns only (a name
 * or comments column); alone, in two such columns or a comments column (a paragraph at the margin is not one).
 * The first of `rows` when it is such a tail, else null.
 */
export function overleafTail(rows: Seg[][][], layout: TableLayout): Seg[][] | null {
  const first = rows[0];
  const sameSize = !!first && first.flat().every((s) => !layout.rowHeight || Math.abs(s.h - layout.rowHeight) <= layout.rowHeight * 0.12);
  const inColumns = (r: Seg[][], ok: (i: number) => boolean) => r.every((c, i) => !c.length || ok(i));
  const textCells = first ? first.filter((c) => c.length).length : 0;
  return !layout.open && first && !valued(first, layout.header) && sameSize && (rows.length > 1 || textCells > 1 ? inColumns(first, (i) => textColumn(layout.header[i])) : inColumns(first, (i) => vocabulary().sectionOf(layout.header[i]) !== null)) ? first : null;
}

/** Rows at the top of a page that continue the table the previous page ended with. */
export function continueTable(segs: Seg[], used: Set<Seg>, layout: TableLayout): PdfTable | null {
  const free = segs.filter((s) => !used.has(s));
  if (!free.length) return null;
  const top = Math.min(...free.map((s) => s.y));
  const rows = collectRows(free, layout, top, true);
  const tail = overleafTail(rows, layout);
  const body = tail ? rows.slice(1) : rows;
  // A group row ('Adult Social Care': words in the first column or one text column) may stand among the rows,
  // before valued ones.
  const groupRow = (r: Seg[][], i: number) => r.filter((c) => c.length).length === 1 && r.every((c, k) => !c.length || k === 0 || textColumn(layout.header[k])) && body.slice(i + 1).some((b) => valued(b, layout.header));
  if ((!tail && !body.length) || !body.every((r, i) => valued(r, layout.header) || groupRow(r, i))) return null;
  const all = rows.flat(2);
  const holes = layout.spans ? ragHoles(rows, layout.spans, layout.header, layout.bounds, tail ? 1 : 0) : [];
  return { rows: [layout.header, ...rows.map((r) => r.map(cellText))], segs: all, box: boxOf(all), layout, continuesRow: tail !== null, holes };
}
