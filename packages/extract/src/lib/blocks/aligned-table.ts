import { chunks, fitsColumns, ruleSegments, splitByColumns, type LineTable, type Span } from './columns';
import { isNamedHeading, isValueCell } from './cell-kinds';

const blank = (l: string | undefined) => l === undefined || !l.trim();

/**
 * A table of space-aligned columns with a dashed rule, starting at line `i`:
 * - a header line over a rule with gaps (pandoc simple table) or over one long rule (columns then
 *   come from the header's own text runs), then rows until a blank line, a closing rule or a line
 *   that no longer fits the columns;
 * - a rule with gaps, rows, and a closing rule (pandoc headerless table);
 * - a long rule, header lines, a rule with gaps, rows separated by blank lines, a long rule (pandoc
 *   multiline table; a cell's lines are joined by a space).
 */
export function alignedTableAt(lines: string[], i: number): LineTable | null {
  return underHeader(lines, i) ?? headerless(lines, i) ?? multiline(lines, i) ?? ruleless(lines, i);
}

/**
 * A table of space-aligned columns with no rule at all (what `pdftotext -layout` prints): a header line of
 * three headings or more (words, two spaces or more apart), then two rows or more whose cells begin where the
 * headings begin (at least two of them per row) and fill three cells or more; a line of one cell in between
 * (a name wrapped onto the next line), or of words under a blank first cell, is a row of its own. Stops at a blank line or a misfit.
 */
function ruleless(lines: string[], i: number): LineTable | null {
  const header = lines[i];
  // Not from inside a table of its kind: the line above is no row of columns.
  if (blank(header) || header.includes('\t') || (i > 0 && !blank(lines[i - 1]) && chunks(lines[i - 1]).length >= 3)) return null;
  const cols = chunks(header);
  if (cols.length < 3 || cols.some((c) => !/^[A-Za-z]/.test(header.slice(c.start, c.end)) || c.end - c.start > 40)) return null;
  const starts = new Set(cols.map((c) => c.start));
  const aligned = (line: string) => chunks(line).filter((c) => starts.has(c.start) || starts.has(c.start - 1) || starts.has(c.start + 1)).length;
  const head = splitByColumns(header, cols);
  const more = headingsWrapped(lines[i + 1], cols, head);
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let full = 0;
  for (let j = i + (more ? 2 : 1); j < lines.length && !blank(lines[j]) && !lines[j].includes('\t') && fitsColumns(lines[j], cols); j++) {
    const cells = splitByColumns(lines[j], cols);
    const filled = cells.filter(Boolean).length;
    if (filled >= 3 && aligned(lines[j]) >= 2) full++;
    // A row's wrapped lines: one cell, or words only under the first column's blank (a name and a comment both wrapped).
    else if ((filled !== 1 || aligned(lines[j]) < 1) && (cells[0] || cells.some((c) => c && isValueCell(c)))) break;
    rows.push(cells);
    rowLines.push(j);
  }
  if (full < 2) return null;
  return { start: i, end: rowLines[rowLines.length - 1] + 1, rows: [more ?? head, ...rows], rowLines: [i, ...rowLines] };
}

/**
 * The headings with their second lines, where the line under them holds only the ends of headings a narrow
 * column wrapped ('Annual' / 'target', 'Q2' / 'RAG'): words under the headings, no figure, and one at least
 * that makes its heading one the vocabulary names (a group row under 'Ref', 'Housing', makes none).
 */
function headingsWrapped(line: string | undefined, cols: Span[], head: string[]): string[] | null {
  if (blank(line) || !fitsColumns(line!, cols)) return null;
  const under = splitByColumns(line!, cols);
  if (under.some((c) => c && (isValueCell(c) || c.split(' ').length > 3))) return null;
  const joined = head.map((h, k) => (under[k] ? `${h} ${under[k]}`.trim() : h));
  return joined.some((h, k) => under[k] && isNamedHeading(h) && !isNamedHeading(head[k])) ? joined : null;
}

