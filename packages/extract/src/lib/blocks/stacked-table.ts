/**
 * Tables a copy flattened to one cell per line. A web page's table pasted as text gives its headings one per
 * line, then each row's cells in turn (row by row); plain `pdftotext` gives each column in turn, its heading
 * then its cells, columns apart by a blank line. Read only under headings the vocabulary names, and only
 * while every value column's cells are values: prose, or cells a copy has shifted, end the table instead of
 * filling it with the wrong figures.
 */
import type { LineTable } from './columns';
import { tidy } from './builder';
import { headerRoles, isNoFigure, isRagHeading, ragWord } from '../vocabulary';
import { vocabulary } from '../lexicon';
import { isNamedHeading, isValueCell } from './cell-kinds';

/** Fewest headings a flattened table has: a name or reference and two figures, or three figures. */
const FEWEST_COLUMNS = 3;

/** What a column's cells must be: figures, ratings, the KPIs' names or references, or any words (comments, change words). */
type CellKind = 'figure' | 'rating' | 'name' | 'words';

/** The kind of cells a heading's column holds: by the field it names; a period alone ('Q1', '2024/25') heads figures. */
function kindOf(heading: string): CellKind {
  if (isRagHeading(heading)) return 'rating';
  const roles = headerRoles(heading)?.map((r) => r.role) ?? [];
  if (roles.length === 1 && (roles[0] === 'change' || roles[0] === 'direction')) return 'words';
  if (roles.length) return 'figure';
  const v = vocabulary();
  const column = v.scorecardColumnOf(heading);
  if (column === 'name' || column === 'ref') return 'name';
  if (column !== null || v.columnSectionOf(heading) !== null) return 'words';
  return 'figure';
}

/**
 * Does a cell fit its column? A figure column takes figures or a missing figure's words, a rating column
 * only ratings, a name column no value; another table's headings fit none. Strict, so that cells a copy
 * shifted (an empty cell dropped) end the table rather than fill it.
 */
function fits(cell: string, kind: CellKind): boolean {
  const t = cell.trim();
  if (!t) return true;
  if (kind === 'figure') return isValueCell(t) || isNoFigure(t);
  if (kind === 'rating') return ragWord(t, true) !== null || isNoFigure(t);
  if (kind === 'name') return !isValueCell(t) && !isNamedHeading(t);
  return !isNamedHeading(t);
}

/**
 * A row's cells fit their columns, and a rating printed in a figure column ('Baseline' as a target) stands in
 * a row whose rating column holds a rating too: a row shifted by a dropped cell puts ratings under figures
 * and a name under the rating.
 */
function rowFits(cells: string[], kinds: CellKind[]): boolean {
  if (!cells.every((c, n) => fits(c, kinds[n]))) return false;
  const ratingUnderFigure = cells.some((c, n) => kinds[n] === 'figure' && c.trim() && ragWord(c.trim()) !== null);
  return !ratingUnderFigure || cells.some((c, n) => kinds[n] === 'rating' && ragWord(c.trim(), true) !== null);
}

/** A column of words (names, comments), not of figures or ratings. */
const wordy = (kind: CellKind) => kind === 'words' || kind === 'name';

/** The headings are a table's: enough of them, and at least one names a figure or a rating. */
const isTableHead = (headings: string[]) => headings.length >= FEWEST_COLUMNS && headings.some((h) => !wordy(kindOf(h)));

/** A heading at line `j`: the line, or it and the next where a narrow column wrapped it ('Direction of' / 'travel'). */
function headingAt(lines: string[], j: number): { heading: string; next: number } | null {
  const line = lines[j]?.trim();
  if (!line) return null;
  if (isNamedHeading(line)) return { heading: tidy(line), next: j + 1 };
  // A heading's two halves are short (and only short lines are worth the vocabulary's test).
  const next = lines[j + 1]?.trim() ?? '';
  if (!next || line.length > 40 || next.length > 30) return null;
  const two = `${line} ${next}`;
  return isNamedHeading(two) && !isNamedHeading(next) ? { heading: tidy(two), next: j + 2 } : null;
}

