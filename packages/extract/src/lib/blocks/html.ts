import type { Element, ElementContent, Root, RootContent } from 'hast';
import { htmlTableRows, tableRows, type ToText } from './html-table';

/** An HTML fragment parser and the innerText of a hast node. */
export interface HtmlParser {
  parse: (html: string) => Root;
  toText: ToText;
}
let parser: HtmlParser | null = null;

/**
 * unified + rehype-parse (an HTML5 parser: unclosed tags close as a browser would) and
 * hast-util-to-text, loaded on the first paper with HTML in it (workers start without them).
 */
export async function loadHtmlParser(): Promise<HtmlParser> {
  if (parser) return parser;
  const [{ unified }, { default: rehypeParse }, { toText }] = await Promise.all([import('unified'), import('rehype-parse'), import('hast-util-to-text')]);
  const processor = unified().use(rehypeParse, { fragment: true });
  parser = { parse: (html) => processor.parse(html), toText };
  return parser;
}

/** A block read out of an HTML fragment, with 1-based source lines. */
export interface HtmlPiece {
  kind: 'table' | 'paragraph';
  text: string;
  rows: string[][] | null;
  /** Tables: the 1-based line each row (`<tr>`) starts on. */
  rowLines: number[] | null;
  line: { start: number; end: number };
}

const hasTable = (n: RootContent | ElementContent): boolean =>
  n.type === 'element' && (n.tagName === 'table' || n.children.some(hasTable));

/**
 * An HTML fragment (a markdown paper's raw HTML block) as paragraphs and tables in order: every
 * `<table>` becomes a table block, the text around it a paragraph. `firstLine` is the fragment's line.
 */
export function htmlPieces(html: string, firstLine: number, p: HtmlParser): HtmlPiece[] {
  const tree = p.parse(html);
  const out: HtmlPiece[] = [];
  const lineOf = (n: RootContent | undefined, end = false) => firstLine - 1 + ((end ? n?.position?.end.line : n?.position?.start.line) ?? 1);
  let loose: RootContent[] = [];
  const flush = () => {
    const text = p.toText({ type: 'root', children: loose } as Root).replace(/\n\s*\n+/g, '\n').trim();
    // Lines of the nodes that show something (not the line breaks between tags).
    const shown = loose.filter((n) => !(n.type === 'text' && !n.value.trim()) && n.type !== 'comment');
    if (text) out.push({ kind: 'paragraph', text, rows: null, rowLines: null, line: { start: lineOf(shown[0]), end: lineOf(shown[shown.length - 1], true) } });
    loose = [];
  };
  const walk = (nodes: (RootContent | ElementContent)[]) => {
    for (const n of nodes) {
      if (n.type === 'element' && n.tagName === 'table') {
        flush();
        const caption = n.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
        if (caption) loose.push(caption);
        flush();
        out.push({ kind: 'table', text: '', rows: htmlTableRows(n, p.toText), rowLines: tableRows(n).map((tr) => lineOf(tr)), line: { start: lineOf(n), end: lineOf(n, true) } });
      } else if (n.type === 'element' && hasTable(n)) walk(n.children);
      else loose.push(n);
    }
  };
  walk(tree.children);
  flush();
  return out;
}

/** Elements that start a new line when rendered; inline elsewhere. */
const BREAKING = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'section', 'blockquote', 'dt', 'dd']);

/**
 * One inline HTML tag inside markdown text (`<b>`, `</p>`, `<br>`, a comment) reduced to text:
 * inline tags vanish; a breaking tag is a two-space gap mid-line (so the paragraph keeps one text
 * line per source line, and line numbers stay exact) and nothing at a line's end.
 */
export function inlineHtmlText(tag: string, atLineEnd: boolean, p: HtmlParser): string {
  const tree = p.parse(tag);
  const text = p.toText(tree);
  if (text.trim()) return text;
  const name = tag.startsWith('</') ? tag.slice(2).split(/[\s>/]/)[0].toLowerCase() : (tree.children.find((c): c is Element => c.type === 'element')?.tagName ?? '');
  return BREAKING.has(name) && !atLineEnd ? '  ' : '';
}
