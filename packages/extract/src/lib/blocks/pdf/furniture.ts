/** Page furniture: page numbers and running headers/footers repeated in the margins of most pages. */
import type { PdfPage, Seg } from './geometry';

/** Top and bottom share of the page counted as margin. */
const TOP = 0.08;
const BOTTOM = 0.92;

/** A protective marking printed in the margin of public-sector papers ('OFFICIAL', 'OFFICIAL – SENSITIVE'). */
const MARKING = /^(?:official(?:\s*[-–—:]?\s*sensitive)?|not\s+protectively\s+marked|unclassified|restricted|public)$/i;

const keyOf = (s: Seg) => `${Math.round(s.y / 4)}|${s.text.replace(/\d+/g, '#').trim()}`;
const inMargin = (s: Seg, height: number) => s.y < height * TOP || s.y > height * BOTTOM;

/** Text repeated at the same place on most pages (running headers/footers), by normalised text. */
export function repeatedFurniture(pages: PdfPage[]): Set<string> {
  return furnitureOf(pages.map(marginKeys), pages.length);
}

/** One page's margin texts, by place and normalised text, each once: what repeatedFurniture counts. */
export function marginKeys(p: PdfPage): string[] {
  const seen = new Set<string>();
  for (const s of p.items) {
    if (s.y > p.height * TOP && s.y < p.height * BOTTOM) continue;
    seen.add(keyOf(s));
  }
  return [...seen];
}

/** The furniture of a paper of `pageCount` pages from every page's margin keys (pages read apart, by workers, count alike). */
export function furnitureOf(keysByPage: string[][], pageCount: number): Set<string> {
  const counts = new Map<string, number>();
  for (const keys of keysByPage) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  // On a paper of two pages, text in both margins at one place is furniture too.
  const min = pageCount === 2 ? 2 : Math.max(3, Math.ceil(pageCount * 0.6));
  return new Set([...counts].filter(([, n]) => n >= min).map(([k]) => k));
}

/** Whether a run on a page of this height is furniture: a page number or repeated margin text. */
export function isFurniture(s: Seg, height: number, repeated: Set<string>): boolean {
  if (!inMargin(s, height)) return false;
  return /^page\s+\d+(\s+of\s+\d+)?$/i.test(s.text.trim()) || MARKING.test(s.text.trim()) || repeated.has(keyOf(s));
}
