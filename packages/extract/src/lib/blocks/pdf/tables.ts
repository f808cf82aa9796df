/**
 * Tables from text geometry: a band of column headings and the rows aligned under them; a multi-row table
 * the previous page ended with may go on at the top of the next.
 */
import type { Box } from '../../schema';
import { headerRoles, periodHeading, ragLabel, ragWord, sectionLabel, summaryStatus } from '../../vocabulary';
import { tokenType } from '../../tokens';
import { remembered } from '../../memo';
import { boxOf, FORM_REACH, linesOf, type Seg } from './geometry';
import { TABLE_HEADING_WORDS, vocabulary } from '../../lexicon';

/** A table found on a page: its rows (header first), the runs it took, its box and its layout. */
export interface PdfTable {
  rows: string[][];
  segs: Seg[];
  box: Box;
  layout: TableLayout;
  /** The first row is the end of the previous page's last row. */
  continuesRow?: boolean;
}

/** Column headings and spans of a table, enough to read its rows on this page or the next. */
export interface TableLayout {
  header: string[];
  bounds: { lo: number; hi: number }[];
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
const SUMMARY_HEAD = /^(?:status|rating|rag(?:\s+(?:status|rating))?|data item)$/i;

/** A quarter, year or month printed before or after a heading's label ('Q2 2025/26 Actual', 'RAG Q2'). */
const PERIOD_EDGE = /^(?:Q[1-4]|Quarter\s*[1-4]|(?:19|20)\d{2}\s*[/-]\s*\d{2,4}|[A-Z][a-z]{2,8}[\s-]+\d{2,4})(?:\s+(?:(?:19|20)\d{2}\s*[/-]\s*\d{2,4}))?\s+|\s+(?:Q[1-4]|Quarter\s*[1-4]|(?:19|20)\d{2}\s*[/-]\s*\d{2,4})(?:\s+(?:19|20)\d{2}\s*[/-]\s*\d{2,4})?$/;

/** A heading by the vocabulary: a field or RAG label, a quarter or year, a scorecard's name/ref/date or comments column. */
const isNamedHeading = remembered(function isNamedHeading(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 60) return false;
  // A summary's status columns headed by letters ('G | A | R | TOTAL'); status words are values elsewhere.
  if (t.length === 1 && summaryStatus(t) !== null) return true;
  // Any field label of the vocabulary ('Actual this quarter', 'Goal', 'RAG status') or a quarter or year
  // ('Q3 2025/26', '2024/25'); a month is not, since a card's date line ('September 2025') looks the same.
  if (headerRoles(t) !== null || ragLabel(t) !== null || (periodHeading(t)?.basis ?? 'month') !== 'month') return true;
  // A scorecard's other columns: the KPI's name and reference, its date, a comments column.
  if (vocabulary().scorecardColumnOf(t) !== null || vocabulary().sectionOf(t) !== null) return true;
  // A label with its period before or after it ('Q2 2025/26 Actual', 'Last year Q2').
  const bare = t.replace(PERIOD_EDGE, '');
  return bare !== t && bare.length > 1 && (headerRoles(bare) !== null || ragLabel(bare) !== null);
});

const isHeaderCell = remembered(function isHeaderCell(text: string): boolean {
  if (isNamedHeading(text)) return true;
  const t = text.replace(/\s+/g, ' ').trim();
  // Narrow cells break words without a hyphen ('Performanc' / 'e (Current'): test the words run together too.
  return (HEADER_WORD.test(t) || HEADER_WORD.test(t.replace(/\s+/g, ''))) && t.length < 48;
});

/**
 * The longest run of a column's stacked lines, top down, that reads as its heading (none: empty); a run the
 * vocabulary names ('KPI Ref') is preferred to a longer one that only begins with a heading word ('KPI Ref
 * Customer Services', a group row under the headings).
 */
function headingLines(segs: Seg[], isHead: (segs: Seg[]) => boolean): Seg[] {
  const lines = linesOf(segs);
  const runs = lines.map((_, n) => lines.slice(0, lines.length - n).flat());
  return runs.find((head) => isNamedHeading(cellText(head))) ?? runs.find(isHead) ?? [];
}

interface Column {
  x0: number;
  x1: number;
  segs: Seg[];
}

