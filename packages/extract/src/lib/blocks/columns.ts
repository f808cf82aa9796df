/**
 * Column geometry of monospaced text tables: dashed rules, runs of text, and splitting a line into
 * cells by character position (pandoc's rule: a column runs from the start of its dashes to the start
 * of the next column's dashes).
 */

/** A column's dashes (or header text) as a character range [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A table found in a run of lines: 0-based first line, end (exclusive), its rows of cells and each row's first line. */
export interface LineTable {
  start: number;
  end: number;
  rows: string[][];
  rowLines: number[];
}

/** A rule line: only dashes or equals signs (and spaces); returns its runs of dashes, else null. */
export function ruleSegments(line: string): Span[] | null {
  if (!line.trim() || /[^-= \t]/.test(line)) return null;
  const segs = runs(line, (c) => c === '-' || c === '=');
  const dashes = segs.reduce((n, s) => n + s.end - s.start, 0);
  // `- - -` is a markdown thematic break, not a column rule.
  if (dashes < 3 || !segs.some((s) => s.end - s.start >= 3)) return null;
  return segs;
}

/** Runs of characters accepted by `keep`, as ranges. */
function runs(line: string, keep: (c: string) => boolean): Span[] {
  const out: Span[] = [];
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    const on = i < line.length && keep(line[i]);
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      out.push({ start, end: i });
      start = -1;
    }
  }
  return out;
}

/** Runs of text separated by two or more spaces (a single space stays inside a cell). */
export function chunks(line: string): Span[] {
  const words = runs(line, (c) => c !== ' ' && c !== '\t');
  const out: Span[] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (last && w.start - last.end < 2 && line[last.end] !== '\t') last.end = w.end;
    else out.push({ ...w });
  }
  return out;
}

/** Does a line's every chunk sit under at most one column's dashes? (Prose across the columns does not.) */
export function fitsColumns(line: string, cols: Span[]): boolean {
  const cs = chunks(line);
  return cs.length > 0 && cs.every((c) => cols.filter((col) => c.start < col.end && col.start < c.end).length <= 1);
}

/** Index of the column a character range belongs to: the one under whose dashes it sits, else pandoc's extent. */
function columnOf(c: Span, cols: Span[]): number {
  const under = cols.findIndex((col) => c.start < col.end && col.start < c.end);
  if (under >= 0) return under;
  let i = 0;
  while (i + 1 < cols.length && c.start >= cols[i + 1].start) i++;
  return i;
}

/**
 * Cells of one line under the given columns. Whole chunks go to one column unless `byWord` (pandoc
 * multiline tables, whose columns may be one space apart); a column with no text stays an empty cell.
 */
export function splitByColumns(line: string, cols: Span[], byWord = false): string[] {
  const cells: string[][] = cols.map(() => []);
  const parts = byWord ? runs(line, (c) => c !== ' ' && c !== '\t') : chunks(line);
  for (const p of parts) cells[columnOf(p, cols)].push(line.slice(p.start, p.end));
  return cells.map((c) => c.join(' ').replace(/\s+/g, ' ').trim());
}
