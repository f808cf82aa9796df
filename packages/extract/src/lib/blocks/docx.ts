/**
 * Word documents: the body through mammoth (paragraphs, headings, lists, tables with merged cells
 * expanded), plus what mammoth leaves out, read from the package itself: page headers and footers
 * (placed at the start or end of their section) and DrawingML-only text boxes (placed at their anchor).
 */
import type JSZip from 'jszip';
import type { XMLParser } from 'fast-xml-parser';
import { ExtractError } from '../errors';
import type { Block, Message } from '../schema';
import { BlockBuilder, tidy } from './builder';

/** Limits that keep a hostile package from exhausting memory. */
export const DOCX_LIMITS = { maxEntries: 5000, maxUncompressed: 300 * 1024 * 1024, maxRatio: 200, maxXmlDepth: 400 };

type Node = Record<string, unknown>;
let parser: XMLParser;

/** The zip, Word and XML libraries load on the first Word document (other formats never pay for them). */
async function libraries() {
  const [{ default: zip }, { default: mammoth }, { XMLParser: Parser }] = await Promise.all([import('jszip'), import('mammoth'), import('fast-xml-parser')]);
  parser ??= new Parser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, processEntities: true, htmlEntities: false, parseTagValue: false, parseAttributeValue: false });
  return { JSZip: zip, mammoth };
}

/** Word body, text boxes and headers into blocks. */
export async function docxBlocks(bytes: Uint8Array, messages: Message[]): Promise<Block[]> {
  const { JSZip, mammoth } = await libraries();
  const zip = await openZip(JSZip, bytes);
  const documentXml = await readPart(zip, 'word/document.xml');
  if (documentXml === null) throw new ExtractError('damaged', 'not a Word document (the package has no word/document.xml)');
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true });
    html = result.value;
    for (const m of result.messages) if (m.type === 'error') messages.push({ rule: 'docx-read', severity: 'warning', message: m.message, source: 'mammoth', prov: null });
  } catch (e) {
    throw new ExtractError('damaged', `Word body could not be read: ${(e as Error).message}`);
  }
  const body = htmlBlocks(html);
  const structure = documentStructure(documentXml);
  const rels = relationships((await readPart(zip, 'word/_rels/document.xml.rels')) ?? '');
  const extras: { before: string | null; after: string | null; blocks: PendingBlock[] }[] = [];

  // Running headers and footers, each time they change from one section to the next.
  let lastHeader = '';
  let lastFooter = '';
  for (const [i, section] of structure.sections.entries()) {
    const header = await partParagraphs(zip, rels, section.header, 'header');
    const footer = await partParagraphs(zip, rels, section.footer, 'footer');
    const headerText = header.map((b) => b.text).join('\n');
    const footerText = footer.map((b) => b.text).join('\n');
    const start = i === 0 ? '\u0000start' : section.textBefore;
    if (headerText && headerText !== lastHeader) extras.push({ before: section.firstText, after: start, blocks: header });
    const next = structure.sections[i + 1];
    if (footerText && footerText !== lastFooter) extras.push({ before: next?.firstText ?? null, after: next ? next.textBefore : '\u0000end', blocks: footer });
    lastHeader = headerText;
    lastFooter = footerText;
  }
  // Text boxes mammoth could not see (DrawingML without a VML fallback), at the paragraph that anchors them.
  for (const box of structure.textBoxes) {
    const present = box.paragraphs.every((p) => body.some((b) => b.text === p));
    if (present) {
      for (const b of body) if (box.paragraphs.includes(b.text)) b.origin = 'textbox';
      continue;
    }
    extras.push({ before: null, after: box.anchorText || '\u0000start', blocks: box.paragraphs.map((text) => ({ kind: 'paragraph', text, origin: 'textbox', role: 'content', rows: null, level: null })) });
  }
  const ordered = place(body, extras);
  const out = new BlockBuilder();
  for (const b of ordered) {
    out.add({ kind: b.kind, text: b.text, rows: b.rows, level: b.level, role: b.role, prov: { origin: b.origin } });
  }
  return out.blocks;
}

interface PendingBlock {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table';
  text: string;
  rows: string[][] | null;
  level: number | null;
  origin: 'body' | 'textbox' | 'header' | 'footer' | 'table';
  role: 'content' | 'page-header' | 'page-footer';
}

