/** The body's sections (with their header/footer ids and first text) and text boxes, read from document.xml. */
import type JSZip from 'jszip';
import { tidy } from '../builder';
import type { PendingBlock } from './place';
import { readPart } from './package';
import { attrs, checkDepth, findAll, kids, parseXml, tagOf, wText, type Node } from './xml';

interface Section {
  firstText: string | null;
  /** The last text before the section begins, to place its header after. */
  textBefore: string | null;
  header: string | null;
  footer: string | null;
}

/** Sections (with their header/footer relationship ids and first paragraph) and text boxes of the body. */
export function documentStructure(xml: string): { sections: Section[]; textBoxes: { paragraphs: string[]; anchorText: string }[] } {
  const single = singleSection(xml);
  if (single) return { sections: [single], textBoxes: [] };
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

/**
 * Most papers are one section without text boxes: its header and footer are read from the body's closing
 * section properties alone (a header goes at the start and a footer at the end whatever the text), so the
 * body, which mammoth has already read, is not parsed a second time.
 */
function singleSection(xml: string): Section | null {
  const first = xml.indexOf('<w:sectPr');
  if (first < 0 || xml.indexOf('<w:sectPr', first + 1) >= 0 || xml.includes('txbxContent')) return null;
  checkDepth(xml);
  const tail = /^<w:sectPr\b(?:[^>]*\/>|[\s\S]*?<\/w:sectPr>)\s*<\/w:body>/.exec(xml.slice(first));
  if (!tail) return null;
  const section: Section = { firstText: null, textBefore: null, header: null, footer: null };
  for (const ref of parseXml(tail[0].replace(/<\/w:body>$/, '')).flatMap(kids)) {
    const a = attrs(ref);
    if (tagOf(ref) === 'w:headerReference' && (a['w:type'] ?? 'default') === 'default') section.header = a['r:id'] ?? null;
    if (tagOf(ref) === 'w:footerReference' && (a['w:type'] ?? 'default') === 'default') section.footer = a['r:id'] ?? null;
  }
  return section;
}

/** A header or footer part's paragraphs (its heading styles kept), their tabbed parts as lines. */
export async function partParagraphs(zip: JSZip, rels: Map<string, string>, id: string | null, kind: 'header' | 'footer'): Promise<PendingBlock[]> {
  const target = id ? rels.get(id) : undefined;
  if (!target) return [];
  const xml = await readPart(zip, `word/${target}`);
  if (!xml) return [];
  const root = parseXml(xml);
  const out: PendingBlock[] = [];
  for (const top of root) {
    for (const p of findAll(top, 'w:p')) {
      // Tabs (and positional tabs) set a header's parts at its left, centre and right: each part a line of its own.
      const text = tidy(wText(p, false).split(/\t+/).map((part) => part.trim()).filter(Boolean).join('\n'));
      if (!text) continue;
      const style = findAll(p, 'w:pStyle').map((s) => attrs(s)['w:val'] ?? '')[0] ?? '';
      const level = /heading\s*(\d)/i.exec(style)?.[1];
      out.push({ kind: level ? 'heading' : 'paragraph', text, rows: null, level: level ? Number(level) : null, origin: kind, role: kind === 'header' ? 'page-header' : 'page-footer' });
    }
  }
  return out;
}

