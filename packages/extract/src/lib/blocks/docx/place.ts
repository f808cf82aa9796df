/** Blocks read from outside the body (headers, footers, DrawingML text boxes) placed among the body's blocks by their anchor text. */

/** A block before the builder numbers it. */
export interface PendingBlock {
  kind: 'heading' | 'paragraph' | 'list-item' | 'table';
  text: string;
  rows: string[][] | null;
  level: number | null;
  origin: 'body' | 'textbox' | 'header' | 'footer' | 'table';
  role: 'content' | 'page-header' | 'page-footer';
}

/** Insert extra blocks before the body block that starts with `before`, or after the one that equals `after`. */
export function place(body: PendingBlock[], extras: { before: string | null; after: string | null; blocks: PendingBlock[] }[]): PendingBlock[] {
  const out = [...body];
  let from = 0;
  for (const [i, e] of extras.entries()) {
    let at = -1;
    // Extras anchored at the same place (a paragraph's text boxes) follow one another in their order.
    const previous = extras[i - 1];
    if (previous && previous.after === e.after && previous.before === e.before && (e.after || e.before)) at = from;
    else if (e.after === '\u0000start') at = 0;
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


/** A text box's place on the page in points: left, top, width, height (null when it flows inline with the text). */
interface Spot {
  x: number;
  y: number;
  w: number;
  h: number;
}

const EMU_PER_POINT = 12700;
const POINTS: Record<string, number> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, px: 0.75, pc: 12, emu: 1 / EMU_PER_POINT };

/** A VML length ('120pt', '1.5in', '2cm'; a bare number is in pixels, EMU for DrawingML). */
const length = (v: string | undefined) => {
  const m = /^(-?[\d.]+)([a-z]*)$/i.exec(v?.trim() ?? '');
  return m ? Number(m[1]) * (POINTS[m[2].toLowerCase() || 'px'] ?? 1) : null;
};

/** Where a DrawingML anchor or a VML shape puts its box: offsets (or alignments: left, centre, right) and extent. */
function spotOf(box: string): Spot | null {
  const anchor = /<wp:anchor\b[\s\S]*?(?=<a:graphic\b)/.exec(box)?.[0];
  if (anchor) {
    const extent = /<wp:extent\b[^>]*\bcx="(\d+)"[^>]*\bcy="(\d+)"/.exec(anchor);
    const w = extent ? Number(extent[1]) / EMU_PER_POINT : 0;
    const h = extent ? Number(extent[2]) / EMU_PER_POINT : 0;
    const axis = (tag: string, size: number) => {
      const pos = new RegExp(`<wp:${tag}\\b[^>]*>([\\s\\S]*?)</wp:${tag}>`).exec(anchor)?.[1] ?? '';
      const offset = /<wp:posOffset>(-?\d+)<\/wp:posOffset>/.exec(pos);
      if (offset) return Number(offset[1]) / EMU_PER_POINT;
      const align = /<wp:align>(\w+)<\/wp:align>/.exec(pos)?.[1];
      // Aligned boxes: along a page some 600pt wide (left or top 0, centre, right or bottom).
      return align === undefined ? null : ({ left: 0, top: 0, inside: 0, center: 300 - size / 2, right: 600 - size, bottom: 800 - size, outside: 600 - size } as Record<string, number>)[align] ?? null;
    };
    const x = axis('positionH', w);
    const y = axis('positionV', h);
    return x === null || y === null ? null : { x, y, w, h };
  }
  const style = /<v:(?:shape|rect|roundrect)\b[^>]*\bstyle="([^"]*)"/.exec(box)?.[1];
  if (!style || !/position:\s*absolute/.test(style)) return null;
  const prop = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(style)?.[1];
  const x = length(prop('margin-left') ?? prop('left'));
  const y = length(prop('margin-top') ?? prop('top'));
  return x === null || y === null ? null : { x, y, w: length(prop('width')) ?? 0, h: length(prop('height')) ?? 0 };
}

/** Boxes in the lines a reader sees them in: from the top (boxes overlapping in height share a line), each line from the left. */
export function readingLines<T extends { spot: Spot }>(boxes: T[]): T[][] {
  const lines: { top: number; bottom: number; boxes: T[] }[] = [];
  for (const b of [...boxes].sort((a, c) => a.spot.y - c.spot.y)) {
    const middle = b.spot.y + b.spot.h / 2;
    const line = lines.find((l) => middle >= l.top && middle < Math.max(l.bottom, l.top + 1));
    if (line) {
      line.boxes.push(b);
      line.bottom = Math.max(line.bottom, b.spot.y + b.spot.h);
    } else lines.push({ top: b.spot.y, bottom: b.spot.y + b.spot.h, boxes: [b] });
  }
  return lines.map((l) => l.boxes.sort((a, c) => a.spot.x - c.spot.x));
}

