import { BlockBuilder, tidy } from './builder';
import { markdownBlocks } from './markdown';
import { tableFromTabbedLines } from './tabbed';
import { findLineTables } from './line-tables';
import { setextHeadings } from './setext';
import { isLayoutText, layoutTextBlocks } from './layout-text';
import type { Block, Provenance } from '../schema';
import { headerRoles, indicatorHeading, ragLabel, ragWord, sectionLabel } from '../vocabulary';
import { valueTokens } from '../tokens';

/** Does a .txt file look like markdown (pipe tables or ATX headings)? */
export function looksLikeMarkdown(text: string): boolean {
  if (/^\s*\|.*\|\s*\n\s*\|[\s:|-]*-{3,}[\s:|-]*\|?\s*$/m.test(text)) return true;
  const headings = text.match(/^#{1,6} \S/gm)?.length ?? 0;
  return headings >= 2;
}

/** Inline markdown a converter leaves in plain text: `[text](url)` links, `<url>` autolinks, `**bold**` and `__bold__` labels. */
function stripInlineMarkup(line: string): string {
  return line
    .replace(/\[([^\]]+)\]\((?:[^)\s]*)\)/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*|__([^_\n]+)__/g, '$1$2')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, ' ');
}

/** An email's quote marks at a line's start ('> ', '>> ', a bare '>' on a quoted blank line). */
const QUOTE_MARKS = /^[ \t]*>(?:[ \t]?>)*(?:[ \t]|$)/;

/**
 * Text quoted in an email reply without its marks: a run of two lines or more each starting with '>' (one of them
 * words, not only a figure such as '> 95%'); line numbers are kept. Text with no such run comes back unchanged.
 */
export function unquoted(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && QUOTE_MARKS.test(lines[j])) j++;
    const run = lines.slice(i, j).map((l) => l.replace(QUOTE_MARKS, ''));
    if (j - i >= 2 && run.some((l) => /[A-Za-z]{3,}/.test(l))) {
      lines.splice(i, j - i, ...run);
      changed = true;
    }
    i = Math.max(j, i + 1);
  }
  return changed ? lines.join('\n') : text;
}

/** A line a card prints on every page of its own: a table's row, a label, a heading, a rating, a value, a sentence. */
const cardWords = (line: string) => {
  const t = line.trim();
  return (/[.!?]$/.test(t) && t.split(/\s+/).length >= 5) || t.length > 100 || t.includes('\t') || t.includes('|') || sectionLabel(t) !== null || headerRoles(t) !== null || ragLabel(t) !== null || ragWord(t, true) !== null || valueTokens(t) !== null || indicatorHeading(t) !== null || /^[^:]{1,40}:\s*\S/.test(t);
};

/**
 * A paged dump's running header and footer: a line among a page's first two or last three that recurs there
 * (page numbers aside: 'Page 1 of 2') on two pages or more and on half of them; by line, its place.
 */
function runningLines(lines: string[], pageOf: number[]): Map<number, 'page-header' | 'page-footer'> {
  const pages = new Map<number, number[]>();
  lines.forEach((l, i) => l.trim() && pages.set(pageOf[i], [...(pages.get(pageOf[i]) ?? []), i]));
  const key = (i: number) => lines[i].trim().replace(/\d+/g, '#');
  const seen = new Map<string, Set<number>>();
  const places: { i: number; role: 'page-header' | 'page-footer' }[] = [];
  for (const [page, at] of pages) {
    const ends = [...at.slice(0, 2).map((i) => ({ i, role: 'page-header' as const })), ...at.slice(-3).map((i) => ({ i, role: 'page-footer' as const }))];
    for (const e of ends) {
      if (!seen.has(key(e.i))) seen.set(key(e.i), new Set());
      seen.get(key(e.i))!.add(page);
      places.push(e);
    }
  }
  const out = new Map<number, 'page-header' | 'page-footer'>();
  if (pages.size < 2) return out;
  for (const { i, role } of places) if (seen.get(key(i))!.size >= Math.max(2, pages.size / 2) && !cardWords(lines[i])) out.set(i, role);
  return out;
}

/**
 * Plain text converted from a PDF or Word paper: blank lines separate blocks, each block keeps its
 * lines; grid, pipe, space-aligned (under a dashed rule) and tab-separated runs are tables; a line
 * underlined by `===` or `---` is a heading; an email's quoted lines lose their '>' marks. Markdown-looking text
 * is handed to the markdown reader.
 */
