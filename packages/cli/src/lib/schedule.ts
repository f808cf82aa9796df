/**
 * The order documents go to the workers: largest first, so the longest papers start early and the batch
 * does not end with one worker reading a long PDF while the others wait (the walk's name order put the
 * bench mix's three long PDFs last). Sizes stand in for the work. Equal sizes keep the walk's order, so
 * of two identical files (the same bytes, the same size) the first walked is still the one stored.
 */
import type { Found } from './walk';

/** `found` largest first, ties in walk order. */
export function largestFirst(found: Found[]): Found[] {
  return found
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.bytes - a.f.bytes || a.i - b.i)
    .map(({ f }) => f);
}