/** The end of the element opening at `start` (its closing tag matched through nesting), or -1. */
function elementEnd(xml: string, start: number, tag: string): number {
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*?(/?)>`, 'g');
  pattern.lastIndex = start;
  let depth = 0;
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/** The name of the bookmarks that mark text written from text boxes into the body (mammoth keeps them as anchors' ids). */
export const BOX_MARK = '_KpiTextBox';

/** A box's own content (the paragraphs of its first txbxContent: DrawingML's, not again its VML fallback's). */
function boxContent(box: string): string {
  const open = /<w:txbxContent\b[^>]*>/.exec(box);
  if (!open) return '';
  const end = elementEnd(box, open.index, 'w:txbxContent');
  return box.slice(open.index + open[0].length, end - '</w:txbxContent>'.length);
}

/** Content with a bookmark in its first paragraph (after the paragraph's properties) naming it as read from a box. */
function marked(content: string, mark: number): string {
  const bookmark = `<w:bookmarkStart w:id="${mark}" w:name="${BOX_MARK}${mark}"/><w:bookmarkEnd w:id="${mark}"/>`;
  return content.replace(/<w:p\/>|<w:p(?:\s[^>]*)?>(?:\s*<w:pPr>[\s\S]*?<\/w:pPr>)?/, (open) => (open === '<w:p/>' ? `<w:p>${bookmark}</w:p>` : open + bookmark));
}

/** Lines of boxes as body XML: a line of one box as its paragraphs, consecutive lines of two boxes or more as one table (a tile's labels over its values, or label beside value). */
function boxesAsBody(lines: string[][], mark: () => number): string {
  let out = '';
  for (let i = 0; i < lines.length; ) {
    if (lines[i].length < 2) {
      out += marked(lines[i++][0], mark());
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j].length >= 2) j++;
    const width = Math.max(...lines.slice(i, j).map((l) => l.length));
    const cell = (content: string) => `<w:tc>${/<w:p[\s>/]/.test(content) ? content : '<w:p/>'}</w:tc>`;
    const rows = lines.slice(i, j).map((l) => `<w:tr>${[...l, ...Array<string>(width - l.length).fill('')].map(cell).join('')}</w:tr>`);
    out += `<w:tbl><w:tblPr/>${marked(rows.join(''), mark())}</w:tbl>`;
    i = j;
  }
  return out;
}

/**
 * The body with the floating text boxes anchored in one paragraph written in reading order. Word keeps a
 * paragraph's boxes in the order they were drawn, so a tile's value box may come before its label ('95%',
 * 'Target'); mammoth (which reads a box's VML fallback) and the DrawingML reader would take them in that order.
 * Boxes laid out as a grid (labels over their values, or each label beside its value) are what a reader sees as
 * a table: they are written after their paragraph as one (marked by bookmarks, so their blocks keep the text box
 * as their origin), a line of one box (a tile's title) as its paragraphs. Boxes without a position (inline) stay.
 */
export function boxesInReadingOrder(xml: string): string {
  if (!/<w:txbxContent\b/.test(xml)) return xml;
  const found: { start: number; end: number; spot: Spot | null }[] = [];
  const opening = /<(mc:AlternateContent|w:drawing|w:pict)(?=[\s>])/g;
  for (let m = opening.exec(xml); m; m = opening.exec(xml)) {
    const end = elementEnd(xml, m.index, m[1]);
    if (end < 0) break;
    const box = xml.slice(m.index, end);
    if (box.includes('<w:txbxContent')) found.push({ start: m.index, end, spot: spotOf(box) });
    opening.lastIndex = end;
  }
  // Runs of boxes in one paragraph: nothing between them opens or closes a paragraph.
  const groups: (typeof found)[] = [];
  for (const [i, b] of found.entries()) {
    const last = groups.at(-1);
    if (last && !/<\/?w:p[\s>]/.test(xml.slice(found[i - 1].end, b.start))) last.push(b);
    else groups.push([b]);
  }
  let out = '';
  let at = 0;
  let mark = 0;
  for (const group of groups) {
    if (group.length < 2 || group.some((b) => !b.spot)) continue;
    const lines = readingLines(group.map((b) => ({ ...b, spot: b.spot! })));
    if (lines.filter((l) => l.length >= 2).length >= 2) {
      // A grid: the boxes leave the paragraph and follow it as a table.
      const paragraphEnd = xml.indexOf('</w:p>', group.at(-1)!.end) + '</w:p>'.length;
      if (paragraphEnd < '</w:p>'.length) continue;
      for (const slot of group) {
        out += xml.slice(at, slot.start);
        at = slot.end;
      }
      out += xml.slice(at, paragraphEnd) + boxesAsBody(lines.map((l) => l.map((b) => boxContent(xml.slice(b.start, b.end)))), () => ++mark + 90000);
      at = paragraphEnd;
      continue;
    }
    const ordered = lines.flat();
    for (const [k, slot] of group.entries()) {
      out += xml.slice(at, slot.start) + xml.slice(ordered[k].start, ordered[k].end);
      at = slot.end;
    }
  }
  return at === 0 ? xml : out + xml.slice(at);
}
