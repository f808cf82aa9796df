/**
 * Filled rectangles of a page and their colours, read from pdf.js's operator list: what shows a RAG rating
 * by colour alone (a table cell shaded red, amber or green with no words in it). Reading operator lists
 * costs about as much again as reading the text, so it is done only for the pages that have such cells.
 */
import type { loadPdfJs } from './load';

/** A filled rectangle in top-left page coordinates (points) and its fill ('#rrggbb'). */
export interface Fill {
  x: number;
  y: number;
  w: number;
  h: number;
  colour: string;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** The smallest a fill must be (points) to be a cell's shading, not a rule or a border. */
const SMALLEST = 4;

/** The filled rectangles of the given pages (1-based) of a PDF, per page number. */
export async function pageFills(lib: Awaited<ReturnType<typeof loadPdfJs>>, bytes: Uint8Array, pages: number[]): Promise<Map<number, Fill[]>> {
  const out = new Map<number, Fill[]>();
  const doc = await lib.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, stopAtErrors: false }).promise;
  try {
    for (const n of pages) {
      const page = await doc.getPage(n);
      const height = page.getViewport({ scale: 1 }).height;
      const list = await page.getOperatorList();
      out.set(n, fillsOf(lib.OPS, list.fnArray, list.argsArray, height));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

/** Walk the operators: the transform and fill colour as saved and restored, each filled path's bounds. */
function fillsOf(OPS: Record<string, number>, fns: number[], args: unknown[][], height: number): Fill[] {
  const painted = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills: Fill[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let colour = '#000000';
  const stack: { ctm: Matrix; colour: string }[] = [];
  fns.forEach((fn, i) => {
    const a = args[i];
    if (fn === OPS.save) stack.push({ ctm, colour });
    else if (fn === OPS.restore) ({ ctm, colour } = stack.pop() ?? { ctm, colour });
    // A form XObject draws in its own matrix, its state restored at its end (pdf.js saves nothing for it).
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ctm, colour });
      if (Array.isArray(a?.[0]) || ArrayBuffer.isView(a?.[0])) ctm = multiply(ctm, Array.from(a[0] as ArrayLike<number>) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ({ ctm, colour } = stack.pop() ?? { ctm, colour });
    else if (fn === OPS.transform) ctm = multiply(ctm, a as Matrix);
    else if (fn === OPS.setFillRGBColor && typeof a?.[0] === 'string') colour = (a[0] as string).toLowerCase();
    else if (fn === OPS.constructPath && painted.has(a?.[0] as number) && a?.[2]) {
      const box = a[2] as ArrayLike<number>;
      const [x0, y0] = apply(ctm, box[0], box[1]);
      const [x1, y1] = apply(ctm, box[2], box[3]);
      const fill = { x: Math.min(x0, x1), y: height - Math.max(y0, y1), w: Math.abs(x1 - x0), h: Math.abs(y1 - y0), colour };
      if (fill.w >= SMALLEST && fill.h >= SMALLEST) fills.push(fill);
    }
  });
  return fills;
}
