/**
 * A PDF table's rows: the lines under its headings grouped into rows (wrapped cells joined, group rows kept
 * apart). The rows at the top of a page that go on with the previous page's table: table-overleaf.ts; rows
 * of centred cells: centred-rows.ts.
 */
import { headerRoles, sectionLabel } from '../../vocabulary';
import { linesOf, type Seg } from './geometry';
import { endsFigures, isHeaderCell, textColumn, type TableLayout } from './table-cells';
import { isValueCell } from '../cell-kinds';
import { vocabulary } from '../../lexicon';
import { centredCells, centredRows } from './centred-rows';

/** A figure alone, without its unit ('31.0'), and a unit alone ('days'): the two halves of a value wrapped in its cell. */
const BARE_FIGURE = /^-?[£$]?\d[\d,]*(?:\.\d+)?$/;
const UNIT_WORD = /^(?:days?|hours?|hrs?|weeks?|mins?|minutes?|months?|per\s*cent|%)$/i;

/**
 * Group the lines under a heading into rows. A grid row starts at a line that holds a value in a column
 * other than the first (wrapped text continues the row above, unless the cells are centred: centredRows);
 * summary rows are one line each; key rows start at text in the first column. `atPageTop`: the lines go on
 * from the previous page's table.
 */
export function collectRows(segs: Seg[], layout: TableLayout, top: number, atPageTop = false): Seg[][][] {
  const { bounds, kind } = layout;
  const lines = linesOf(segs.filter((s) => s.x >= bounds[0].lo - 2 && s.x < bounds[bounds.length - 1].hi));
  // Each run's column is asked for several times over (per line, per figure, per cell): worked out once.
  const findColumn = columnFinder(layout, lines);
  const columnOf = new Map<Seg, number>();
  const colOf = (s: Seg) => {
    let c = columnOf.get(s);
    if (c === undefined) columnOf.set(s, (c = findColumn(s)));
    return c;
  };
  // Each row's lines as printed (a group row's one line in the column it starts in), cut into cells at the end.
  const rows: { lines: Seg[][]; group?: number }[] = [];
  let lastBottom = top;
  const rowHeight = lines[0]?.[0].h ?? 0;
  const cellsOf = (row: { lines: Seg[][]; group?: number }): Seg[][] => {
    const cells: Seg[][] = bounds.map(() => []);
    for (const line of row.lines) for (const s of line) cells[row.group ?? colOf(s)].push(s);
    return cells;
  };
  // How wide each column's text runs on lines that hold a row's figures: where its lines wrap.
  const widest = bounds.map(() => 0);
  for (const line of lines) if (new Set(line.map(colOf)).size > 1) for (const s of line) if (colOf(s) >= 0) widest[colOf(s)] = Math.max(widest[colOf(s)], s.w);
  const figuresOf = (line: Seg[]) => line.filter((s) => colOf(s) > 0 && isValueCell(s.text)).length;
  const startsRow = (line: Seg[]) => figuresOf(line) >= 2 || (figuresOf(line) === 1 && (line.some((s) => colOf(s) === 0) || bounds.length <= 3));
  const codesFirst = vocabulary().scorecardColumnOf(layout.header[0] ?? '') === 'ref';
  let skipTo = -1;
  for (const [i, line] of lines.entries()) {
    if (i <= skipTo) continue;
    const gap = line[0].y - lastBottom;
    if (gap > line[0].h * 2.6) break;
    // A group row may reach across the columns: it belongs to the column it starts in. Typed into a first
    // column of codes ('Ref'), it wraps there ('Waste and' / 'Recycling'): its lines run on alone in that column
    // (a wide column of names wraps names that way, so only a column of codes).
    const groupCol = kind === 'grid' && rows.length > 0 && line.length === 1 ? bounds.findIndex((b) => line[0].x >= b.lo - 4 && line[0].x < b.hi) : -1;
    let end = i;
    while (groupCol === 0 && codesFirst && end - i < 2 && lines[end + 1]?.length === 1 && Math.abs(lines[end + 1][0].x - line[0].x) < 2 && !startsRow(lines[end + 1]) && !isValueCell(lines[end + 1][0].text)) end++;
    if (groupCol >= 0 && lines[end + 1] !== undefined && startsRow(lines[end + 1]) && !startsRow(line) && isGroupLine(line[0], cellsOf(rows[rows.length - 1])[groupCol], widest[groupCol], reachOf(layout, groupCol))) {
      const group = lines.slice(i, end + 1);
      rows.push({ lines: group, group: groupCol });
      lastBottom = Math.max(...group.flat().map((s) => s.y + s.h));
      skipTo = end;
      continue;
    }
    // A group row right under the headings may lie across columns: it belongs to the column it starts in.
    if (!rows.length && kind === 'grid' && line.length === 1 && colOf(line[0]) < 0 && lines[i + 1] && startsRow(lines[i + 1]) && /^[A-Z]/.test(line[0].text.trim())) {
      const col = bounds.findIndex((b) => line[0].x >= b.lo - 4 && line[0].x < b.hi);
      if (col >= 0) {
        rows.push({ lines: [line], group: col });
        lastBottom = line[0].y + line[0].h;
        continue;
      }
    }
    if (line.some((s) => colOf(s) < 0)) break;
    // A second heading row ends the table; 'Baseline' or 'Status' printed as values do not.
    if (line.filter((s) => isHeaderCell(s.text) && headerRoles(s.text)?.length && !isValueCell(s.text)).length >= 2 && rows.length) break;
    // A section label under the table ('Remedial actions'), a heading printed larger, or a 'Label: value'
    // line starts the card's text, not a wrapped cell.
    if (rows.length && line.length === 1 && sectionLabel(line[0].text.trim()) !== null) break;
    if (rows.length && Math.abs(line[0].h - rowHeight) > rowHeight * 0.12) break;
    if (rows.length && line.every((s) => colOf(s) === 0) && /^[A-Za-z][A-Za-z ]{1,30}:\s*\S/.test(line[0].text.trim())) break;
    // A sentence alone reaching past its column into the next heading's is no cell's (a note under the table;
    // a group row's name is no sentence).
    if (rows.length && line.length === 1 && !startsRow(line) && /[.!?]$|^(?:note|source)\b|^\*/i.test(line[0].text.trim()) && colOf(line[0]) >= 0 && colOf(line[0]) < bounds.length - 1 && line[0].x + line[0].w > bounds[colOf(line[0]) + 1].lo + 2 && (layout.spans?.[colOf(line[0]) + 1]?.x0 ?? Infinity) < line[0].x + line[0].w) break;
    // A figure and its unit wrapped in a narrow cell printed centred ('31.0' over 'days'): the figure stands above
    // the row's line, the unit below it, in columns the row's line leaves empty.
    const row = lines[i + 1];
    const units = lines[i + 2];
    const cols = line.map(colOf);
    if (kind === 'grid' && row && units && line.every((s) => BARE_FIGURE.test(s.text.trim())) && row.some((s) => colOf(s) === 0) && startsRow(row) && !row.some((s) => cols.includes(colOf(s))) && units.length === line.length && units.every((s) => UNIT_WORD.test(s.text.trim()) && cols.includes(colOf(s)))) {
      rows.push({ lines: [line, row, units] });
      lastBottom = Math.max(...units.map((s) => s.y + s.h));
      skipTo = i + 2;
      continue;
    }
    // A wrapped name may end in a figure ('per' / '10,000'): a new row shows two figures, or one beside a first-column cell.
    // Nor do the ends of figures wrapped in narrow cells ('£1,240,' over '000'), each under its cut-short start.
    const hasValue = startsRow(line) && !(rows.length && endsFigures(line, rows[rows.length - 1].lines, colOf, layout.header));
    if (!rows.length || (kind === 'summary' ? true : kind === 'key' ? line.some((s) => colOf(s) === 0) : hasValue)) rows.push({ lines: [line] });
    else rows[rows.length - 1].lines.push(line);
    lastBottom = Math.max(...line.map((s) => s.y + s.h));
    if (layout.oneRow) break;
  }
  if (kind === 'grid' && !layout.oneRow) {
    const cells = centredCells(rows, startsRow, colOf, bounds.length, atPageTop);
    if (cells) return cells;
    centredRows(rows, startsRow, (row) => cellsOf(row).filter((c) => c.length).length, atPageTop);
  }
  return rows.map(cellsOf);
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
  const underOf = (s: Seg) => spans.flatMap((sp, i) => (Math.min(s.x + s.w, sp.x1 + 1) - Math.max(s.x, sp.x0 - 1) > 0 ? [i] : []));
  // Where each column's text starts when under its heading alone: a cell's wrapped line starts there too.
  const edges = spans.map(() => new Set<number>());
  for (const s of lines.flat()) {
    const under = underOf(s);
    if (under.length === 1 && !isValueCell(s.text)) edges[under[0]].add(Math.round(s.x));
  }
  return (s: Seg) => {
    const old = byBounds(s);
    const x1 = s.x + s.w;
    const under = underOf(s);
    if (under.length === 1) return under[0];
    if (under.length > 1) return old;
    const right = spans.findIndex((sp) => sp.x0 > x1);
    // Right of the last heading printed at its column's left edge: the last column's figures, right-aligned in
    // a cell wider than its heading ('%' over '50%'), within a column's spacing.
    const last = spans.length - 1;
    if (right < 0 && old < 0 && leftAligned && s.x >= spans[last].x0 && s.x - spans[last].x1 < (spans[last].x0 - spans[0].x0) / Math.max(1, last)) return last;
    if (right <= 0) return old;
    // A short line of a cell whose heading is centred over it ('(thousands)' under 'Indicator').
    if (edges[right].has(Math.round(s.x)) && !edges[right - 1].has(Math.round(s.x))) return right;
    if (leftAligned) return right - 1;
    if (old >= 0) return old;
    const centre = s.x + s.w / 2;
    const dist = (i: number) => Math.abs((spans[i].x0 + spans[i].x1) / 2 - centre);
    return dist(right - 1) <= dist(right) ? right - 1 : right;
  };
}

/**
 * How far a column's own lines reach: to the next column's bound, or for a column of names (words run on
 * toward figures right-aligned in the next) up to that column's heading. A line reaching further spans the table.
 */
function reachOf(layout: TableLayout, col: number): { lo: number; hi: number } {
  const own = layout.bounds[col];
  const next = layout.spans?.[col + 1]?.x0;
  return textColumn(layout.header[col]) && next !== undefined ? { lo: own.lo, hi: Math.max(own.hi, next - 1) } : own;
}

/**
 * A group row between a table's rows ('Customer Services' over the service's KPIs): one run of words in one
 * column, just before a row begins, that cannot be the row above wrapping — that cell is empty or ended lines
 * above, the line reaches into the next column, or its first word would have fitted on the cell's last line.
 */
function isGroupLine(seg: Seg, cell: Seg[], widest: number, bounds: { lo: number; hi: number }): boolean {
  // A group's name begins with a capital, or its number before one ('2. Housing'); a wrapped name's last line
  // mostly does not ('60 seconds' after '… answered within').
  if (isValueCell(seg.text) || !/^(?:[A-Z]|\d+(?:\.\d+)*[.)]?\s+[A-Z])/.test(seg.text.trim())) return false;
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

