/**
 * PDF pages into blocks rebuilt from text geometry, not stream order: items on a shared baseline become
 * segments, headed columns become tables, axis ticks with period labels become charts, the rest
 * becomes text blocks by proximity and alignment. Page furniture is marked. Every block keeps page and box.
 */
import { createRequire } from 'node:module';
import { ExtractError } from '../errors';
import type { Block, Box, ChartSeries } from '../schema';
import { BlockBuilder } from './builder';
import { restoreNatives } from './pdfjs-natives';
import { headerRoles, ragLabel, tokenType } from '../parse/vocabulary';
import { isPeriodLabelLine } from '../parse/charts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
const require = createRequire(import.meta.url);
const STANDARD_FONTS = require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, 'standard_fonts/');

/** Load pdf.js once, lazily (it is large and only PDFs need it). */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => (restoreNatives(), m));
  return pdfjs;
}

/** A positioned run of text (top-left origin, points). */
export interface Seg {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Order in the page's content stream. */
  order: number;
}

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export const PDF_LIMITS = { maxPages: 5000 };

/** One page's text items and size, as read by pdfTextItems. */
export interface PdfTextPage {
  width: number;
  height: number;
  items: Seg[];
}

/** Pages firstPage..lastPage (1-based, inclusive; lastPage 0 reads none, only the count). */
export interface PageRange {
  firstPage: number;
  lastPage: number;
}

/**
 * Open a PDF and return its text items per page (the floor the benchmark measures against) and its page
 * count. With a range, only those pages are read: workers split a long document this way.
 */
