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

