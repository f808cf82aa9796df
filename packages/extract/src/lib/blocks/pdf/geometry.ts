/** The shapes PDF geometry works on (positioned runs of text) and the small measures every step shares. */
import type { Box } from '../../schema';

/** A positioned run of text (top-left origin, points). */
export interface Seg {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Order in the page's content stream. */
  order: number;
  /** The runs a piece was joined from (its box is theirs); absent on a single run. */
  parts?: Seg[];
}

/** One page's text runs and its size in points. */
export interface PdfPage {
  width: number;
  height: number;
  items: Seg[];
}

/** How far (points) a form's value or text may stand from its label on one line; further is another column. */
export const FORM_REACH = 150;

/** The smallest box around some runs, rounded to 0.1 pt. */
export function boxOf(segs: Seg[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const s of segs.flatMap((p) => p.parts ?? [p])) {
    if (s.x < x0) x0 = s.x;
    if (s.y < y0) y0 = s.y;
    if (s.x + s.w > x1) x1 = s.x + s.w;
    if (s.y + s.h > y1) y1 = s.y + s.h;
  }
  return { x: round(x0), y: round(y0), w: round(x1 - x0), h: round(y1 - y0) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Runs grouped into lines (shared baseline), each line left to right. */
export function linesOf(segs: Seg[]): Seg[][] {
  const sorted = [...segs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Seg[][] = [];
  for (const s of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - s.y) < Math.min(line[0].h, s.h) * 0.5) line.push(s);
    else lines.push([s]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/** How much two boxes overlap, as a share of the smaller one (0–1). */
export function overlapRatio(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.w * a.h, b.w * b.h);
}
