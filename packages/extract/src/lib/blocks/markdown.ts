import type { Nodes, Root, RootContent } from 'mdast';
import { BlockBuilder, tidy } from './builder';
import { tableFromTabbedLines } from './tabbed';
import { findLineTables } from './line-tables';
import type { LineTable } from './columns';
import { raisedText } from '../tokens';
import { htmlPieces, inlineHtmlText, loadHtmlParser, type HtmlParser } from './html';
import type { Block } from '../schema';

type Parser = { parse: (text: string) => unknown };
let processor: Parser | null = null;

/** unified + remark load on the first markdown document. */
async function markdownParser(): Promise<Parser> {
  if (processor) return processor;
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([import('unified'), import('remark-parse'), import('remark-gfm')]);
  processor = unified().use(remarkParse).use(remarkGfm) as unknown as Parser;
  return processor;
}

/** Does a node end its source line here (next is a line break, or nothing)? */
function endsLine(next: Nodes | undefined): boolean {
  return !next || next.type === 'break' || (next.type === 'text' && next.value.startsWith('\n'));
}

/**
 * Plain text of an mdast node: links keep their text, emphasis (`**Target:**`) its words, inline
 * HTML its visible text. One text line per source line, so a paragraph's lines keep their numbers.
 */
function mdText(node: Nodes, html: HtmlParser | null): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return html ? inlineHtmlText(node.value, true, html) : '';
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    default: {
      if (!('children' in node)) return '';
      const kids = node.children as Nodes[];
      return kids.map((k, i) => (k.type === 'html' && html ? inlineHtmlText(k.value, endsLine(kids[i + 1]), html) : mdText(k, html))).join('');
    }
  }
}

/** Net `<table>` openings in a stretch of HTML source (a markdown HTML block ends at a blank line, a table may not). */
function tableDepth(source: string): number {
  const s = source.toLowerCase();
  const count = (needle: string) => {
    let n = 0;
    for (let k = s.indexOf(needle); k >= 0; k = s.indexOf(needle, k + needle.length)) if (/[\s>]/.test(s[k + needle.length] ?? '')) n++;
    return n;
  };
  return count('<table') - count('</table');
}

/** Only paragraphs, headings and rules may be re-read as a text table (never code, lists or GFM tables). */
function claimable(tree: Root, t: LineTable): boolean {
  return tree.children.every((n) => {
    const s = n.position?.start.line ?? 0;
    const e = n.position?.end.line ?? 0;
    const overlaps = s <= t.end && e >= t.start + 1;
    return !overlaps || n.type === 'paragraph' || n.type === 'heading' || n.type === 'thematicBreak';
  });
}

/**
 * Markdown (CommonMark + GFM tables) into raw blocks with line provenance. Also read: HTML blocks
 * (`<table>` with spans → table blocks), pandoc grid, simple and multiline tables, setext headings.
 */
export async function markdownBlocks(source: string): Promise<Block[]> {
  // A figure's footnote mark raised in HTML or pandoc's way ('27<sup>3</sup>', '96.5%^1^') is a mark, not
  // more digits of the figure; the line breaks stay where they are.
  const text = source.replace(/<sup>([^<\n]{1,3})<\/sup>|\^(\d{1,2})\^/g, (_, html: string | undefined, caret: string | undefined) => raisedText(html ?? caret!));
  const md = await markdownParser();
  const html = text.includes('<') ? await loadHtmlParser() : null;
  const out = new BlockBuilder();
  const tree = md.parse(text) as Root;
  const lines = text.split('\n');
  const tables = findLineTables(lines, { pipe: false }).filter((t) => claimable(tree, t));
  if (!tables.length) {
    emitTree(tree, text, 0, out, html);
    return out.blocks;
  }
  // Text tables cut the paper into stretches, each read as markdown on its own with its line offset.
  let from = 0;
  const stretch = (to: number) => {
    const part = lines.slice(from, to).join('\n');
    if (part.trim()) emitTree(md.parse(part) as Root, part, from, out, html);
  };
  for (const t of tables) {
    stretch(t.start);
    out.add({ kind: 'table', text: '', rows: t.rows, rowLines: t.rowLines.map((l) => l + 1), prov: { line: { start: t.start + 1, end: t.end }, origin: 'table' } });
    from = t.end;
  }
  stretch(lines.length);
  return out.blocks;
}

/** Blocks of one parsed stretch of markdown whose first line is `offset` lines into the paper. */
function emitTree(tree: Root, source: string, offset: number, out: BlockBuilder, html: HtmlParser | null): void {
  const lines = (n: RootContent) => ({ start: (n.position?.start.line ?? 0) + offset, end: (n.position?.end.line ?? 0) + offset });
  const text = (n: Nodes) => tidy(mdText(n, html));
  const addHtml = (source: string, firstLine: number) => {
    for (const p of htmlPieces(source, firstLine, html!)) {
      if (p.kind === 'table') out.add({ kind: 'table', text: '', rows: p.rows, rowLines: p.rowLines, prov: { line: p.line, origin: 'table' } });
      else out.add({ kind: 'paragraph', text: tidy(p.text), prov: { line: p.line } });
    }
  };
  const visit = (node: RootContent, depth: number) => {
    switch (node.type) {
      case 'heading':
        out.add({ kind: 'heading', level: node.depth, text: text(node), prov: { line: lines(node) } });
        return;
      case 'table':
        out.add({
          kind: 'table',
          text: '',
          rows: node.children.map((row) => row.children.map((cell) => text(cell).replace(/\s*\n\s*/g, ' '))),
          rowLines: node.children.map((row) => (row.position?.start.line ?? 0) + offset),
          prov: { line: lines(node), origin: 'table' },
        });
        return;
      case 'list':
        for (const item of node.children) {
          for (const child of item.children) {
            if (child.type === 'list') visit(child, depth + 1);
            else if (child.type === 'paragraph') out.add({ kind: 'list-item', level: depth, text: text(child), prov: { line: lines(child) } });
            else visit(child, depth + 1);
          }
        }
        return;
      case 'html':
        if (html) return addHtml(node.value, lines(node).start);
        return;
      case 'paragraph':
      case 'code':
      case 'blockquote': {
        const body = node.type === 'code' ? tidy(node.value) : text(node);
        // Tab-separated lines inside markdown are a table that markdown itself cannot express.
        const table = tableFromTabbedLines(body.split('\n'));
        if (table) out.add({ kind: 'table', text: '', rows: table, prov: { line: lines(node), origin: 'table' } });
        else out.add({ kind: 'paragraph', text: body, prov: { line: lines(node) } });
        return;
      }
      case 'thematicBreak':
        return;
      default:
        out.add({ kind: 'paragraph', text: text(node as Nodes), prov: { line: lines(node) } });
    }
  };
  const kids = tree.children;
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i];
    if (node.type === 'html' && html && tableDepth(node.value) > 0) {
      // A table with blank lines inside spans several markdown nodes: read its whole source as one.
      let last = i;
      let depth = tableDepth(node.value);
      while (depth > 0 && last + 1 < kids.length) depth += tableDepth(slice(source, kids[++last]));
      // Unclosed: take the run of HTML nodes only, so the markdown after it is still read as markdown.
      if (depth > 0) for (last = i; last + 1 < kids.length && kids[last + 1].type === 'html'; ) last++;
      addHtml(source.slice(node.position!.start.offset!, kids[last].position!.end.offset!), lines(node).start);
      i = last;
    } else visit(node, 0);
  }
}

/** The source text of a node. */
const slice = (source: string, n: RootContent) => source.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? 0);