/** Columns for a header over a rule: the rule's runs of dashes, or the header's text runs under one long rule. */
function columnsFor(header: string, rule: Span[]): Span[] | null {
  if (rule.length >= 2) return fitsColumns(header, rule) ? rule : null;
  const heads = chunks(header);
  if (heads.length < 2) return null;
  // One long rule underlines the whole header (else it is a setext heading or a separator).
  const covers = rule[0].start <= heads[0].start + 2 && rule[0].end >= heads[heads.length - 1].start;
  return covers ? heads : null;
}

/** Rows from line `j` on: each line that fits is one row; stops at a blank line, a rule (consumed) or a misfit. */
function rowsFrom(lines: string[], j: number, cols: Span[]): { rows: string[][]; rowLines: number[]; end: number; closed: boolean } {
  const rows: string[][] = [];
  const rowLines: number[] = [];
  for (; j < lines.length && !blank(lines[j]) && !lines[j].includes('\t'); j++) {
    if (ruleSegments(lines[j])) return { rows, rowLines, end: j + 1, closed: true };
    if (!fitsColumns(lines[j], cols)) break;
    rows.push(splitByColumns(lines[j], cols));
    rowLines.push(j);
  }
  return { rows, rowLines, end: j, closed: false };
}

/** At least one row with two filled cells: aligned text, not a heading over prose. */
const tabular = (rows: string[][]) => rows.some((r) => r.filter(Boolean).length >= 2);

function underHeader(lines: string[], i: number): LineTable | null {
  const header = lines[i];
  if (blank(header) || header.includes('\t') || ruleSegments(header) || i + 1 >= lines.length) return null;
  const rule = ruleSegments(lines[i + 1]);
  const cols = rule && columnsFor(header, rule);
  if (!cols) return null;
  const body = rowsFrom(lines, i + 2, cols);
  if (!tabular(body.rows)) return null;
  return { start: i, end: body.end, rows: [splitByColumns(header, cols), ...body.rows], rowLines: [i, ...body.rowLines] };
}

function headerless(lines: string[], i: number): LineTable | null {
  const rule = ruleSegments(lines[i]);
  if (!rule || rule.length < 2 || !blank(lines[i - 1])) return null;
  const body = rowsFrom(lines, i + 1, rule);
  return body.closed && tabular(body.rows) ? { start: i, end: body.end, rows: body.rows, rowLines: body.rowLines } : null;
}

/** How far past the gap rule a multiline table may run looking for its closing rule. */
const MULTILINE_MAX_LINES = 400;

function multiline(lines: string[], i: number): LineTable | null {
  const top = ruleSegments(lines[i]);
  if (!top || top.length !== 1 || blank(lines[i + 1])) return null;
  let k = i + 1;
  while (k < lines.length && k <= i + 4 && !blank(lines[k]) && !ruleSegments(lines[k])) k++;
  const cols = ruleSegments(lines[k] ?? '');
  if (!cols || cols.length < 2) return null;
  const rows: string[][] = [];
  const rowLines: number[] = [];
  const addRow = (from: number, to: number) => {
    if (from >= to) return;
    const parts = lines.slice(from, to).map((l) => splitByColumns(l, cols, true));
    rows.push(cols.map((_, c) => parts.map((p) => p[c]).filter(Boolean).join(' ')));
    rowLines.push(from);
  };
  addRow(i + 1, k);
  let from = k + 1;
  for (let j = k + 1; j < lines.length && j <= k + MULTILINE_MAX_LINES; j++) {
    const rule = ruleSegments(lines[j]);
    if (rule && rule.length === 1) {
      addRow(from, j);
      return rows.length > 1 ? { start: i, end: j + 1, rows, rowLines } : null;
    }
    if (rule || lines[j].includes('\t')) return null;
    if (blank(lines[j])) {
      if (blank(lines[j - 1]) && j > k + 1) return null; // two blank lines: no closing rule, not a table
      addRow(from, j);
      from = j + 1;
    }
  }
  return null;
}
