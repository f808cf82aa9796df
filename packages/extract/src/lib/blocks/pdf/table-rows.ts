/**
 * A PDF table's rows: the lines under its headings grouped into rows (wrapped cells joined, group rows kept
 * apart). The rows at the top of a page that go on with the previous page's table: table-overleaf.ts.
 */
import { headerRoles, sectionLabel } from '../../vocabulary';
import { linesOf, type Seg } from './geometry';
import { endsFigures, isHeaderCell, type TableLayout } from './table-cells';
import { isValueCell } from '../cell-kinds';

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
  let skipTo = -1;
  for (const [i, line] of lines.entries()) {
    if (i <= skipTo) continue;
    const gap = line[0].y - lastBottom;
    if (gap > line[0].h * 2.6) break;
    // A group row may reach across the columns: it belongs to the column it starts in. Typed into a narrow
    // first cell, it wraps there ('Waste and' / 'Recycling'): its lines run on alone in that column.
    const groupCol = kind === 'grid' && rows.length > 0 && line.length === 1 ? bounds.findIndex((b) => line[0].x >= b.lo - 4 && line[0].x < b.hi) : -1;
    let end = i;
    while (groupCol >= 0 && end - i < 2 && lines[end + 1]?.length === 1 && Math.abs(lines[end + 1][0].x - line[0].x) < 2 && !startsRow(lines[end + 1]) && !isValueCell(lines[end + 1][0].text)) end++;
    if (groupCol >= 0 && lines[end + 1] !== undefined && startsRow(lines[end + 1]) && !startsRow(line) && isGroupLine(line[0], cellsOf(rows[rows.length - 1])[groupCol], widest[groupCol], bounds[groupCol])) {
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
 * A table whose cells are centred in their rows and whose tallest cells are text (comments of several lines):
 * lines of different rows interleave, so cells are made column by column. Each column's runs are cut into
 * blocks where a gap wider than a line's spacing falls, and each block goes to the row whose figures' line is
 * nearest its middle. Only where the table shows it: lines of two columns or more before the first line of
 * figures (cells at the top start level with their row's figures; a group row wrapped in its one column is
 * no sign). Null otherwise.
 */
function centredCells(rows: { lines: Seg[][]; group?: number }[], startsRow: (line: Seg[]) => boolean, colOf: (s: Seg) => number, columns: number, atPageTop: boolean): Seg[][][] | null {
  const lines = rows.flatMap((r) => r.lines);
  if (atPageTop || !lines.length) return null;
  // The line spacing of a cell's text: consecutive runs of one column, as close as they come.
  const steps = Array.from({ length: columns }, (_, c) => lines.flat().filter((s) => colOf(s) === c).sort((a, b) => a.y - b.y)).flatMap((col) => col.slice(1).map((s, i) => s.y - col[i].y));
  const pitch = Math.min(...steps.filter((d) => d > 1), lines[0][0].h * 1.6);
  // A group row stands apart in its column; a line taken for one that its column's text runs on from is a cell's.
  const isolated = (r: { lines: Seg[][]; group?: number }) => {
    const seg = r.lines[0][0];
    return !lines.flat().some((s) => s !== seg && colOf(s) === r.group && Math.abs(s.y - seg.y) <= pitch * 1.4);
  };
  if (rows.some((r) => r.group !== undefined && isolated(r))) return null;
  const firstAnchor = lines.findIndex(startsRow);
  const before = lines.slice(0, Math.max(0, firstAnchor));
  if (firstAnchor < 0 || new Set(before.flat().map(colOf)).size < 2) return null;
  const anchors = lines.filter(startsRow).map((l) => (Math.min(...l.map((s) => s.y)) + Math.max(...l.map((s) => s.y + s.h))) / 2);
  const out: Seg[][][] = anchors.map(() => Array.from({ length: columns }, () => []));
  for (let c = 0; c < columns; c++) {
    const segs = lines.flat().filter((s) => colOf(s) === c).sort((a, b) => a.y - b.y);
    let block: Seg[] = [];
    const flush = () => {
      if (!block.length) return;
      const middle = (block[0].y + block[block.length - 1].y + block[block.length - 1].h) / 2;
      const row = anchors.reduce((best, y, i) => (Math.abs(y - middle) < Math.abs(anchors[best] - middle) ? i : best), 0);
      out[row][c].push(...block);
      block = [];
    };
    for (const s of segs) {
      if (block.length && s.y - block[block.length - 1].y > pitch * 1.4) flush();
      block.push(s);
    }
    flush();
  }
  return out;
}


/**
 * Cells printed centred or at the foot of their rows (browsers centre them, spreadsheets put them at the
 * foot): a wrapped name's lines stand above or around the line with the row's figures. Lines of text without
 * figures go with the row whose lines they are nearer: a row's last lines of text move on to the next row when
 * nearer to it, and a row of text alone joins the row under it when nearer to it than to the row above. The
 * first row has no row above: it joins only where it holds two cells (a reference and a name), the next row's
 * figures overlap it or its text goes on below them, or other rows showed the table so printed; a group row under the headings, or a row's tail overleaf (`atPageTop`), stays.
 * Where rows are printed line after line at one pitch nothing moves (cells at the top, as Word prints them).
 */
function centredRows(rows: { lines: Seg[][]; group?: number }[], startsRow: (line: Seg[]) => boolean, cellCount: (row: { lines: Seg[][] }) => number, atPageTop: boolean): void {
  const top = (line: Seg[]) => Math.min(...line.map((s) => s.y));
  const bottom = (line: Seg[]) => Math.max(...line.map((s) => s.y + s.h));
  const valued = (row: { lines: Seg[][] }) => row.lines.some(startsRow);
  const joins = (r: number) => rows[r].group === undefined && rows[r + 1].group === undefined && valued(rows[r + 1]);
  let shown = false;
  // A line taken for a group row that the next row's figures overlap is a centred name's first line.
  rows.forEach((row, r) => {
    const next = rows[r + 1];
    if (row.group !== undefined && next?.group === undefined && next && valued(next) && top(next.lines[0]) < bottom(row.lines[0]) - 0.5) (delete row.group, (shown = true));
  });
  // So is one a cell's line spacing above the next row's text, far from the row above, where the table shows
  // its cells centred: the first row's text starts above its figures, and this row's goes on below them.
  const lineGaps = rows.flatMap((row) => row.lines.slice(1).map((line, k) => top(line) - bottom(row.lines[k])));
  const lineGap = lineGaps.length ? Math.min(...lineGaps) : null;
  if (lineGap !== null && rows[0].group === undefined && !valued(rows[0]))
    rows.forEach((row, r) => {
      const next = rows[r + 1];
      if (r === 0 || row.group === undefined || !next || next.group !== undefined || !valued(next) || startsRow(next.lines[next.lines.length - 1])) return;
      const below = top(next.lines[0]) - bottom(row.lines[0]);
      const above = top(row.lines[0]) - bottom(rows[r - 1].lines[rows[r - 1].lines.length - 1]);
      const edge = row.lines[0][0].x;
      const sameColumn = next.lines.slice(1).some((line) => line.some((s) => Math.abs(s.x - edge) < 2));
      if (below <= lineGap + 0.5 && below < above - 1.5 && sameColumn) (delete row.group, (shown = true));
    });
  for (let r = 0; r + 1 < rows.length; r++) {
    const row = rows[r];
    if (!joins(r) || !valued(row)) continue;
    while (row.lines.length > 1 && !startsRow(row.lines[row.lines.length - 1])) {
      const last = row.lines[row.lines.length - 1];
      if (!(top(rows[r + 1].lines[0]) - bottom(last) < top(last) - bottom(row.lines[row.lines.length - 2]) - 1.5)) break;
      rows[r + 1].lines.unshift(row.lines.pop()!);
      shown = true;
    }
  }
  const gapBelow = (r: number) => top(rows[r + 1].lines[0]) - bottom(rows[r].lines[rows[r].lines.length - 1]);
  const join = (r: number) => {
    rows[r + 1].lines.unshift(...rows[r].lines);
    rows.splice(r, 1);
  };
  for (let r = rows.length - 2; r >= 1; r--) {
    if (!joins(r) || valued(rows[r])) continue;
    const above = top(rows[r].lines[0]) - bottom(rows[r - 1].lines[rows[r - 1].lines.length - 1]);
    if (gapBelow(r) < above - 1.5) (join(r), (shown = true));
  }
  // The next row's text going on below its figures, and its first text at the first row's left edge in lower
  // case (a wrapped line, not a KPI's name under a group's): the cell is centred round the figures.
  const around = () => {
    const edge = rows[0].lines[0][0].x;
    const first = rows[1].lines.flat().find((a) => Math.abs(a.x - edge) < 2);
    return !startsRow(rows[1].lines[rows[1].lines.length - 1]) && first !== undefined && /^[a-z]/.test(first.text.trim());
  };
  if (rows.length > 1 && joins(0) && !valued(rows[0]) && !atPageTop && (shown || cellCount(rows[0]) >= 2 || gapBelow(0) < -0.5 || around()) && gapBelow(0) < rows[0].lines[0][0].h * 1.5) join(0);
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

