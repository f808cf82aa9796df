/**
 * A page's blocks in reading order. Blocks are read top to bottom, except where the page is printed in
 * columns: cards side by side, or text flowing in two columns. There a white gutter runs down through
 * consecutive bands of the page (rows of blocks that overlap vertically) and each column is read to its
 * end before the next (recursively: a column may hold columns of its own). A gutter between a form's
 * labels and their values, or between a title and its badge, is not a column: judged by the blocks on
 * either side (labels or bare values beside the text they belong to), never by their words alone.
 */
import type { Box } from '../../schema';
import { isValueCell } from '../cell-kinds';
import { isFieldLabel } from './text-groups';
import { indicatorHeading, periodHeading, ragWord } from '../../vocabulary';
import { isBareCode } from '../../identifiers';

/** A block placed on the page: its sort position (`top` may be raised to a shared baseline) and its box. */
export interface Placed {
  top: number;
  left: number;
  block: { kind: string; text: string; prov: { box?: Box | null } };
}

/** The narrowest white gap (points) read as a gutter between columns. */
const MIN_GUTTER = 12;
/** Bands a gutter must cross with blocks on both sides of it to make columns. */
const MIN_TWO_SIDED = 2;
/** Columns of a page are of comparable widths; a form's label column is much narrower than its values. */
const MIN_WIDTH_RATIO = 0.4;

interface Span {
  x0: number;
  x1: number;
}

