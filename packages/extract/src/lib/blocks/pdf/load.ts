/** Open a PDF with pdf.js and read each page's positioned text items (the floor the benchmark measures). */
import { createRequire } from 'node:module';
import { ExtractError } from '../../errors';
import type { PdfPage, Seg } from './geometry';
import { restoreNatives } from '../pdfjs-natives';
import { ARROWS } from '../../lexicon';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
let pdfjs: Promise<PdfJs> | null = null;
const require = createRequire(import.meta.url);
const STANDARD_FONTS = require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, 'standard_fonts/');

/** Load pdf.js once, lazily (it is large and only PDFs need it). */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => (restoreNatives(), m));
  return pdfjs;
}

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Limits a PDF must stay within before its pages are read. */
export const PDF_LIMITS = { maxPages: 5000 };

/** Pages firstPage..lastPage (1-based, inclusive; lastPage 0 reads none, only the count). */
export interface PageRange {
  firstPage: number;
  lastPage: number;
}

/**
 * Open a PDF and return its text items per page (the floor the benchmark measures against) and its page
 * count. With a range, only those pages are read: workers split a long document this way.
 */
export async function pdfTextItems(bytes: Uint8Array, range?: PageRange): Promise<{ pages: PdfPage[]; numPages: number }> {
  const lib = await loadPdfJs();
  let doc;
  try {
    doc = await lib.getDocument({ data: bytes.slice(), standardFontDataUrl: STANDARD_FONTS, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, stopAtErrors: false }).promise;
    restoreNatives();
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new ExtractError('encrypted', 'the PDF is password-protected');
    if (name === 'InvalidPDFException') throw new ExtractError('damaged', `not a readable PDF (${(e as Error).message})`);
    throw new ExtractError('damaged', `the PDF could not be opened (${(e as Error).message.split('\n')[0]})`);
  }
  try {
    if (doc.numPages > PDF_LIMITS.maxPages) throw new ExtractError('too-large', `${doc.numPages} pages is over the ${PDF_LIMITS.maxPages}-page limit`);
    return { pages: await readPages(doc, range), numPages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

/** The page loop: one text-content pass per page, nothing else (no operator lists). */
async function readPages(doc: PdfDocument, range?: PageRange): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  for (let n = range?.firstPage ?? 1, last = Math.min(range?.lastPage ?? Infinity, doc.numPages); n <= last; n++) {
    const page = await doc.getPage(n);
    const vp = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    pages.push({ width: vp.width, height: vp.height, items: pageItems(content.items as RawItem[], vp.height) });
    page.cleanup();
  }
  return pages;
}

/** pdf.js items into runs with a top-left origin; blank items dropped, stream order kept. */
function pageItems(raw: RawItem[], pageHeight: number): Seg[] {
  const items: Seg[] = [];
  raw.forEach((it, order) => {
    const text = cleanGlyphs(it.str ?? '');
    if (!text.trim()) return;
    const [a, b, , d, e, f] = it.transform;
    const h = Math.abs(it.height || Math.hypot(b, d) || Math.abs(a));
    items.push({ text, x: e, y: pageHeight - f - h * 0.8, w: it.width, h, order });
  });
  return items;
}

/** Symbol-font arrows without a Unicode map land at U+F000 + their byte: read as the letter a text dump shows. */
const SYMBOL_ARROWS = new Map([...ARROWS.up, ...ARROWS.down, ...ARROWS.level].filter((a) => a.length === 1 && a.charCodeAt(0) < 0x100).map((a) => [String.fromCharCode(0xf000 + a.charCodeAt(0)), a]));

/** What cleanGlyphs changes: the Private Use Area (bullets and arrows among it) and no-break spaces. */
const NEEDS_CLEANING = /[\uE000-\uF8FF\u00a0]/;

/** Symbol-font bullets and arrows land in the Private Use Area; keep bullets and arrows, drop the rest. */
export function cleanGlyphs(s: string): string {
  // Nearly every run has none of these: one scan, not four replaces.
  if (!NEEDS_CLEANING.test(s)) return s;
  return s
    .replace(/[\uF0B7\uF0A7\uF076\uF0D8]/g, '•')
    .replace(/[\uF000-\uF0FF]/g, (c) => SYMBOL_ARROWS.get(c) ?? c)
    .replace(/[\uE000-\uF8FF]/g, '')
    .replace(/\u00a0/g, ' ');
}