/** Tables found from a band of column headings and the rows aligned under them. */
export function findTables(segs: Seg[], used: Set<Seg>, pageWidth: number): PdfTable[] {
  const free = segs.filter((s) => !used.has(s)).sort((a, b) => a.y - b.y || a.x - b.x);
  const taken = new Set<Seg>();
  const tables: PdfTable[] = [];
  for (const start of free) {
    if (taken.has(start) || !isHeaderCell(start.text)) continue;
    // The header band: non-value cells within a short vertical band, side by side, stacked lines joined.
    // The band stops at the first line below that holds a value (the first data row).
    // Its cells are printed at one size: a larger heading just above ('Indicator 30: …') is not one of them.
    const firstValue = Math.min(...free.filter((s) => !taken.has(s) && s.y > start.y + start.h * 0.5 && s.y <= start.y + 40 && isValueCell(s.text) && !isHeaderCell(s.text)).map((s) => s.y));
    // Status words on the heading line itself ('Service | Blue | Green | Amber | Red | Total') head a summary's
    // columns when two or more differ; under a heading they are values.
    const statusHeads = new Set(free.filter((s) => !taken.has(s) && Math.abs(s.y - start.y) < start.h * 0.5 && Math.abs(s.h - start.h) < start.h * 0.2 && summaryStatus(s.text) !== null));
    if (new Set([...statusHeads].map((s) => summaryStatus(s.text))).size < 2) statusHeads.clear();
    // Months side by side on the heading line ('Jul-25 | Aug-25 | Sep-25') head a monthly table's columns; one
    // month alone is a card's date line.
    const monthHeads = new Set(free.filter((s) => !taken.has(s) && Math.abs(s.y - start.y) < start.h * 0.5 && periodHeading(s.text)?.basis === 'month'));
    if (monthHeads.size < 2) monthHeads.clear();
    const heads = new Set([...statusHeads, ...monthHeads]);
    // A form's line: each label has its value or text beside it ('Change  Improved  Rating  Blue',
    // 'Commentary  The figure includes…'); label–value pairs, not a table's headings.
    if (!heads.size) {
      const line = free.filter((s) => !taken.has(s) && Math.abs(s.y - start.y) < start.h * 0.5).sort((a, b) => a.x - b.x);
      const labels = line.filter((s) => isHeaderCell(s.text) && !isValueCell(s.text));
      const next = (s: Seg) => line[line.indexOf(s) + 1];
      // A status beside a RAG label is its value even where the word heads columns too ('RAG Rating  Baseline').
      const valueOf = (label: Seg, value: Seg) => isValueCell(value.text) && (!isHeaderCell(value.text) || (ragLabel(label.text) !== null && ragWord(value.text) !== null));
      const besideValue = labels.filter((s) => next(s) !== undefined && valueOf(s, next(s)));
      // A text row ('Commentary  The figure includes…') is one label at the start of its line, its text close by.
      const textRow = labels.length === 1 && labels[0] === line[0] && next(labels[0]) !== undefined && !isHeaderCell(next(labels[0]).text) && next(labels[0]).text.trim().split(/\s+/).length >= 4 && next(labels[0]).x - (labels[0].x + labels[0].w) < FORM_REACH;
      if ((besideValue.length && besideValue.length * 2 >= labels.length) || textRow) continue;
    }
    const isHead = (segs: Seg[]) => segs.every((s) => heads.has(s)) || isHeaderCell(cellText(segs));
    const band = free.filter((s) => !taken.has(s) && s.y >= start.y - 12 && s.y <= start.y + 30 && s.y < firstValue - 1 && s.h < start.h * 1.6 && s.h > start.h * 0.8 && (!isValueCell(s.text) || isHeaderCell(s.text) || heads.has(s)));
    const columns: Column[] = [];
    for (const s of band.sort((a, b) => a.x - b.x)) {
      const col = columns.find((c) => Math.min(c.x1, s.x + s.w) - Math.max(c.x0, s.x) > -2);
      if (col) {
        col.segs.push(s);
        col.x0 = Math.min(col.x0, s.x);
        col.x1 = Math.max(col.x1, s.x + s.w);
      } else columns.push({ x0: s.x, x1: s.x + s.w, segs: [s] });
    }
    // A column is a heading only if its stacked lines, from the band's first line, are one: a group row
    // under the headings ('Planning' over the first KPI) is cut off and left for the rows.
    for (const c of columns) {
      c.segs = headingLines(c.segs, isHead);
      c.x0 = Math.min(...c.segs.map((s) => s.x));
      c.x1 = Math.max(...c.segs.map((s) => s.x + s.w));
    }
    const headerCols = columns.filter((c) => c.segs.length);
    const roles = new Set(headerCols.flatMap((c) => headerRoles(cellText(c.segs))?.map((r) => r.role) ?? []));
    const summaryLike = headerCols.some((c) => SUMMARY_HEAD.test(cellText(c.segs))) || statusHeads.size > 0;
    if (headerCols.length < 2 || (headerCols.length < 3 && !summaryLike) || (roles.size < 2 && !summaryLike && headerCols.length < 4)) continue;
    const cols = headerCols.sort((a, b) => a.x0 - b.x0);
    const headerSegs = cols.flatMap((c) => c.segs);
    const headerBottom = Math.max(...headerSegs.map((s) => s.y + s.h));
    const spacing = cols.length > 1 ? (cols[cols.length - 1].x0 - cols[0].x0) / (cols.length - 1) : 100;
    // A cell may reach from its heading's left edge (or halfway from the previous heading) to the next heading.
    const bounds = cols.map((c, i) => ({
      lo: i === 0 ? c.x0 - Math.min(spacing * 0.4, 30) : Math.min(c.x0, (cols[i - 1].x1 + c.x0) / 2),
      hi: i === cols.length - 1 ? Math.min(pageWidth, c.x1 + spacing * 0.45) : cols[i + 1].x0 - 0.5,
    }));
    for (let i = 1; i < bounds.length; i++) bounds[i].lo = Math.max(bounds[i].lo, bounds[i - 1].lo + 1);
    for (let i = 0; i < bounds.length - 1; i++) bounds[i].hi = Math.min(bounds[i].hi, bounds[i + 1].lo);
    const kind: TableLayout['kind'] = SUMMARY_HEAD.test(cellText(cols[0].segs)) && !/data item/i.test(cellText(cols[0].segs)) ? 'summary' : /^data item$/i.test(cellText(cols[0].segs)) ? 'key' : 'grid';
    // Rows: lines under the heading that stay inside the columns.
    const body = free.filter((s) => !taken.has(s) && !headerSegs.includes(s) && s.y > headerBottom - 2);
    const periodCols = cols.filter((c) => periodHeading(cellText(c.segs)) !== null).length;
    // A card's value table has one row; a column of KPI names or references makes it a scorecard.
    const valueTable = kind === 'grid' && (roles.has('current') || periodCols > 0) && !cols.some((c) => /kpi|indicator|measure/i.test(cellText(c.segs)) || ['name', 'ref'].includes(vocabulary().scorecardColumnOf(cellText(c.segs)) ?? ''));
    const layout: TableLayout = { header: cols.map((c) => cellText(c.segs)), bounds, kind, oneRow: valueTable };
    const rows = collectRows(body, layout, headerBottom);
    if (!rows.length) {
      // Headings at the foot of a page, nothing under them: the table goes on overleaf.
      // Only a clear heading row: three columns or more, none of them a value ('RAG Rating  Baseline' is a pair).
      if (body.some((s) => s.y > headerBottom - 2) || cols.length < 3 || headerSegs.some((s) => isValueCell(s.text))) continue;
      headerSegs.forEach((s) => taken.add(s));
      tables.push({ rows: [layout.header], segs: headerSegs, box: boxOf(headerSegs), layout: { ...layout, open: true } });
      continue;
    }
    const all = [...headerSegs, ...rows.flat(2)];
    all.forEach((s) => taken.add(s));
    tables.push({ rows: [layout.header, ...rows.map((r) => r.map(cellText))], segs: all, box: boxOf(all), layout: { ...layout, rowHeight: rows[0].flat()[0]?.h } });
  }
  return tables;
}

