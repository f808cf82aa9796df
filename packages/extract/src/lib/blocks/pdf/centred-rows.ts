/**
 * Rows of a table whose cells are centred in their rows: lines of different rows interleave, so cells are made
 * column by column (centredCells), or a row's first lines printed above its figures' line join it (centredRows).
 */
import type { Seg } from './geometry';

/**
 * A table whose cells are centred in their rows and whose tallest cells are text (comments of several lines):
 * lines of different rows interleave, so cells are made column by column. Each column's runs are cut into
 * blocks where a gap wider than a line's spacing falls, and each block goes to the row whose figures' line is
 * nearest its middle. Only where the table shows it: lines of two columns or more before the first line of
 * figures (cells at the top start level with their row's figures; a group row wrapped in its one column is
 * no sign). Null otherwise.
 */
export function centredCells(rows: { lines: Seg[][]; group?: number }[], startsRow: (line: Seg[]) => boolean, colOf: (s: Seg) => number, columns: number, atPageTop: boolean): Seg[][][] | null {
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
export function centredRows(rows: { lines: Seg[][]; group?: number }[], startsRow: (line: Seg[]) => boolean, cellCount: (row: { lines: Seg[][] }) => number, atPageTop: boolean): void {
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
