/** OOXML and mammoth's HTML as ordered node trees (fast-xml-parser, numbers kept as printed), and walking them. */
import type { XMLParser } from 'fast-xml-parser';
import { ExtractError } from '../../errors';
import { DOCX_LIMITS } from './package';

/** A parsed XML element: its tag maps to its children, ':@' to its attributes. */
export type Node = Record<string, unknown>;
let parser: XMLParser;

/** Load the XML parser on the first Word document (other formats never pay for it). */
export async function loadXmlParser(): Promise<void> {
  const { XMLParser: Parser } = await import('fast-xml-parser');
  parser ??= new Parser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, processEntities: true, htmlEntities: false, parseTagValue: false, parseAttributeValue: false });
}

/** Parse mammoth's HTML body (one root around it). */
export function parseHtml(html: string): Node[] {
  return parser.parse(`<root>${html}</root>`) as Node[];
}

/** Parse OOXML into an ordered node tree; nesting deeper than the limit is refused. */
export function parseXml(xml: string): Node[] {
  checkDepth(xml);
  try {
    return parser.parse(xml) as Node[];
  } catch (e) {
    throw new ExtractError('damaged', `malformed XML (${(e as Error).message.split('\n')[0]})`);
  }
}

/** Refuse OOXML nested deeper than the limit (checked without building a tree). */
export function checkDepth(xml: string): void {
  let depth = 0;
  let max = 0;
  for (const m of xml.matchAll(/<(\/?)[A-Za-z][^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth > max) max = depth;
    if (max > DOCX_LIMITS.maxXmlDepth) throw new ExtractError('damaged', `XML nested more than ${DOCX_LIMITS.maxXmlDepth} levels deep`);
  }
}

/** A node's tag name. */
export const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ':@') ?? '';
/** A node's children in order. */
export const kids = (n: Node): Node[] => {
  const v = n[tagOf(n)];
  return Array.isArray(v) ? (v as Node[]) : [];
};
/** A node's attributes. */
export const attrs = (n: Node) => (n[':@'] as Record<string, string>) ?? {};

/** Text of an OOXML element: w:t runs, tabs (and positional tabs) as tabs, breaks as new lines; text boxes inside are skipped. */
export function wText(n: Node, skipBoxes = true): string {
  const tag = tagOf(n);
  if (tag === '#text') return String(n['#text']);
  if (tag === 'w:tab' || tag === 'w:ptab') return '\t';
  if (tag === 'w:br' || tag === 'w:cr') return '\n';
  if (skipBoxes && (tag === 'w:txbxContent' || tag === 'mc:AlternateContent' || tag === 'w:pict' || tag === 'w:drawing')) return '';
  if (tag === 'w:instrText' || tag === 'w:delText') return '';
  return kids(n).map((k) => wText(k, skipBoxes)).join('');
}

/** Every descendant with a tag (not looking inside `stopAt`). */
export function findAll(n: Node, tag: string, out: Node[] = [], stopAt?: string): Node[] {
  for (const k of kids(n)) {
    const t = tagOf(k);
    if (t === tag) out.push(k);
    else if (t !== stopAt) findAll(k, tag, out, stopAt);
  }
  return out;
}