interface Item<T> {
  o: T;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

interface Band<T> {
  items: Item<T>[];
  bottom: number;
}

/** Blocks in reading order: by top then left, column by column where the page is printed in columns. */
export function readingOrder<T extends Placed>(placed: T[]): T[] {
  const items = placed.map((o) => {
    const box = o.block.prov.box;
    return box ? { o, x0: box.x, x1: box.x + box.w, y0: o.top, y1: Math.max(box.y + box.h, o.top) } : { o, x0: o.left, x1: o.left, y0: o.top, y1: o.top };
  });
  return order(items).map((i) => i.o);
}

/** Top to bottom; blocks that start level (within a few points: a title beside a panel) left to right. */
const byPlace = <T>(a: Item<T>, b: Item<T>) => (Math.abs(a.y0 - b.y0) < LEVEL ? a.x0 - b.x0 : a.y0 - b.y0);
/** How far apart (points) two tops may be and still start level. */
const LEVEL = 3;

function order<T extends Placed>(items: Item<T>[]): Item<T>[] {
  const sorted = [...items].sort(byPlace);
  if (sorted.length < 4) return sorted;
  const bands = bandsOf(sorted);
  const out: Item<T>[] = [];
  let done = 0;
  for (let i = 0; i < bands.length; i++) {
    const region = columnRegion(bands, i, done);
    if (!region) continue;
    for (let k = done; k < region.from; k++) out.push(...bands[k].items);
    for (const row of gridRows(bands.slice(region.from, region.to + 1), region.gutter)) {
      const inRow = row.flatMap((b) => b.items);
      out.push(...order(inRow.filter((it) => it.x1 <= region.gutter.x0 + 0.5)), ...order(inRow.filter((it) => it.x1 > region.gutter.x0 + 0.5)));
    }
    done = region.to + 1;
    i = region.to;
  }
  for (let k = done; k < bands.length; k++) out.push(...bands[k].items);
  return out;
}

/**
 * Cards in a grid are read row by row: the columns are cut where a wide white gap crosses both and the
 * next row of cards starts level on both sides with their titles (text flowing in columns seldom does;
 * two cards of one template have their sections level too, but not titles).
 */
function gridRows<T extends Placed>(bands: Band<T>[], g: Span): Band<T>[][] {
  const gaps = bands.slice(1).map((b, k) => b.items[0].y0 - bands[k].bottom);
  const usual = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  const rows: Band<T>[][] = [[bands[0]]];
  bands.slice(1).forEach((b, k) => {
    const firstLeft = b.items.find((it) => it.x1 <= g.x0 + 0.5);
    const firstRight = b.items.find((it) => it.x0 >= g.x1 - 0.5);
    const level = firstLeft && firstRight && Math.abs(firstLeft.y0 - firstRight.y0) < 2 && titled(firstLeft.o) && titled(firstRight.o);
    if (level && gaps[k] >= Math.max(2 * usual, 10)) rows.push([b]);
    else rows[rows.length - 1].push(b);
  });
  return rows;
}

/**
 * A card's title: a heading, a line that begins with an indicator's identifier, or the identifier alone over
 * its title (a title printed barely larger than the body text is no heading by its size).
 */
const titled = (o: Placed) => o.block.kind === 'heading' || indicatorHeading(o.block.text.split('\n')[0]) !== null || identifierAlone(o.block.text);
/** An identifier alone on its line ('ASC 04', 'HSG 11'): letters and a number, not a period ('Q3', 'P9'). */
const identifierAlone = (text: string) => !text.includes('\n') && /[A-Z].*[A-Z]/.test(text) && isBareCode(text) && periodHeading(text) === null;

/** Rows of blocks that overlap vertically (a block taller than its neighbours holds them in its band). */
function bandsOf<T>(sorted: Item<T>[]): Band<T>[] {
  const bands: Band<T>[] = [];
  for (const it of sorted) {
    const band = bands[bands.length - 1];
    if (band && it.y0 < band.bottom - 1) {
      band.items.push(it);
      band.bottom = Math.max(band.bottom, it.y1);
    } else bands.push({ items: [it], bottom: it.y1 });
  }
  for (const b of bands) b.items.sort(byPlace);
  return bands;
}

/** The x spans a band's blocks cover, merged, left to right. */
function spansOf<T>(band: Band<T>): Span[] {
  const spans: Span[] = [];
  for (const it of [...band.items].sort((a, b) => a.x0 - b.x0)) {
    const last = spans[spans.length - 1];
    if (last && it.x0 < last.x1 + 0.5) last.x1 = Math.max(last.x1, it.x1);
    else spans.push({ x0: it.x0, x1: it.x1 });
  }
  return spans;
}

/** The parts of `gap` that no span of the band covers and that are wide enough to be a gutter. */
function freeParts(gap: Span, spans: Span[]): Span[] {
  const parts: Span[] = [];
  let x = gap.x0;
  for (const s of [...spans, { x0: Infinity, x1: Infinity }]) {
    if (s.x1 <= x) continue;
    const free = { x0: x, x1: Math.min(gap.x1, s.x0) };
    if (free.x1 - free.x0 >= MIN_GUTTER) parts.push(free);
    x = Math.max(x, s.x1);
    if (x >= gap.x1) break;
  }
  return parts;
}

/** Ways a gutter followed band by band may go at once: where a band leaves two parts free, both are followed, the widest few. */
const BEAM = 4;

/**
 * A gutter followed from band `i` through the bands after it, then before it (not before `floor`), as far as
 * it runs: each way it can go, narrowed by every band it crosses.
 */
function gutterRuns<T>(bands: Band<T>[], i: number, floor: number, gap: Span): { from: number; to: number; gutter: Span }[] {
  const widest = <R extends { gutter: Span }>(runs: R[]) => runs.sort((a, b) => b.gutter.x1 - b.gutter.x0 - (a.gutter.x1 - a.gutter.x0)).slice(0, BEAM);
  const follow = (runs: { from: number; to: number; gutter: Span }[], step: 1 | -1) => {
    const done: typeof runs = [];
    let open = runs;
    while (open.length) {
      const next: typeof runs = [];
      for (const r of open) {
        const j = step === 1 ? r.to + 1 : r.from - 1;
        const parts = j < bands.length && j >= floor ? freeParts(r.gutter, spansOf(bands[j])) : [];
        if (!parts.length) done.push(r);
        for (const gutter of parts) next.push(step === 1 ? { ...r, to: j, gutter } : { ...r, from: j, gutter });
      }
      open = widest(next);
    }
    return done;
  };
  return follow(follow([{ from: i, to: i, gutter: gap }], 1), -1);
}

/** Whether one band holds a stack of blocks on each side (tiles side by side, staggered so they make one band). */
const stacked = <T>(band: Band<T>, g: Span) => band.items.filter((it) => it.x1 <= g.x0 + 0.5).length >= MIN_STACK && band.items.filter((it) => it.x0 >= g.x1 - 0.5).length >= MIN_STACK;
/** Blocks each side of a gutter within one band that make it columns. */
const MIN_STACK = 3;

/** Whether a band has blocks on both sides of the gutter. */
const twoSided = <T>(band: Band<T>, g: Span) => band.items.some((it) => it.x1 <= g.x0 + 0.5) && band.items.some((it) => it.x0 >= g.x1 - 0.5);

/**
 * The bands around band `i` (not before `floor`) that a gutter through band i runs down, when they read
 * as columns; the gutter widest where it runs (narrowed by every band it crosses) wins.
 */
function columnRegion<T extends Placed>(bands: Band<T>[], i: number, floor: number): { from: number; to: number; gutter: Span } | null {
  const spans = spansOf(bands[i]);
  const gaps: Span[] = [];
  for (let k = 1; k < spans.length; k++) if (spans[k].x0 - spans[k - 1].x1 >= MIN_GUTTER) gaps.push({ x0: spans[k - 1].x1, x1: spans[k].x0 });
  gaps.sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0));
  const found: { from: number; to: number; gutter: Span }[] = [];
  for (const gap of gaps) {
    for (const { from, to, gutter } of gutterRuns(bands, i, floor, gap)) {
      const region = bands.slice(from, to + 1);
      if ((region.filter((b) => twoSided(b, gutter)).length >= MIN_TWO_SIDED || region.some((b) => stacked(b, gutter))) && readsAsColumns(region.flatMap((b) => b.items), gutter)) found.push({ from, to, gutter });
    }
  }
  // The widest gutter once narrowed by the bands it runs through (a badge beside a title leaves a narrow one).
  return found.sort((a, b) => b.gutter.x1 - b.gutter.x0 - (a.gutter.x1 - a.gutter.x0))[0] ?? null;
}