/** The run of headings from line `i`, and the line after them. */
function headingRun(lines: string[], i: number): { header: string[]; next: number } {
  const header: string[] = [];
  let j = i;
  for (let h = headingAt(lines, j); h; h = headingAt(lines, j)) {
    header.push(h.heading);
    j = h.next;
  }
  return { header, next: j };
}

/** Headings one per line, then rows of as many lines each (a web page copied as text); null if none fits. */
export function rowStackedTableAt(lines: string[], i: number): LineTable | null {
  const { header, next } = headingRun(lines, i);
  if (!isTableHead(header)) return null;
  const kinds = header.map(kindOf);
  const k = header.length;
  const rows: string[][] = [header];
  const rowLines: number[] = [i];
  let at = next;
  // An empty cell is an empty line; a row has a figure or a rating, and its name where the table has one.
  const named = kinds.some(wordy);
  const printed = (cells: string[], words: boolean) => cells.some((c, n) => c.trim() && wordy(kinds[n]) === words);
  while (at + k <= lines.length) {
    const cells = lines.slice(at, at + k);
    if (!rowFits(cells, kinds) || !printed(cells, false) || (named && !printed(cells, true))) break;
    rows.push(cells.map((c) => tidy(c)));
    rowLines.push(at);
    at += k;
  }
  return rows.length > 1 ? { start: i, end: at, rows, rowLines } : null;
}

/** One column as printed: its heading line, its cells' lines. */
interface StackedColumn {
  heading: string;
  cells: { text: string; line: number }[];
}

/**
 * Columns one after another, each a heading line and its cells, a blank line between (plain pdftotext). An
 * empty cell prints nothing and a wrapped one prints two lines, so a column's cells line up with the rows only
 * when it has as many as most columns: the others are left blank rather than matched to the wrong rows.
 */
export function columnStackedTableAt(lines: string[], i: number): LineTable | null {
  const columns: StackedColumn[] = [];
  let j = i;
  for (let h = headingAt(lines, j); h; h = headingAt(lines, j)) {
    const column: StackedColumn = { heading: h.heading, cells: [] };
    for (j = h.next; j < lines.length && lines[j].trim(); j++) column.cells.push({ text: tidy(lines[j]), line: j });
    if (!column.cells.length) break;
    columns.push(column);
    while (j < lines.length && !lines[j].trim()) j++;
  }
  if (columns.length < 2 || !isTableHead(columns.map((c) => c.heading))) return null;
  const kinds = columns.map((c) => kindOf(c.heading));
  // One row is a card's labels over their values, which the pair reader takes ('Target' / '90%').
  const n = rowCount(columns.map((c) => c.cells.length));
  if (n < 2) return null;
  const aligned = columns.map((c, m) => (c.cells.length === n && c.cells.every((cell) => kinds[m] === 'words' || fits(cell.text, kinds[m])) ? c.cells : null));
  // Columns after the last that lines up are the text that follows the table ('Commentary' and its lines).
  while (aligned.length && !aligned[aligned.length - 1]) aligned.pop();
  if (!aligned.some((c, m) => c && !wordy(kinds[m]))) return null;
  const kept = columns.slice(0, aligned.length);
  const lead = aligned.find((c) => c !== null)!;
  const last = kept[kept.length - 1].cells;
  const rows = [kept.map((c) => c.heading), ...lead.map((_, r) => aligned.map((c) => c?.[r].text ?? ''))];
  return { start: i, end: last[last.length - 1].line + 1, rows, rowLines: [i, ...lead.map((c) => c.line)] };
}

/** The number of rows: the count most columns share (the larger on a tie). */
function rowCount(counts: number[]): number {
  const tally = new Map<number, number>();
  for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
}

/** A flattened table starting at line `i`: row by row or column by column; null if neither reads. */
export function stackedTableAt(lines: string[], i: number): LineTable | null {
  return columnStackedTableAt(lines, i) ?? rowStackedTableAt(lines, i);
}
