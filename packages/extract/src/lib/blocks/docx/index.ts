/**
 * Word documents: the body through mammoth (paragraphs, headings, lists, tables with merged cells
 * expanded), plus what mammoth leaves out, read from the package itself: page headers and footers
 * (placed at the start or end of their section) and DrawingML-only text boxes (placed at their anchor).
 * Modules: package (zip and its guards) → shading (cells rated by colour alone) → xml (node trees) →
 * structure (sections, boxes) and html (body) → place (extras among the body's blocks).
 */
import { ExtractError } from '../../errors';
import type { Block, Message } from '../../schema';
import { BlockBuilder } from '../builder';
import { htmlBlocks } from './html';
import { tabbedParagraphs } from '../tabbed';
import { openZip, readPart, relationships } from './package';
import { boxesInReadingOrder, place, type PendingBlock } from './place';
import { documentStructure, partParagraphs, printedParts } from './structure';
import type JSZip from 'jszip';
import { loadXmlParser } from './xml';
import { colourOnlyCells } from './shading';
import { printedBody } from './hidden';
import { labelledNumbers } from './numbering';

export { DOCX_LIMITS } from './package';

/** The zip, Word and XML libraries load on the first Word document (other formats never pay for them). */
async function libraries() {
  const [{ default: zip }, { default: mammoth }] = await Promise.all([import('jszip'), import('mammoth'), loadXmlParser()]);
  return { JSZip: zip, mammoth };
}

/** The paragraphs of a section's headers (or footers) for its first, other and even pages; a paragraph printed on each, once. */
async function partsParagraphs(zip: JSZip, rels: Map<string, string>, ids: string[], kind: 'header' | 'footer'): Promise<PendingBlock[]> {
  const out: PendingBlock[] = [];
  for (const id of ids) for (const b of await partParagraphs(zip, rels, id, kind)) if (!out.some((o) => o.text === b.text)) out.push(b);
  return out;
}

/** Word body, text boxes and headers into blocks. */
export async function docxBlocks(bytes: Uint8Array, messages: Message[]): Promise<Block[]> {
  const { JSZip, mammoth } = await libraries();
  const zip = await openZip(JSZip, bytes);
  const documentXml = await readPart(zip, 'word/document.xml');
  if (documentXml === null) throw new ExtractError('damaged', 'not a Word document (the package has no word/document.xml)');
  let html: string;
  try {
    // Hidden text out, skipped grid cells in and identifiers held in numbering written out, then cells that show their RAG by colour alone get the colour
    // as text (mammoth keeps no shading); the package is written again only when something changed.
    const printed = labelledNumbers(printedBody(boxesInReadingOrder(documentXml)), await readPart(zip, 'word/numbering.xml'), await readPart(zip, 'word/styles.xml'));
    const coloured = colourOnlyCells(printed) ?? (printed === documentXml ? null : printed);
    const body = coloured === null ? Buffer.from(bytes) : await zip.file('word/document.xml', coloured).generateAsync({ type: 'nodebuffer' });
    const result = await mammoth.convertToHtml({ buffer: body }, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true });
    html = result.value;
    for (const m of result.messages) if (m.type === 'error') messages.push({ rule: 'docx-read', severity: 'warning', message: m.message, source: 'mammoth', prov: null });
  } catch (e) {
    throw new ExtractError('damaged', `Word body could not be read: ${(e as Error).message}`);
  }
  const body = tabbedParagraphs(htmlBlocks(html));
  const structure = documentStructure(boxesInReadingOrder(documentXml));
  const rels = relationships((await readPart(zip, 'word/_rels/document.xml.rels')) ?? '');
  const extras: { before: string | null; after: string | null; blocks: PendingBlock[] }[] = [];

  // Running headers and footers, each time they change from one section to the next.
  let lastHeader = '';
  let lastFooter = '';
  // Even pages' headers print only when the document sets them apart from odd pages' (settings' w:evenAndOddHeaders).
  const evenPages = /<w:evenAndOddHeaders(?![^>]*w:val="(?:0|false|off)")[\s/>]/.test((await readPart(zip, 'word/settings.xml')) ?? '');
  for (const [i, section] of structure.sections.entries()) {
    const header = await partsParagraphs(zip, rels, printedParts(section, 'header', evenPages), 'header');
    const footer = await partsParagraphs(zip, rels, printedParts(section, 'footer', evenPages), 'footer');
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
  // A box's paragraphs mammoth did read stand as body paragraphs or, for a table in the box, as its cells' lines.
  const read = new Set(body.flatMap((b) => (b.rows ? b.rows.flat().flatMap((c) => c.split('\n').map((l) => l.trim())) : [b.text])));
  for (const box of structure.textBoxes) {
    const present = box.paragraphs.every((p) => read.has(p));
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

