import type { Nodes, Root, RootContent } from 'mdast';
import { BlockBuilder, tidy } from './builder';
import { tableFromTabbedLines } from './text';
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

/** Plain text of an mdast node: links keep their text, html keeps its visible text. */
export function mdText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return node.value.replace(/<[^>]*>/g, ' ');
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(mdText).join('') : '';
  }
}

/** Markdown (CommonMark + GFM tables) into raw blocks with line provenance. */
export async function markdownBlocks(text: string): Promise<Block[]> {
  const tree = (await markdownParser()).parse(text) as Root;
  const out = new BlockBuilder();
  const lines = (n: RootContent) => ({ start: n.position?.start.line ?? 0, end: n.position?.end.line ?? 0 });
  const visit = (node: RootContent, depth: number) => {
    switch (node.type) {
      case 'heading':
        out.add({ kind: 'heading', level: node.depth, text: tidy(mdText(node)), prov: { line: lines(node) } });
        return;
      case 'table':
        out.add({
          kind: 'table',
          text: '',
          rows: node.children.map((row) => row.children.map((cell) => tidy(mdText(cell)).replace(/\s*\n\s*/g, ' '))),
          prov: { line: lines(node), origin: 'table' },
        });
        return;
      case 'list':
        for (const item of node.children) {
          for (const child of item.children) {
            if (child.type === 'list') visit(child, depth + 1);
            else if (child.type === 'paragraph')
              out.add({ kind: 'list-item', level: depth, text: tidy(mdText(child)), prov: { line: lines(child) } });
            else visit(child, depth + 1);
          }
        }
        return;
      case 'paragraph':
      case 'html':
      case 'code':
      case 'blockquote': {
        const body = tidy(node.type === 'code' ? node.value : mdText(node));
        // Tab-separated lines inside markdown are a table that markdown itself cannot express.
        const table = tableFromTabbedLines(body.split('\n'));
        if (table) out.add({ kind: 'table', text: '', rows: table, prov: { line: lines(node), origin: 'table' } });
        else out.add({ kind: 'paragraph', text: body, prov: { line: lines(node) } });
        return;
      }
      case 'thematicBreak':
        return;
      default:
        out.add({ kind: 'paragraph', text: tidy(mdText(node as Nodes)), prov: { line: lines(node) } });
    }
  };
  for (const node of tree.children) visit(node, 0);
  return out.blocks;
}
