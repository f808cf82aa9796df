import { BlockBuilder, tidy } from './builder';
import { markdownBlocks } from './markdown';
import { tableFromTabbedLines } from './tabbed';
import { findLineTables } from './line-tables';
import { setextHeadings } from './setext';
import { isLayoutText, layoutTextBlocks } from './layout-text';
import type { Block, Provenance } from '../schema';

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

/**
 * Plain text converted from a PDF or Word paper: blank lines separate blocks, each block keeps its
 * lines; grid, pipe, space-aligned (under a dashed rule) and tab-separated runs are tables; a line
 * underlined by `===` or `---` is a heading. Markdown-looking text is handed to the markdown reader.
 */
export async function textBlocks(text: string): Promise<Block[]> {
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
    const emit = (from: number, to: number) => {
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

  const tables = new Map(findLineTables(lines, { pipe: true }).map((t) => [t.start, t]));
  for (let i = 0; i < lines.length; i++) {
    if (raw[i].includes('\f')) flush(i);
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
