/** The body's sections (with their header/footer ids and first text) and text boxes, read from document.xml. */
import type JSZip from 'jszip';
import { tidy } from '../builder';
import type { PendingBlock } from './place';
import { readPart } from './package';
import { attrs, checkDepth, findAll, kids, parseXml, tagOf, wText, type Node } from './xml';

/** Which pages a header or footer is printed on: the section's first (with `w:titlePg`), every other, even ones (with even-and-odd headers set). */
export type PageKind = 'first' | 'default' | 'even';

interface Section {
  firstText: string | null;
  /** The last text before the section begins, to place its header after. */
  textBefore: string | null;
  /** Header and footer relationship ids by the pages they are printed on. */
  header: Partial<Record<PageKind, string>>;
  footer: Partial<Record<PageKind, string>>;
  /** The section's first page has a header and footer of its own (`w:titlePg`). */
  titlePage: boolean;
}

const emptySection = (textBefore: string | null = null): Section => ({ firstText: null, textBefore, header: {}, footer: {}, titlePage: false });

/** A section's header and footer references and whether its first page has its own. */
function readSectPr(sectPr: Node, section: Section): void {
  for (const ref of kids(sectPr)) {
    const a = attrs(ref);
    const kind = (a['w:type'] ?? 'default') as PageKind;
    const tag = tagOf(ref);
    if ((tag === 'w:headerReference' || tag === 'w:footerReference') && a['r:id'] && ['first', 'default', 'even'].includes(kind)) section[tag === 'w:headerReference' ? 'header' : 'footer'][kind] = a['r:id'];
    if (tag === 'w:titlePg' && !/^(?:0|false|off)$/.test(a['w:val'] ?? '')) section.titlePage = true;
  }
}

/** Text boxes inside an element: in alternate content the DrawingML choice (its VML fallback is the same box); else any box. */
export function boxesIn(el: Node): Node[] {
  const boxes = findAll(el, 'w:txbxContent', [], 'mc:AlternateContent');
  for (const alt of findAll(el, 'mc:AlternateContent')) {
    const choice = kids(alt).find((k) => tagOf(k) === 'mc:Choice') ?? kids(alt).find((k) => tagOf(k) === 'mc:Fallback');
    if (choice) boxes.push(...findAll(choice, 'w:txbxContent'));
  }
  return boxes;
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
  let current = emptySection();
  const closeWith = (sectPr: Node | undefined) => {
    if (sectPr) readSectPr(sectPr, current);
    sections.push(current);
    current = emptySection(lastText || null);
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
    for (const box of boxesIn(el)) {
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
  // A section without its own header (of a kind of page) inherits the one before.
  for (let i = 1; i < sections.length; i++) {
    sections[i].header = { ...sections[i - 1].header, ...sections[i].header };
    sections[i].footer = { ...sections[i - 1].footer, ...sections[i].footer };
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
  const section = emptySection();
  for (const sectPr of parseXml(tail[0].replace(/<\/w:body>$/, ''))) readSectPr(sectPr, section);
  return section;
}

/**
 * A header or footer part's paragraphs (its heading styles kept), their tabbed parts as lines, each followed by
 * the paragraphs of the text boxes it anchors (a committee's name in a box at the top of the page).
 */
export async function partParagraphs(zip: JSZip, rels: Map<string, string>, id: string | null | undefined, kind: 'header' | 'footer'): Promise<PendingBlock[]> {
  const target = id ? rels.get(id) : undefined;
  if (!target) return [];
  const xml = await readPart(zip, `word/${target}`);
  if (!xml) return [];
  const out: PendingBlock[] = [];
  const read = (p: Node) => {
    // Tabs (and positional tabs) set a header's parts at its left, centre and right: each part a line of its own.
    const text = tidy(wText(p).split(/\t+/).map((part) => part.trim()).filter(Boolean).join('\n'));
    const style = findAll(p, 'w:pStyle', [], 'w:txbxContent').map((s) => attrs(s)['w:val'] ?? '')[0] ?? '';
    const level = /heading\s*(\d)/i.exec(style)?.[1];
    if (text) out.push({ kind: level ? 'heading' : 'paragraph', text, rows: null, level: level ? Number(level) : null, origin: kind, role: kind === 'header' ? 'page-header' : 'page-footer' });
    for (const box of boxesIn(p)) for (const inner of findAll(box, 'w:p')) read(inner);
  };
  for (const top of parseXml(xml)) for (const p of findAll(top, 'w:p')) read(p);
  return out;
}

/** The ids of the headers (or footers) a section prints: its first page's own, every page's, even pages' when the document sets them apart. */
export function printedParts(section: Section, which: 'header' | 'footer', evenPages: boolean): string[] {
  const parts = section[which];
  return [section.titlePage ? parts.first : undefined, parts.default, evenPages ? parts.even : undefined].filter((id): id is string => !!id);
}