/**
 * Group the lines under a heading into rows. A grid row starts at a line that holds a value in a column
 * other than the first (wrapped text continues the row above); summary rows are one line each; key rows
 * start at text in the first column.
 */
function collectRows(segs: Seg[], layout: TableLayout, top: number): Seg[][][] {
  const { bounds, kind } = layout;
  const colOf = (s: Seg) => bounds.findIndex((b) => s.x + s.w / 2 >= b.lo && s.x + s.w / 2 < b.hi && s.x >= b.lo - 4);
  const lines = linesOf(segs.filter((s) => s.x >= bounds[0].lo - 2 && s.x < bounds[bounds.length - 1].hi));
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

/** A column of words a row may wrap in: the KPI's name (headed or not) or a text section such as comments. */
const textColumn = (heading: string | undefined) => !heading || vocabulary().scorecardColumnOf(heading) === 'name' || vocabulary().sectionOf(heading) !== null;

/** A cell that holds a value (number, month, RAG word, direction) rather than a heading or prose. */
export const isValueCell = remembered(function isValueCell(text: string): boolean {
  const t = text.trim();
  if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-\s]\d{2,4}$/i.test(t)) return true;
  if (/^(?:red|amber|green|blue|contextual|baseline)$/i.test(t)) return true;
  if (/^(?:higher|lower)\b/i.test(t)) return true;
  // A value with its unit ('37.0 days') is one token; otherwise every word must be a value ('84% 92%').
  return tokenType(t) !== null || t.split(/\s+/).every((w) => tokenType(w) !== null);
});

/** A cell's text: its lines top to bottom, joined with spaces. */
function cellText(segs: Seg[]): string {
  return linesOf(segs)
    .map((l) => l.map((s) => s.text.trim()).join(' '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
