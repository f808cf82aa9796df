/**
 * A PDF table's rows: the lines under its headings grouped into rows (wrapped cells joined, group rows kept
 * apart), and the rows at the top of a page that go on with the previous page's table.
 */
import { headerRoles, sectionLabel } from '../../vocabulary';
import { vocabulary } from '../../lexicon';
import { boxOf, linesOf, type Seg } from './geometry';
import { cellText, isHeaderCell, isValueCell, textColumn, type PdfTable, type TableLayout } from './table-cells';

/**
 * Group the lines under a heading into rows. A grid row starts at a line that holds a value in a column
 * other than the first (wrapped text continues the row above); summary rows are one line each; key rows
 * start at text in the first column.
 */
export function collectRows(segs: Seg[], layout: TableLayout, top: number): Seg[][][] {
  const { bounds, kind } = layout;
  const lines = linesOf(segs.filter((s) => s.x >= bounds[0].lo - 2 && s.x < bounds[bounds.length - 1].hi));
  const colOf = columnFinder(layout, lines);
  const rows: Seg[][][] = [];
  let lastBottom = top;
  const rowHeight = lines[0]?.[0].h ?? 0;
  // How wide each column's text runs on lines that hold a row's figures: where its lines wrap.
  const widest = bounds.map(() => 0);
  for (const line of lines) if (new Set(line.map(colOf)).size > 1) for (const s of line) if (colOf(s) >= 0) widest[colOf(s)] = Math.max(widest[colOf(s)], s.w);
  const figuresOf = (line: Seg[]) => line.filter((s) => colOf(s) > 0 && isValueCell(s.text)).length;
  const startsRow = (line: Seg[]) => figuresOf(line) >= 2 || (figuresOf(line) === 1 && (line.some((s) => colOf(s) === 0) || bounds.length <= 3));
  for (const [i, line] of lines.entries()) {
    const gap = line[0].y - lastBottom;
    if (gap > line[0].h * 2.6) break;
    // A group row may reach across the columns: it belongs to the column it starts in.
    const groupCol = kind === 'grid' && rows.length > 0 && line.length === 1 ? bounds.findIndex((b) => line[0].x >= b.lo - 4 && line[0].x < b.hi) : -1;
    if (groupCol >= 0 && lines[i + 1] !== undefined && startsRow(lines[i + 1]) && !startsRow(line) && isGroupLine(line[0], rows[rows.length - 1][groupCol], widest[groupCol], bounds[groupCol])) {
      const cells: Seg[][] = bounds.map(() => []);
      cells[groupCol].push(line[0]);
      rows.push(cells);
      lastBottom = line[0].y + line[0].h;
      continue;
    }
    if (line.some((s) => colOf(s) < 0)) break;
    // A second heading row ends the table; 'Baseline' or 'Status' printed as values do not.
    if (line.filter((s) => isHeaderCell(s.text) && headerRoles(s.text)?.length && !isValueCell(s.text)).length >= 2 && rows.length) break;
    // A section label under the table ('Remedial actions'), a heading printed larger, or a 'Label: value'
    // line starts the card's text, not a wrapped cell.
    if (rows.length && line.length === 1 && sectionLabel(line[0].text.trim()) !== null) break;
    if (rows.length && Math.abs(line[0].h - rowHeight) > rowHeight * 0.12) break;
    if (rows.length && line.every((s) => colOf(s) === 0) && /^[A-Za-z][A-Za-z ]{1,30}:\s*\S/.test(line[0].text.trim())) break;
    // A wrapped name may end in a figure ('per' / '10,000'): a new row shows two figures, or one beside a first-column cell.
    const hasValue = startsRow(line);
    const cells: Seg[][] = bounds.map(() => []);
    for (const s of line) cells[colOf(s)].push(s);
    if (!rows.length || (kind === 'summary' ? true : kind === 'key' ? cells[0].length > 0 : hasValue)) rows.push(cells);
    else rows[rows.length - 1].forEach((c, i) => c.push(...cells[i]));
    lastBottom = Math.max(...line.map((s) => s.y + s.h));
    if (layout.oneRow) break;
  }
  return rows;
}

/**
 * Which column a run belongs to. A run under exactly one heading is that heading's (headings centred over
 * wider cells, a wide last column); a run in the gap between two headings is the left one's where headings
 * are printed at their columns' left edges (numbers right-aligned in their cells), else the nearer one's;
 * otherwise the spans between headings decide (-1: outside the table).
 */
