/** What a PDF table's cells are: the shapes of a table found on a page, and the tests its cells are read by. */
import type { Box } from '../../schema';
import { isRagHeading, periodHeading } from '../../vocabulary';
import { remembered } from '../../memo';
import { linesOf, type Seg } from './geometry';
import { TABLE_HEADING_WORDS, vocabulary } from '../../lexicon';
import { isNamedHeading } from '../cell-kinds';

/** A table found on a page: its rows (header first), the runs it took, its box and its layout. */
export interface PdfTable {
  rows: string[][];
  segs: Seg[];
  box: Box;
  layout: TableLayout;
  /** The first row is the end of the previous page's last row. */
  continuesRow?: boolean;
  /** Empty cells of a RAG column (row in `rows`, column, a point inside the cell): a fill may show their rating. */
  holes?: Hole[];
}

/** A table's rows (filled in place) and its empty RAG cells, as a page hands them on to be read for fills. */
export interface TableHoles {
  rows: string[][];
  holes: Hole[];
}

/** An empty cell of a table's RAG column, a point inside it and how wide its column may reach. */
export interface Hole {
  row: number;
  col: number;
  x: number;
  y: number;
  w: number;
}

/** Column headings and spans of a table, enough to read its rows on this page or the next. */
export interface TableLayout {
  header: string[];
  bounds: { lo: number; hi: number }[];
  /** Where each heading is printed (left to right): a cell under it overlaps it, or sits in the gap beside it. */
  spans?: { x0: number; x1: number }[];
  kind: 'summary' | 'key' | 'grid';
  /** A card's value table has a single value row. */
  oneRow: boolean;
  /** The headings were the last thing on the page: the rows are at the top of the next. */
  open?: boolean;
  /** Text size of the rows (a row's last lines overleaf are printed at it). */
  rowHeight?: number;
}

/** A cell that starts with a word tables are headed by (the lexicon's list), words run together too. */
const HEADER_WORD = new RegExp(`^(?:${TABLE_HEADING_WORDS.map((w) => w.replace(/[.%]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`, 'i');

/** The first heading of a RAG summary (or of the Key's 'Data Item' grid). */
export const SUMMARY_HEAD = /^(?:status|rating|rag(?:\s+(?:status|rating))?|data item)$/i;

/** A cell that heads a column: a heading the vocabulary names, or one beginning with a table heading word. */
export const isHeaderCell = remembered(function isHeaderCell(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  // A label with its value after a colon ('Target: 82%') is a pair, not a column's heading.
  if (/^[^:]{1,40}:\s*\S/.test(t) && /\d/.test(t.slice(t.indexOf(':')))) return false;
  if (isNamedHeading(text)) return true;
  // Narrow cells break words without a hyphen ('Performanc' / 'e (Current'): test the words run together too.
  return (HEADER_WORD.test(t) || HEADER_WORD.test(t.replace(/\s+/g, ''))) && t.length < 48;
});

/** A column of words a row may wrap in: the KPI's name (headed or not) or a text section such as comments. */
export const textColumn = (heading: string | undefined) => !heading || vocabulary().scorecardColumnOf(heading) === 'name' || vocabulary().sectionOf(heading) !== null;

/** A line that is a figure cut short in a narrow cell and nothing else ('£1,240,' over '000', '£612,4' over '10'). */
const CUT_FIGURE = /^[-(£$€]?\d[\d,.]*(?:\d[,.]|\d,\d{1,2})$/;
/** A month's heading broken at its hyphen in a narrow column ('Jul-' over '24'): joined without a space. */
export const isCutMonth = (top: string, rest: string) => /-$/.test(top.trim()) && periodHeading(`${top.trim()}${rest.trim()}`)?.basis === 'month';
/** The rest of such a figure on the next line, alone ('000', '10', '5%'). */
const FIGURE_END = /^\d[\d,.]*%?$/;

/** A line of figures' ends, each under a figure the line above cut short in its column (text columns' words beside them). */
export function endsFigures(line: Seg[], above: Seg[][], colOf: (s: Seg) => number, header: string[]): boolean {
  const last = above[above.length - 1] ?? [];
  const ends = (s: Seg) => FIGURE_END.test(s.text.trim()) && last.some((a) => colOf(a) === colOf(s) && CUT_FIGURE.test(a.text.trim()) && s.y - (a.y + a.h) < a.h);
  // Beside them, a name's or a comment's wrapped words may go on.
  return line.some(ends) && line.every((s) => ends(s) || textColumn(header[colOf(s)]));
}

/**
 * A cell's text: its lines top to bottom, joined with spaces; a figure wrapped mid-number joined up again
 * (both lines a figure's parts alone: a comment's 'Since April 2024,' over '320 households' stays apart).
 */
export function cellText(segs: Seg[]): string {
  const lines = linesOf(segs).map((l) => l.map((s) => s.text.trim()).join(' '));
  return lines
    .reduce((text, line, i) => (!i ? line : (CUT_FIGURE.test(lines[i - 1]) && FIGURE_END.test(line)) || isCutMonth(lines[i - 1], line) ? text + line : `${text} ${line}`), '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Empty cells in the RAG columns of rows with two cells or more (a group row, or a row's tail overleaf, has
 * none): where a cell's fill may show the rating. `spans`: the headings' extents; `bounds`: how far each column
 * reaches; `from`: the first row to look at.
 */
export function ragHoles(rows: Seg[][][], spans: { x0: number; x1: number }[], header: string[], bounds: { lo: number; hi: number }[], from = 0): Hole[] {
  const ragCols = header.flatMap((h, i) => (isRagHeading(h) ? [i] : []));
  if (!ragCols.length) return [];
  return rows.flatMap((r, k) => {
    const segs = r.flat();
    if (k < from || r.filter((c) => c.length).length < 2) return [];
    const y = (Math.min(...segs.map((s) => s.y)) + Math.max(...segs.map((s) => s.y + s.h))) / 2;
    return ragCols.filter((c) => !r[c].length).map((c) => ({ row: k + 1, col: c, x: (spans[c].x0 + spans[c].x1) / 2, y, w: bounds[c].hi - bounds[c].lo }));
  });
}