export async function textBlocks(input: string): Promise<Block[]> {
  const text = unquoted(input);
  if (looksLikeMarkdown(text)) return markdownBlocks(text);
  // Text that keeps a PDF's layout with spaces is read as the page it is.
  if (isLayoutText(text)) return layoutTextBlocks(text);
  const out = new BlockBuilder();
  const raw = text.split('\n');
  // pdftotext separates pages with form feeds: where there are any, every block knows its page.
  const paged = text.includes('\f');
  const pageOf: number[] = [];
  let page = 1;
  for (const l of raw) {
    page += (l.match(/\f/g) ?? []).length;
    pageOf.push(page);
  }
  const lines = raw.map((l) => l.replace(/\f/g, ''));
  const pageAt = (i: number) => (paged ? pageOf[i] : null);
  const addTable = (rows: string[][], line: Provenance['line'], pg: number | null, rowLines: number[] | null = null) =>
    out.add({ kind: 'table', text: '', rows, rowLines, prov: { line, page: pg, origin: 'table' } });

  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const chunk = lines.slice(start, end).map(stripInlineMarkup);
    const pg = pageAt(start);
    const first = start;
    // Lines of prose (with setext headings cut out) from chunk[from, to).
    const prose = (from: number, to: number) => {
      let at = from;
      for (const h of setextHeadings(chunk.slice(from, to))) {
        const k = from + h.at;
        if (k > at) out.add({ kind: 'paragraph', text: tidy(chunk.slice(at, k).join('\n')), prov: { line: { start: first + 1 + at, end: first + k }, page: pg } });
        out.add({ kind: 'heading', level: h.level, text: tidy(chunk[k]), prov: { line: { start: first + 1 + k, end: first + k + 2 }, page: pg } });
        at = k + 2;
      }
      if (to > at) out.add({ kind: 'paragraph', text: tidy(chunk.slice(at, to).join('\n')), prov: { line: { start: first + 1 + at, end: first + to }, page: pg } });
    };
    // A run of lines mixing tabbed rows and plain lines: split them apart.
    let runStart = 0;
    const emit = (start: number, to: number) => {
      // A title over the table saved with the row's empty cells ('KPI Tracker 2024/25' and tabs): a line of its own.
      let from = start;
      while (from < to && chunk[from].split('\t').filter((c) => c.trim()).length < 2) from++;
      if (from > start && from < to) prose(start, from);
      else from = start;
      if (from >= to) return;
      const t = tableFromTabbedLines(chunk.slice(from, to));
      const rowLines = chunk.flatMap((l, k) => (k >= from && k < to && l.trim() ? [first + 1 + k] : []));
      if (t) addTable(t, { start: first + 1 + from, end: first + to }, pg, rowLines);
      else prose(from, to);
    };
    for (let i = 1; i <= chunk.length; i++) {
      const prevTab = chunk[i - 1].includes('\t');
      const curTab = i < chunk.length ? chunk[i].includes('\t') : !prevTab;
      if (prevTab !== curTab) {
        emit(runStart, i);
        runStart = i;
      }
    }
    emit(runStart, chunk.length);
    start = -1;
  };

  const tables = new Map(findLineTables(lines, { pipe: true, stacked: true }).map((t) => [t.start, t]));
  const furniture = paged ? runningLines(lines, pageOf) : new Map<number, 'page-header' | 'page-footer'>();
  for (let i = 0; i < lines.length; i++) {
    if (raw[i].includes('\f')) flush(i);
    const role = furniture.get(i);
    if (role) {
      flush(i);
      out.add({ kind: 'paragraph', text: lines[i].trim(), role, prov: { line: { start: i + 1, end: i + 1 }, page: pageAt(i) } });
      continue;
    }
    const t = tables.get(i);
    if (t) {
      flush(i);
      const rows = t.rows.map((r) => r.map((c) => tidy(stripInlineMarkup(c))));
      addTable(rows, { start: t.start + 1, end: t.end }, pageAt(i), t.rowLines.map((l) => l + 1));
      i = t.end - 1;
    } else if (!lines[i].trim()) flush(i);
    else if (start < 0) start = i;
  }
  flush(lines.length);
  return out.blocks;
}