export async function pdfTextItems(bytes: Uint8Array, range?: PageRange): Promise<{ pages: PdfTextPage[]; numPages: number }> {
  const lib = await loadPdfJs();
  let doc;
  try {
    doc = await lib.getDocument({ data: bytes.slice(), standardFontDataUrl: STANDARD_FONTS, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, stopAtErrors: false }).promise;
    restoreNatives();
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new ExtractError('encrypted', 'the PDF is password-protected');
    if (name === 'InvalidPDFException') throw new ExtractError('damaged', `not a readable PDF (${(e as Error).message})`);
    throw new ExtractError('damaged', `the PDF could not be opened (${(e as Error).message.split('\n')[0]})`);
  }
  try {
    if (doc.numPages > PDF_LIMITS.maxPages) throw new ExtractError('too-large', `${doc.numPages} pages is over the ${PDF_LIMITS.maxPages}-page limit`);
    const pages = [];
    for (let n = range?.firstPage ?? 1, last = Math.min(range?.lastPage ?? Infinity, doc.numPages); n <= last; n++) {
      const page = await doc.getPage(n);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: Seg[] = [];
      (content.items as RawItem[]).forEach((it, order) => {
        const text = cleanGlyphs(it.str ?? '');
        if (!text.trim()) return;
        const [a, b, , d, e, f] = it.transform;
        const h = Math.abs(it.height || Math.hypot(b, d) || Math.abs(a));
        items.push({ text, x: e, y: vp.height - f - h * 0.8, w: it.width, h, order });
      });
      pages.push({ width: vp.width, height: vp.height, items });
      page.cleanup();
    }
    return { pages, numPages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/** Symbol-font bullets land in the Private Use Area; keep the bullet, drop the rest. */
function cleanGlyphs(s: string): string {
  return s.replace(/[\uF0B7\uF0A7\uF076\uF0D8]/g, '•').replace(/[\uE000-\uF8FF]/g, '').replace(/\u00a0/g, ' ');
}

/** PDF bytes into blocks; `read`: every page's text items, already read (by workers, in page ranges). */
export async function pdfBlocks(bytes: Uint8Array, read?: PdfTextPage[]): Promise<{ blocks: Block[]; pages: number }> {
  const pages = read ?? (await pdfTextItems(bytes)).pages;
  const total = pages.reduce((n, p) => n + p.items.length, 0);
  if (!total) throw new ExtractError('no-text', 'no text layer; OCR is not supported');
  const furniture = repeatedFurniture(pages);
  const out = new BlockBuilder();
  let carry: TableLayout | null = null;
  pages.forEach((page, i) => {
    const result = pageBlocks(page, i + 1, furniture, carry);
    for (const b of result.blocks) out.add(b);
    carry = result.carry;
  });
  return { blocks: out.blocks, pages: pages.length };
}

type Pending = Parameters<BlockBuilder['add']>[0];

const boxOf = (segs: Seg[]): Box => {
  const x0 = Math.min(...segs.map((s) => s.x));
  const y0 = Math.min(...segs.map((s) => s.y));
  const x1 = Math.max(...segs.map((s) => s.x + s.w));
  const y1 = Math.max(...segs.map((s) => s.y + s.h));
  return { x: round(x0), y: round(y0), w: round(x1 - x0), h: round(y1 - y0) };
};
const round = (n: number) => Math.round(n * 10) / 10;

/** Text repeated at the same place on most pages (running headers/footers), by normalised text. */
function repeatedFurniture(pages: { height: number; items: Seg[] }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const s of p.items) {
      if (s.y > p.height * 0.08 && s.y < p.height * 0.92) continue;
      const key = `${Math.round(s.y / 4)}|${s.text.replace(/\d+/g, '#').trim()}`;
      if (!seen.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  const min = Math.max(3, Math.ceil(pages.length * 0.6));
  return new Set([...counts].filter(([, n]) => n >= min).map(([k]) => k));
}

function pageBlocks(page: { width: number; height: number; items: Seg[] }, pageNo: number, furniture: Set<string>, carry: TableLayout | null): { blocks: Pending[]; carry: TableLayout | null } {
  const out: { top: number; left: number; block: Pending }[] = [];
  const segs = mergeRuns(page.items);
  const used = new Set<Seg>();

  // Page furniture: page numbers and text repeated in the margins of most pages.
  for (const s of segs) {
    const inMargin = s.y < page.height * 0.08 || s.y > page.height * 0.92;
    const key = `${Math.round(s.y / 4)}|${s.text.replace(/\d+/g, '#').trim()}`;
    if ((inMargin && /^page\s+\d+(\s+of\s+\d+)?$/i.test(s.text.trim())) || (inMargin && furniture.has(key))) {
      used.add(s);
      out.push({ top: s.y, left: s.x, block: { kind: 'paragraph', text: s.text.trim(), role: s.y < page.height / 2 ? 'page-header' : 'page-footer', prov: { page: pageNo, box: boxOf([s]) } } });
    }
  }
  for (const chart of findCharts(segs, used)) {
    chart.segs.forEach((s) => used.add(s));
    out.push({ top: chart.box.y, left: chart.box.x, block: { kind: 'chart', text: chart.title ?? '', chart: { title: chart.title, series: chart.series }, prov: { page: pageNo, box: chart.box } } });
  }
  // A multi-row table the previous page ended with may go on at the top of this one.
  const continued = carry && !carry.oneRow ? continueTable(segs, used, carry) : null;
  const tables = [...(continued ? [continued] : [])];
  continued?.segs.forEach((s) => used.add(s));
  tables.push(...findTables(segs, used, page.width));
  for (const table of tables) {
    table.segs.forEach((s) => used.add(s));
    out.push({ top: table.box.y, left: table.box.x, block: { kind: 'table', text: '', rows: table.rows, prov: { page: pageNo, box: table.box, origin: 'table' } } });
  }
  for (const group of textGroups(segs.filter((s) => !used.has(s)))) {
    const lines = linesOf(group).map((l) => l.map((s) => s.text.trim()).join(' '));
    out.push({ top: Math.min(...group.map((s) => s.y)), left: Math.min(...group.map((s) => s.x)), block: { kind: 'paragraph', text: lines.join('\n'), prov: { page: pageNo, box: boxOf(group) } } });
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  // The table runs on if it is the last thing on the page (page furniture aside).
  const last = [...out].reverse().find((o) => o.block.role === undefined || o.block.role === 'content');
  const lastTable = tables.find((t) => last && last.block.kind === 'table' && t.box.y === last.top);
  return { blocks: out.map((o) => o.block), carry: lastTable ? lastTable.layout : null };
}

/** Join items on one baseline that touch (a word split into several items). */
function mergeRuns(items: Seg[]): Seg[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: Seg[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    const sameLine = prev && Math.abs(prev.y - s.y) < Math.min(prev.h, s.h) * 0.3 && Math.abs(prev.h - s.h) < Math.max(prev.h, s.h) * 0.35;
    const gap = prev ? s.x - (prev.x + prev.w) : Infinity;
    if (sameLine && gap > -1 && gap < Math.min(prev.h, s.h) * 0.45 && Math.abs(s.order - prev.order) <= 2) {
      prev.text = gap > s.h * 0.15 ? `${prev.text} ${s.text}` : prev.text + s.text;
      prev.w = s.x + s.w - prev.x;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

/** Segments grouped into lines (shared baseline), each line left to right. */
function linesOf(segs: Seg[]): Seg[][] {
  const sorted = [...segs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Seg[][] = [];
  for (const s of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - s.y) < Math.min(line[0].h, s.h) * 0.5) line.push(s);
    else lines.push([s]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/** Text blocks: segments that are stacked closely and overlap horizontally (columns and boxes stay apart). */
function textGroups(segs: Seg[]): Seg[][] {
  const sorted = [...segs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { segs: Seg[]; x0: number; x1: number; bottom: number; h: number }[] = [];
  for (const s of sorted) {
    const sameLine = groups.find((g) => {
      const last = g.segs[g.segs.length - 1];
      const gap = s.x - (last.x + last.w);
      return Math.abs(last.y - s.y) < Math.min(last.h, s.h) * 0.5 && gap > 0 && gap < Math.max(last.h, s.h) * 3.2;
    });
    const fit = sameLine ?? groups
      .filter((g) => {
        const gap = s.y - g.bottom;
        const overlap = Math.min(g.x1, s.x + s.w) - Math.max(g.x0, s.x);
        const aligned = Math.abs(g.x0 - s.x) < 4 || overlap > Math.min(s.w, g.x1 - g.x0) * 0.3;
        return gap > -s.h * 0.6 && gap < Math.max(g.h, s.h) * 1.1 && aligned;
      })
      .sort((a, b) => b.bottom - a.bottom)[0];
    if (fit) {
      fit.segs.push(s);
      fit.x0 = Math.min(fit.x0, s.x);
      fit.x1 = Math.max(fit.x1, s.x + s.w);
      fit.bottom = Math.max(fit.bottom, s.y + s.h);
      fit.h = s.h;
    } else groups.push({ segs: [s], x0: s.x, x1: s.x + s.w, bottom: s.y + s.h, h: s.h });
  }
  return groups.map((g) => g.segs);
}

// ---------- Tables ----------

const HEADER_WORD = /^(?:kpi|indicator|measure|target|baseline|direction|current|previous|change|performance|last\s+updated|rag|status|number|percentage|data\s+item|explanation|no\.\s+of)/i;

function isHeaderCell(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  // Narrow cells break words without a hyphen ('Performanc' / 'e (Current'): test the words run together too.
  return (HEADER_WORD.test(t) || HEADER_WORD.test(t.replace(/\s+/g, ''))) && (headerRoles(t) !== null || ragLabel(t) !== null || t.length < 48);
}

interface Column {
  x0: number;
  x1: number;
  segs: Seg[];
}

/** Tables found from a band of column headings and the rows aligned under them. */
function findTables(segs: Seg[], used: Set<Seg>, pageWidth: number): { rows: string[][]; segs: Seg[]; box: Box; layout: TableLayout }[] {
  const free = segs.filter((s) => !used.has(s)).sort((a, b) => a.y - b.y || a.x - b.x);
  const taken = new Set<Seg>();
  const tables: { rows: string[][]; segs: Seg[]; box: Box; layout: TableLayout }[] = [];
  for (const start of free) {
    if (taken.has(start) || !isHeaderCell(start.text)) continue;
    // The header band: non-value cells within a short vertical band, side by side, stacked lines joined.
    // The band stops at the first line below that holds a value (the first data row).
    const firstValue = Math.min(...free.filter((s) => !taken.has(s) && s.y > start.y + start.h * 0.5 && s.y <= start.y + 40 && isValueCell(s.text) && !isHeaderCell(s.text)).map((s) => s.y));
    const band = free.filter((s) => !taken.has(s) && s.y >= start.y - 12 && s.y <= start.y + 30 && s.y < firstValue - 1 && s.h < start.h * 1.6 && (!isValueCell(s.text) || isHeaderCell(s.text)));
    const columns: Column[] = [];
    for (const s of band.sort((a, b) => a.x - b.x)) {
      const col = columns.find((c) => Math.min(c.x1, s.x + s.w) - Math.max(c.x0, s.x) > -2);
      if (col) {
        col.segs.push(s);
        col.x0 = Math.min(col.x0, s.x);
        col.x1 = Math.max(col.x1, s.x + s.w);
      } else columns.push({ x0: s.x, x1: s.x + s.w, segs: [s] });
    }
    // A column is a heading only if its stacked lines are contiguous from the band's first line.
    const headerCols = columns.filter((c) => isHeaderCell(cellText(c.segs)));
    const roles = new Set(headerCols.flatMap((c) => headerRoles(cellText(c.segs))?.map((r) => r.role) ?? []));
    const summaryLike = headerCols.some((c) => /^(?:status|data item)$/i.test(cellText(c.segs)));
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
    const kind: TableLayout['kind'] = /^status$/i.test(cellText(cols[0].segs)) ? 'summary' : /^data item$/i.test(cellText(cols[0].segs)) ? 'key' : 'grid';
    // Rows: lines under the heading that stay inside the columns.
    const body = free.filter((s) => !taken.has(s) && !headerSegs.includes(s) && s.y > headerBottom - 2);
    const valueTable = kind === 'grid' && roles.has('current') && !cols.some((c) => /kpi|indicator|measure/i.test(cellText(c.segs)));
    const layout: TableLayout = { header: cols.map((c) => cellText(c.segs)), bounds, kind, oneRow: valueTable };
    const rows = collectRows(body, layout, headerBottom);
    if (!rows.length) continue;
    const all = [...headerSegs, ...rows.flat(2)];
    all.forEach((s) => taken.add(s));
    tables.push({ rows: [layout.header, ...rows.map((r) => r.map(cellText))], segs: all, box: boxOf(all), layout });
  }
  return tables;
}

/** Column headings and spans of a table, enough to read its rows on this page or the next. */
export interface TableLayout {
  header: string[];
  bounds: { lo: number; hi: number }[];
  kind: 'summary' | 'key' | 'grid';
  /** A card's value table has a single value row. */
  oneRow: boolean;
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
  for (const line of lines) {
    const gap = line[0].y - lastBottom;
    if (gap > line[0].h * 2.6) break;
    if (line.some((s) => colOf(s) < 0)) break;
    if (line.filter((s) => isHeaderCell(s.text) && headerRoles(s.text)?.length).length >= 2 && rows.length) break;
    const hasValue = line.some((s) => colOf(s) > 0 && isValueCell(s.text));
    const cells: Seg[][] = bounds.map(() => []);
    for (const s of line) cells[colOf(s)].push(s);
    if (!rows.length || (kind === 'summary' ? true : kind === 'key' ? cells[0].length > 0 : hasValue)) rows.push(cells);
    else rows[rows.length - 1].forEach((c, i) => c.push(...cells[i]));
    lastBottom = Math.max(...line.map((s) => s.y + s.h));
    if (layout.oneRow) break;
  }
  return rows;
}

/** Rows at the top of a page that continue the table the previous page ended with. */
function continueTable(segs: Seg[], used: Set<Seg>, layout: TableLayout): { rows: string[][]; segs: Seg[]; box: Box; layout: TableLayout } | null {
  const free = segs.filter((s) => !used.has(s));
  if (!free.length) return null;
  const top = Math.min(...free.map((s) => s.y));
  const rows = collectRows(free, layout, top);
  // Only rows with values count: a heading or paragraph at the top of the page is not a continuation.
  const valued = rows.filter((r) => r.slice(1).some((c) => c.some((s) => isValueCell(s.text))));
  if (!valued.length || valued.length !== rows.length) return null;
  const all = rows.flat(2);
  return { rows: [layout.header, ...rows.map((r) => r.map(cellText))], segs: all, box: boxOf(all), layout };
}


function isValueCell(text: string): boolean {
  const t = text.trim();
  if (/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-\s]\d{2,4}$/i.test(t)) return true;
  if (/^(?:red|amber|green|blue|contextual|baseline)$/i.test(t)) return true;
  if (/^(?:higher|lower)\b/i.test(t)) return true;
  return t.split(/\s+/).every((w) => tokenType(w) !== null);
}

/** A cell's text: its lines top to bottom, joined with spaces. */
function cellText(segs: Seg[]): string {
  return linesOf(segs)
    .map((l) => l.map((s) => s.text.trim()).join(' '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------- Charts ----------

interface Chart {
  title: string | null;
  series: ChartSeries[];
  segs: Seg[];
  box: Box;
}

const numeric = (s: Seg) => /^-?[£$]?\d[\d,.]*%?$/.test(s.text.trim());
const num = (s: Seg) => Number.parseFloat(s.text.replace(/[^\d.-]/g, ''));

/**
 * A chart is an axis (four or more numbers stacked at one x, evenly spaced) with period labels under
 * the plot; data labels are the other numbers over the plot, each read at the nearest period. Charts
 * are kept apart by their order in the content stream, and one drawn over another hides it.
 */
function findCharts(segs: Seg[], used: Set<Seg>): Chart[] {
  const free = segs.filter((s) => !used.has(s)).sort((a, b) => a.order - b.order);
  const axes: Seg[][] = [];
  let run: Seg[] = [];
  const flushAxis = () => {
    if (run.length >= 4) {
      const ys = run.map((s) => s.y);
      const steps = ys.slice(1).map((y, i) => y - ys[i]);
      const even = steps.every((d) => Math.abs(d - steps[0]) < 1.5) && Math.abs(steps[0]) > 3;
      if (even) axes.push(run);
    }
    run = [];
  };
  for (const s of free) {
    const last = run[run.length - 1];
    if (numeric(s) && (!last || Math.abs(last.x + last.w - (s.x + s.w)) < 2.5)) run.push(s);
    else {
      flushAxis();
      if (numeric(s)) run.push(s);
    }
  }
  flushAxis();
  const charts: (Chart & { orderLo: number; orderHi: number })[] = [];
  const claimed = new Set<Seg>();
  axes.forEach((axis, k) => {
    const lo = Math.min(...axis.map((s) => s.order));
    const prevHi = k > 0 ? Math.max(...axes[k - 1].map((s) => s.order)) : -1;
    const nextLo = k < axes.length - 1 ? Math.min(...axes[k + 1].map((s) => s.order)) : Infinity;
    const axisX = Math.min(...axis.map((s) => s.x));
    const top = Math.min(...axis.map((s) => s.y));
    const bottom = Math.max(...axis.map((s) => s.y + s.h));
    // Charts are drawn one after another: this one's text lies between the previous axis and the next.
    const near = free.filter((s) => s.order > prevHi && s.order < nextLo && !axis.includes(s) && !claimed.has(s) && s.x >= axisX - 15);
    // Period labels: below the plot, stacked pairs ('Q1' over '2022/23') read as one label.
    const below = near.filter((s) => s.y >= bottom - 2 && s.y <= bottom + 30 && isPeriodLabelLine(s.text));
    const periods: { label: string; cx: number; segs: Seg[] }[] = [];
    for (const s of below.sort((a, b) => a.y - b.y)) {
      const cx = s.x + s.w / 2;
      const p = periods.find((q) => Math.abs(q.cx - cx) < 6);
      if (p) {
        p.label = `${p.label} ${s.text.trim()}`;
        p.segs.push(s);
      } else periods.push({ label: s.text.trim(), cx, segs: [s] });
    }
    if (periods.length < 1) return;
    periods.sort((a, b) => a.cx - b.cx);
    const labels = near.filter((s) => numeric(s) && s.y >= top - 10 && s.y < bottom && s.order > lo);
    const periodBottom = Math.max(...periods.flatMap((p) => p.segs.map((s) => s.y + s.h)));
    const legend = near.filter((s) => !numeric(s) && s.y > periodBottom - 1 && s.y < periodBottom + 30 && s.order > lo);
    const titleSegs = near.filter((s) => !numeric(s) && s.y < top && s.y > top - 40 && s.order < lo);
    // Series: labels at one height across every period are a flat line (a target); the rest are values.
    const byPeriod = new Map<number, Seg[]>();
    for (const l of labels) {
      const cx = l.x + l.w / 2;
      const i = periods.reduce((best, p, j) => (Math.abs(p.cx - cx) < Math.abs(periods[best].cx - cx) ? j : best), 0);
      byPeriod.set(i, [...(byPeriod.get(i) ?? []), l]);
    }
    const flatY = mostCommonY(labels, periods.length);
    const names = legend.sort((a, b) => a.x - b.x).map((s) => s.text.trim());
    const flatName = names.find((n) => /target|average|benchmark|mean/i.test(n)) ?? 'Target';
    const mainName = names.find((n) => n !== flatName) ?? titleSegs.map((s) => s.text.trim()).join(' ') ?? 'values';
    const main: ChartSeries = { name: mainName, points: [] };
    const flat: ChartSeries = { name: flatName, points: [] };
    periods.forEach((p, i) => {
      for (const l of byPeriod.get(i) ?? []) {
        const target = flatY !== null && Math.abs(l.y - flatY) < 1 ? flat : main;
        if (target.points.some((q) => q.label === p.label)) continue;
        target.points.push({ label: p.label, raw: l.text.trim() });
      }
    });
    const series = [main, flat].filter((s) => s.points.length);
    const all = [...axis, ...periods.flatMap((p) => p.segs), ...labels, ...legend, ...titleSegs];
    all.forEach((x) => claimed.add(x));
    const title = titleSegs.sort((a, b) => a.y - b.y).map((s) => s.text.trim()).join(' ') || null;
    charts.push({ title, series, segs: all, box: boxOf(all), orderLo: Math.min(...all.map((s) => s.order)), orderHi: Math.max(...all.map((s) => s.order)) });
  });
  // A chart drawn later over the same area hides the earlier one: keep its text out of the page, not as data.
  return charts.filter((c, i) => !charts.some((d, j) => j > i && overlapRatio(c.box, d.box) > 0.6)).concat(
    charts.filter((c, i) => charts.some((d, j) => j > i && overlapRatio(c.box, d.box) > 0.6)).map((c) => ({ ...c, series: [], title: c.title ? `(hidden) ${c.title}` : '(hidden chart)' })),
  );
}

function mostCommonY(labels: Seg[], periods: number): number | null {
  if (periods < 2) return null;
  const counts = new Map<number, number>();
  for (const l of labels) counts.set(Math.round(l.y), (counts.get(Math.round(l.y)) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= periods ? best[0] : null;
}

function overlapRatio(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.w * a.h, b.w * b.h);
}
