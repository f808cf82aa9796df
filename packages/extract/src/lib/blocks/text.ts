import { BlockBuilder, tidy } from './builder';
import { markdownBlocks } from './markdown';
import type { Block } from '../schema';

/** Lines that all carry tab-separated cells (two or more rows) form a table; otherwise null. */
export function tableFromTabbedLines(lines: string[]): string[][] | null {
  const rows = lines.filter((l) => l.trim());
  if (rows.length < 2 || !rows.every((l) => l.includes('\t'))) return null;
  return rows.map((l) => l.split('\t').map((c) => tidy(c)));
}

/** Does a .txt file look like markdown (pipe tables or ATX headings)? */
export function looksLikeMarkdown(text: string): boolean {
  if (/^\s*\|.*\|\s*\n\s*\|[\s:|-]*-{3,}[\s:|-]*\|?\s*$/m.test(text)) return true;
  const headings = text.match(/^#{1,6} \S/gm)?.length ?? 0;
  return headings >= 2;
}

/** Inline markdown a converter leaves in plain text: `[text](url)` links and `<url>` autolinks. */
function stripInlineMarkup(line: string): string {
  return line
    .replace(/\[([^\]]+)\]\((?:[^)\s]*)\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, ' ');
}

/**
 * Plain text converted from a PDF or Word paper: blank lines separate blocks, each block keeps its
 * lines; tab-separated runs are tables. Markdown-looking text is handed to the markdown reader.
 */
export async function textBlocks(text: string): Promise<Block[]> {
  if (looksLikeMarkdown(text)) return markdownBlocks(text);
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
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const chunk = lines.slice(start, end).map(stripInlineMarkup);
    const line = { start: start + 1, end };
    const pg = paged ? pageOf[start] : null;
    const table = tableFromTabbedLines(chunk);
    if (table) out.add({ kind: 'table', text: '', rows: table, prov: { line, page: pg, origin: 'table' } });
    else {
      // A run of lines mixing tabbed rows and plain lines: split them apart.
      let runStart = 0;
      const emit = (from: number, to: number) => {
        if (from >= to) return;
        const part = chunk.slice(from, to);
        const t = tableFromTabbedLines(part);
        const l = { start: start + 1 + from, end: start + to };
        if (t) out.add({ kind: 'table', text: '', rows: t, prov: { line: l, page: pg, origin: 'table' } });
        else out.add({ kind: 'paragraph', text: tidy(part.join('\n')), prov: { line: l, page: pg } });
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
    }
    start = -1;
  };
  lines.forEach((l, i) => {
    if (raw[i].includes('\f')) flush(i);
    if (!l.trim()) flush(i);
    else if (start < 0) start = i;
  });
  flush(lines.length);
  return out.blocks;
}