function columnFinder(layout: TableLayout, lines: Seg[][]): (s: Seg) => number {
  const { bounds, spans } = layout;
  const byBounds = (s: Seg) => bounds.findIndex((b) => s.x + s.w / 2 >= b.lo && s.x + s.w / 2 < b.hi && s.x >= b.lo - 4);
  if (!spans || spans.length !== bounds.length) return byBounds;
  const body = lines.filter((l) => l.length > 1).flat();
  const leftAligned = body.some((s) => Math.abs(s.x - spans[0].x0) < 1.5) && body.every((s) => s.x >= spans[0].x0 - 1.5);
  return (s: Seg) => {
    const old = byBounds(s);
    const x1 = s.x + s.w;
    const under = spans.flatMap((sp, i) => (Math.min(x1, sp.x1 + 1) - Math.max(s.x, sp.x0 - 1) > 0 ? [i] : []));
    if (under.length === 1) return under[0];
    if (under.length > 1) return old;
    const right = spans.findIndex((sp) => sp.x0 > x1);
    if (right <= 0) return old;
    if (leftAligned) return right - 1;
    if (old >= 0) return old;
    const centre = s.x + s.w / 2;
    const dist = (i: number) => Math.abs((spans[i].x0 + spans[i].x1) / 2 - centre);
    return dist(right - 1) <= dist(right) ? right - 1 : right;
  };
}

/**
 * A group row between a table's rows ('Customer Services' over the service's KPIs): one run of words in one
 * column, just before a row begins, that cannot be the row above wrapping — that cell is empty or ended lines
 * above, the line reaches into the next column, or its first word would have fitted on the cell's last line.
 */
function isGroupLine(seg: Seg, cell: Seg[], widest: number, bounds: { lo: number; hi: number }): boolean {
  // A group's name begins with a capital; a wrapped name's last line mostly does not.
  if (isValueCell(seg.text) || !/^[A-Z0-9]/.test(seg.text.trim())) return false;
  // Text reaching into the next column spans the table: a cell's wrapped line stays in its column.
  if (!cell.length || seg.x + seg.w > bounds.hi + 1) return true;
  const last = linesOf(cell).pop()!;
  // A cell's lines follow one another: a line further below its last one, other columns' lines between, is not its.
  if (seg.y - Math.max(...last.map((s) => s.y + s.h)) > seg.h * 1.2) return true;
  const lastRight = Math.max(...last.map((s) => s.x + s.w));
  const text = seg.text.trim();
  const firstWord = text.split(/\s+/)[0];
  const charWidth = seg.w / Math.max(1, text.length);
  // Widths are estimated from the average letter: keep a letter's slack so a wrapped line is never cut.
  return lastRight - Math.min(...last.map((s) => s.x)) + charWidth * (firstWord.length + 2) <= widest;
}

/** Rows at the top of a page that continue the table the previous page ended with. */
export function continueTable(segs: Seg[], used: Set<Seg>, layout: TableLayout): PdfTable | null {
  const free = segs.filter((s) => !used.has(s));
  if (!free.length) return null;
  const top = Math.min(...free.map((s) => s.y));
  const rows = collectRows(free, layout, top);
  // Only rows with values count: a heading or paragraph at the top of the page is not a continuation.
  const valued = (r: Seg[][]) => r.slice(1).some((c) => c.some((s) => isValueCell(s.text)));
  // A row broken by the page: its last lines come first, at the rows' size, in its text columns only (a
  // name or comments column); alone, in two such columns or a comments column (a paragraph at the margin is not one).
  const first = rows[0];
  const sameSize = !!first && first.flat().every((s) => !layout.rowHeight || Math.abs(s.h - layout.rowHeight) <= layout.rowHeight * 0.12);
  const inColumns = (r: Seg[][], ok: (i: number) => boolean) => r.every((c, i) => !c.length || ok(i));
  const textCells = first ? first.filter((c) => c.length).length : 0;
  const tail = !layout.open && first && !valued(first) && sameSize && (rows.length > 1 || textCells > 1 ? inColumns(first, (i) => textColumn(layout.header[i])) : inColumns(first, (i) => vocabulary().sectionOf(layout.header[i]) !== null)) ? first : null;
  const body = tail ? rows.slice(1) : rows;
  // A group row ('Adult Social Care': words in one text column) may stand among the rows, before valued ones.
  const groupRow = (r: Seg[][], i: number) => r.filter((c) => c.length).length === 1 && r.every((c, k) => !c.length || textColumn(layout.header[k])) && body.slice(i + 1).some(valued);
  if ((!tail && !body.length) || !body.every((r, i) => valued(r) || groupRow(r, i))) return null;
  const all = rows.flat(2);
  return { rows: [layout.header, ...rows.map((r) => r.map(cellText))], segs: all, box: boxOf(all), layout, continuesRow: tail !== null };
}