/** A line that is a field of a form: 'Label: value', a label alone or a value alone. */
const fieldLine = (line: string) => /^[^:]{1,48}:\s*\S/.test(line) && line.split(':')[0].trim().split(/\s+/).length <= 6;
/** A block that is only a field label ('Target', 'Commentary:'; not 'Status: Green'), or only a value ('82%', 'Green'). */
const labelOnly = (text: string) => text.split('\n').length === 1 && isFieldLabel(text) && !fieldLine(text);
const valueOnly = (text: string) => text.split('\n').length === 1 && (isValueCell(text.trim()) || ragWord(text.trim()) !== null);

/** A block that is more than a form's field: a heading, a chart or table, or text that does not begin with a label. */
const ownContent = (block: Placed['block']) => block.kind !== 'paragraph' || !(fieldLine(block.text.split('\n')[0]) || labelOnly(block.text) || valueOnly(block.text));

/**
 * Columns, not a form: the two sides are of comparable widths, each holds a title (a card's figures panel
 * beside its title and text has none), the right one holds more than fields (a form printed two fields to a
 * row has only fields on its right), no block on the right begins level with a label on the left, nor is a
 * bare value level with text on the left (a badge beside its title) unless its own column's text stands
 * level before it (two tiles side by side, each with its badge).
 */
function readsAsColumns<T extends Placed>(items: Item<T>[], g: Span): boolean {
  const left = items.filter((it) => it.x1 <= g.x0 + 0.5);
  const right = items.filter((it) => it.x0 >= g.x1 - 0.5);
  const width = (side: Item<T>[]) => Math.max(...side.map((it) => it.x1)) - Math.min(...side.map((it) => it.x0));
  const [a, b] = [width(left), width(right)];
  if (Math.min(a, b) < MIN_WIDTH_RATIO * Math.max(a, b) || !right.some((it) => ownContent(it.o.block))) return false;
  // Each column holds a card's title of its own: a card's figures panel beside its text is part of that card.
  if (!left.some((it) => titled(it.o)) || !right.some((it) => titled(it.o))) return false;
  for (const r of right) {
    const h = Math.min(12, r.y1 - r.y0);
    // A value with its own column's text level before it is that text's badge ('CP02 Missed bins …  Red').
    const ownBadge = right.some((o) => o !== r && o.x1 <= r.x0 + 0.5 && Math.abs(o.y0 - r.y0) <= h && !valueOnly(o.o.block.text));
    for (const l of left) {
      if (Math.abs(l.y0 - r.y0) > h * 0.5) continue;
      const lt = l.o.block.text;
      const rt = r.o.block.text;
      // A label's value is the next block on its line: one on its own side of the gutter ('TARGET  20.0'
      // in a panel) leaves the block across the gutter to another panel.
      const ownValue = left.some((o) => o !== l && o.x0 >= l.x1 && Math.abs(o.y0 - l.y0) <= h * 0.5);
      if ((labelOnly(lt) && !ownValue) || (valueOnly(rt) && !valueOnly(lt) && !ownBadge)) return false;
    }
  }
  return true;
}
