/**
 * Text that keeps a PDF's layout with spaces (`pdftotext -layout`): columns, boxes, tables and headings
 * beside their badges stand where the page printed them. Such text is read as the page it is: each run of
 * words becomes a positioned run (a character is a column, a line a row) and goes through the PDF page
 * reader (tables, columns, charts' ticks, furniture); blocks keep their page and lines.
 */
import { BlockBuilder } from './builder';
import { chunks } from './columns';
import { pageBlocks } from './pdf/page';
import { repeatedFurniture } from './pdf/furniture';
import type { PdfPage, Seg } from './pdf/geometry';
import type { TableLayout } from './pdf/tables';
import type { Block } from '../schema';

/** A character's width and a line's height, in the points the page reader measures in. */
const CHAR = 5;
const LINE = 11;
const SIZE = 10;

/**
 * Whether text keeps a page's layout: lines whose words stand in runs far apart (four spaces or more: columns
 * and tables side by side), most of its lines, or many with lines placed far from the margin (twenty spaces
 * or more: centred headings, right-aligned page numbers, a second column), as a page is printed. Tab-separated
 * dumps, and text with tables drawn in rules (pandoc's grid or simple tables), keep the plain-text reading.
 */
export function isLayoutText(text: string): boolean {
  if (text.includes('\t') || /^\s*[-+=]{3,}(?:[\s+|]+[-=]{3,})*[\s+|]*$/m.test(text)) return false;
  const lines = text.split('\n').filter((l) => l.trim());
  const spread = lines.filter((l) => /\S {4,}\S/.test(l)).length;
  const placed = lines.filter((l) => /^ {20,}\S/.test(l)).length;
  return spread >= 8 && (spread >= lines.length * 0.4 || (spread >= lines.length * 0.1 && placed >= 5));
}

/** The pages of layout text as positioned runs: one run per stretch of words (single spaces inside). */
function layoutPages(text: string): { pages: PdfPage[]; firstLine: number[] } {
  const pages: PdfPage[] = [];
  const firstLine: number[] = [];
  let lineNo = 0;
  for (const pageText of text.split('\f')) {
    const lines = pageText.split('\n');
    const items: Seg[] = [];
    lines.forEach((line, row) => {
      for (const c of chunks(line)) items.push({ text: line.slice(c.start, c.end), x: 36 + c.start * CHAR, y: 36 + row * LINE, w: (c.end - c.start) * CHAR, h: SIZE, order: items.length });
    });
    pages.push({ width: 72 + Math.max(0, ...lines.map((l) => l.length)) * CHAR, height: 72 + lines.length * LINE, items });
    firstLine.push(lineNo);
    lineNo += lines.length - 1;
  }
  return { pages, firstLine };
}

/** Blocks of layout text, read as pages; each block keeps its page (where the text has form feeds) and lines. */
export function layoutTextBlocks(text: string): Block[] {
  const { pages, firstLine } = layoutPages(text);
  const paged = pages.length > 1;
  const furniture = repeatedFurniture(pages);
  const out = new BlockBuilder();
  let carry: TableLayout | null = null;
  pages.forEach((page, i) => {
    const result = pageBlocks(page, i + 1, furniture, carry);
    carry = result.carry;
    for (const b of result.blocks) {
      const box = b.prov.box;
      const line = box ? { start: firstLine[i] + 1 + Math.round((box.y - 36) / LINE), end: firstLine[i] + 1 + Math.round((box.y + box.h - 36 - SIZE) / LINE) } : null;
      out.add({ ...b, prov: { ...b.prov, box: null, page: paged ? i + 1 : null, line } });
    }
  });
  return out.blocks;
}
