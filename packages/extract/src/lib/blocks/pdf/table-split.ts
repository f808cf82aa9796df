/**
 * Headings on one line that head two tables side by side: two cards' value tables ('Target | Actual | Target |
 * Actual'), or two panels of a slide parted by a wide empty gap. Where the first table ends.
 */

/** The length of a run of headings that repeats to the end ('Target | Actual | Target | Actual' → 2), or null. */
export function repeatOf(heads: string[]): number | null {
  for (let p = 2; p <= heads.length / 2; p++) if (heads.length % p === 0 && heads.every((h, i) => h === heads[i % p])) return p;
  return null;
}

/** A gap between headings wide enough to part two panels (points): a column's cells never leave so much. */
const PANEL_GAP = 120;
/** How much wider than every other gap between the headings a panels' gap is. */
const PANEL_GAP_RATIO = 3;
/** How far under the headings (points) the gap must stay empty: the first rows of both tables. */
export const PANEL_GAP_DEPTH = 80;

/**
 * Where a gutter parts headings into two tables: the first gap that is wide, far wider than the others, and
 * with nothing printed in it under the headings (`crossed`); null if none.
 */
export function gutterAt(cols: { x0: number; x1: number }[], crossed: (lo: number, hi: number) => boolean): number | null {
  const gaps = cols.slice(1).map((c, i) => c.x0 - cols[i].x1);
  const at = gaps.findIndex((g, i) => g >= PANEL_GAP && g >= PANEL_GAP_RATIO * Math.max(0, ...gaps.filter((_, k) => k !== i)) && !crossed(cols[i].x1, cols[i + 1].x0));
  return at >= 1 ? at + 1 : null;
}