/** Insert extra blocks before the body block that starts with `before`, or after the one that equals `after`. */
function place(body: PendingBlock[], extras: { before: string | null; after: string | null; blocks: PendingBlock[] }[]): PendingBlock[] {
  const out = [...body];
  let from = 0;
  for (const e of extras) {
    let at = -1;
    if (e.after === '\u0000start') at = 0;
    else if (e.after === '\u0000end') at = out.length;
    else if (e.after) {
      const i = findText(out, e.after, from);
      at = i >= 0 ? i + 1 : -1;
    }
    if (at < 0 && e.before) at = findText(out, e.before, from);
    if (at < 0) at = from;
    out.splice(at, 0, ...e.blocks);
    from = at + e.blocks.length;
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** The block whose text begins with (or, for a table, contains) the given text, searching from `from` first. */
function findText(blocks: PendingBlock[], text: string, from: number): number {
  const key = squash(text).slice(0, 80);
  if (!key) return -1;
  const hit = (b: PendingBlock) => (b.rows ? squash(b.rows.flat().join('')).includes(key) : squash(b.text).startsWith(key));
  const i = blocks.findIndex((b, k) => k >= from && hit(b));
  return i >= 0 ? i : blocks.findIndex(hit);
}

async function openZip(Zip: typeof JSZip, bytes: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await Zip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw new ExtractError('damaged', `not a readable .docx (${(e as Error).message.split('\n')[0]})`);
  }
  const files = Object.values(zip.files);
  if (files.length > DOCX_LIMITS.maxEntries) throw new ExtractError('zip-bomb', `the package has ${files.length} entries`);
  let total = 0;
  for (const f of files) {
    const size = (f as unknown as { _data?: { uncompressedSize?: number; compressedSize?: number } })._data;
    const u = size?.uncompressedSize ?? 0;
    const c = size?.compressedSize ?? 0;
    total += u;
    if (u > 1024 * 1024 && c > 0 && u / c > DOCX_LIMITS.maxRatio) throw new ExtractError('zip-bomb', `${f.name} expands ${Math.round(u / c)}× (a zip bomb?)`);
  }
  if (total > DOCX_LIMITS.maxUncompressed) throw new ExtractError('zip-bomb', `the package expands to ${(total / 1048576).toFixed(0)} MB`);
  if (zip.file('EncryptedPackage') || zip.file('EncryptionInfo')) throw new ExtractError('encrypted', 'the document is password-protected');
  return zip;
}

async function readPart(zip: JSZip, name: string): Promise<string | null> {
  const f = zip.file(name);
  if (!f) return null;
  const text = await f.async('string');
  // OOXML never needs a DTD; a DOCTYPE can only declare entities (external or exponential), so refuse it.
  if (/<!DOCTYPE|<!ENTITY/i.test(text.slice(0, 4096)) || /<!ENTITY/i.test(text)) throw new ExtractError('damaged', `${name} declares XML entities (DOCTYPE), which Word never writes; refused`);
  return text;
}

function parseXml(xml: string): Node[] {
  let depth = 0;
  let max = 0;
  for (const m of xml.matchAll(/<(\/?)[A-Za-z][^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth > max) max = depth;
    if (max > DOCX_LIMITS.maxXmlDepth) throw new ExtractError('damaged', `XML nested more than ${DOCX_LIMITS.maxXmlDepth} levels deep`);
  }
  try {
    return parser.parse(xml) as Node[];
  } catch (e) {
    throw new ExtractError('damaged', `malformed XML (${(e as Error).message.split('\n')[0]})`);
  }
}

const tagOf = (n: Node) => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: Node): Node[] => {
  const v = n[tagOf(n)];
  return Array.isArray(v) ? (v as Node[]) : [];
};
const attrs = (n: Node) => (n[':@'] as Record<string, string>) ?? {};

/** Text of an OOXML element: w:t runs, tabs as tabs, breaks as new lines; text boxes inside are skipped. */
function wText(n: Node, skipBoxes = true): string {
  const tag = tagOf(n);
  if (tag === '#text') return String(n['#text']);
  if (tag === 'w:tab') return '\t';
  if (tag === 'w:br' || tag === 'w:cr') return '\n';
  if (skipBoxes && (tag === 'w:txbxContent' || tag === 'mc:AlternateContent' || tag === 'w:pict' || tag === 'w:drawing')) return '';
  if (tag === 'w:instrText' || tag === 'w:delText') return '';
  return kids(n).map((k) => wText(k, skipBoxes)).join('');
}

function findAll(n: Node, tag: string, out: Node[] = [], stopAt?: string): Node[] {
  for (const k of kids(n)) {
    const t = tagOf(k);
    if (t === tag) out.push(k);
    else if (t !== stopAt) findAll(k, tag, out, stopAt);
  }
  return out;
}

interface Section {
  firstText: string | null;
  /** The last text before the section begins, to place its header after. */
  textBefore: string | null;
  header: string | null;
  footer: string | null;
}

/** Sections (with their header/footer relationship ids and first paragraph) and text boxes of the body. */
function documentStructure(xml: string): { sections: Section[]; textBoxes: { paragraphs: string[]; anchorText: string }[] } {
  const root = parseXml(xml);
  const doc = root.find((n) => tagOf(n) === 'w:document');
  const body = doc ? kids(doc).find((n) => tagOf(n) === 'w:body') : undefined;
  const sections: Section[] = [];
  const textBoxes: { paragraphs: string[]; anchorText: string }[] = [];
  if (!body) return { sections, textBoxes };
  let lastText = '';
  let current: Section = { firstText: null, textBefore: null, header: null, footer: null };
  const closeWith = (sectPr: Node | undefined) => {
    if (sectPr) {
      for (const ref of kids(sectPr)) {
        const a = attrs(ref);
        if (tagOf(ref) === 'w:headerReference' && (a['w:type'] ?? 'default') === 'default') current.header = a['r:id'] ?? null;
        if (tagOf(ref) === 'w:footerReference' && (a['w:type'] ?? 'default') === 'default') current.footer = a['r:id'] ?? null;
      }
    }
    sections.push(current);
    current = { firstText: null, textBefore: lastText || null, header: null, footer: null };
  };
  for (const el of kids(body)) {
    const tag = tagOf(el);
    if (tag === 'w:sectPr') {
      closeWith(el);
      continue;
    }
    const paragraphs = tag === 'w:tbl' ? findAll(el, 'w:p').map((p) => tidy(wText(p))).filter(Boolean) : [tidy(wText(el))];
    const text = paragraphs[0]?.split('\n')[0] ?? '';
    if (text && current.firstText === null) current.firstText = text;
    // Text boxes: in alternate content the DrawingML choice (its VML fallback is the same box); else any box.
    const boxes = findAll(el, 'w:txbxContent', [], 'mc:AlternateContent');
    for (const alt of findAll(el, 'mc:AlternateContent')) {
      const choice = kids(alt).find((k) => tagOf(k) === 'mc:Choice') ?? kids(alt).find((k) => tagOf(k) === 'mc:Fallback');
      if (choice) boxes.push(...findAll(choice, 'w:txbxContent'));
    }
    for (const box of boxes) {
      textBoxes.push({ paragraphs: findAll(box, 'w:p').map((p) => tidy(wText(p))).filter(Boolean), anchorText: text || lastText });
    }
    const last = paragraphs.filter(Boolean).pop();
    if (last) lastText = last.split('\n').pop()!;
    if (tag === 'w:p') {
      const pPr = kids(el).find((k) => tagOf(k) === 'w:pPr');
      const sectPr = pPr ? kids(pPr).find((k) => tagOf(k) === 'w:sectPr') : undefined;
      if (sectPr) closeWith(sectPr);
    }
  }
  if (current.firstText !== null) sections.push(current);
  // A section without its own header inherits the one before.
  for (let i = 1; i < sections.length; i++) {
    sections[i].header ??= sections[i - 1].header;
    sections[i].footer ??= sections[i - 1].footer;
  }
  return { sections, textBoxes };
}

function relationships(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) out.set(id, target.replace(/^\/?word\//, '').replace(/^\//, ''));
  }
  return out;
}

async function partParagraphs(zip: JSZip, rels: Map<string, string>, id: string | null, kind: 'header' | 'footer'): Promise<PendingBlock[]> {
  const target = id ? rels.get(id) : undefined;
  if (!target) return [];
  const xml = await readPart(zip, `word/${target}`);
  if (!xml) return [];
  const root = parseXml(xml);
  const out: PendingBlock[] = [];
  for (const top of root) {
    for (const p of findAll(top, 'w:p')) {
      const text = tidy(wText(p, false));
      if (!text) continue;
      const style = findAll(p, 'w:pStyle').map((s) => attrs(s)['w:val'] ?? '')[0] ?? '';
      const level = /heading\s*(\d)/i.exec(style)?.[1];
      out.push({ kind: level ? 'heading' : 'paragraph', text, rows: null, level: level ? Number(level) : null, origin: kind, role: kind === 'header' ? 'page-header' : 'page-footer' });
    }
  }
  return out;
}

/** Blocks from mammoth's HTML: headings, paragraphs, list items, tables with spans expanded. */
export function htmlBlocks(html: string): PendingBlock[] {
  let nodes: Node[];
  try {
    nodes = parser.parse(`<root>${html}</root>`) as Node[];
  } catch (e) {
    throw new ExtractError('damaged', `Word body could not be read (${(e as Error).message.split('\n')[0]})`);
  }
  const out: PendingBlock[] = [];
  const text = (n: Node): string => {
    const tag = tagOf(n);
    if (tag === '#text') return String(n['#text']);
    if (tag === 'br') return '\n';
    if (tag === 'table') return '';
    if (tag === 'p' || tag === 'li') return kids(n).map(text).join('') + '\n';
    return kids(n).map(text).join('');
  };
  const visit = (n: Node, listLevel: number) => {
    const tag = tagOf(n);
    const m = /^h([1-6])$/.exec(tag);
    if (m) out.push({ kind: 'heading', text: tidy(text(n)), rows: null, level: Number(m[1]), origin: 'body', role: 'content' });
    else if (tag === 'p') out.push({ kind: 'paragraph', text: tidy(text(n)), rows: null, level: null, origin: 'body', role: 'content' });
    else if (tag === 'ul' || tag === 'ol') for (const li of kids(n)) visit(li, listLevel + 1);
    else if (tag === 'li') {
      out.push({ kind: 'list-item', text: tidy(kids(n).filter((k) => !['ul', 'ol'].includes(tagOf(k))).map(text).join('')), rows: null, level: listLevel - 1, origin: 'body', role: 'content' });
      for (const k of kids(n)) if (['ul', 'ol'].includes(tagOf(k))) visit(k, listLevel);
    } else if (tag === 'table') {
      const nested: Node[] = [];
      out.push({ kind: 'table', text: '', rows: tableRows(n, text, nested), level: null, origin: 'table', role: 'content' });
      for (const t of nested) visit(t, listLevel);
    } else for (const k of kids(n)) visit(k, listLevel);
  };
  for (const n of nodes) visit(n, 0);
  return out.filter((b) => b.kind === 'table' || b.text);
}

/** A table's grid: colspans repeated across columns, rowspans filled down; nested tables collected. */
function tableRows(table: Node, text: (n: Node) => string, nested: Node[]): string[][] {
  const rows: string[][] = [];
  const pending: (({ text: string; left: number } | undefined))[] = [];
  const trs = findAll(table, 'tr', [], 'table');
  for (const tr of trs) {
    const row: string[] = [];
    let col = 0;
    const fill = () => {
      while (pending[col] && pending[col]!.left > 0) {
        row.push(pending[col]!.text);
        pending[col]!.left--;
        col++;
      }
    };
    for (const cell of kids(tr)) {
      if (!['td', 'th'].includes(tagOf(cell))) continue;
      fill();
      for (const t of findAll(cell, 'table')) nested.push(t);
      const value = tidy(kids(cell).map(text).join('')).replace(/\n+/g, '\n');
      const a = attrs(cell);
      const span = Math.max(1, Number(a.colspan ?? 1) || 1);
      const down = Math.max(1, Number(a.rowspan ?? 1) || 1);
      for (let s = 0; s < span; s++) {
        row.push(value);
        if (down > 1) pending[col] = { text: value, left: down - 1 };
        col++;
      }
    }
    fill();
    rows.push(row);
  }
  return rows;
}
