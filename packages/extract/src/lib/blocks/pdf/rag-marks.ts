/**
 * RAG ratings shown by a coloured mark beside their label ('RAG: ●' drawn as a filled shape, no word): the
 * mark becomes a run of the text a reader sees ('■ #ffc000'), so the label and its rating read as any pair.
 */
import type { Fill } from './fills';
import type { PdfPage, Seg } from './geometry';
import { colourRag, fillText, ragLabel, ragWord } from '../../vocabulary';
import { vocabulary } from '../../lexicon';

/** How far right of its label (points) a mark may stand, and the largest a mark is (a dot or a swatch, not a panel). */
const MARK_REACH = 100;
const LARGEST_MARK = 40;

const lastWords = new WeakMap<object, Set<string>>();
const onLine = (a: Seg, b: { y: number; h: number }) => Math.abs(a.y + a.h / 2 - (b.y + b.h / 2)) < a.h * 0.6;

/**
 * Runs ending in a RAG label with nothing printed after it on their line ('RAG:', 'Status'): where a mark may
 * stand. None on a page that prints ratings in words (its labels' ratings stand below them or further off), so
 * only pages of marks are read again for their shapes.
 */
export function bareRagLabels(page: PdfPage): Seg[] {
  // Most runs end in no label's last word: only those that do are asked about.
  const v = vocabulary();
  let ends = lastWords.get(v);
  if (!ends) lastWords.set(v, (ends = new Set(v.fieldLabels.rag.map((l) => l.trim().split(/\s+/).pop()!.toLowerCase()))));
  const labels = page.items.filter((s) => {
    const words = s.text.trim().split(/\s+/);
    if (!ends.has(words[words.length - 1].replace(/[:=]$/, '').toLowerCase())) return false;
    const labelled = [1, 2, 3].some((k) => k <= words.length && ragLabel(words.slice(-k).join(' '))?.rest === '');
    return labelled && !page.items.some((o) => o !== s && o.text.trim() && onLine(s, o) && o.x >= s.x + s.w - 1 && o.x < s.x + s.w + MARK_REACH);
  });
  return labels.length && !page.items.some((s) => ragWord(s.text, true) !== null || ragLabel(s.text)?.rest) ? labels : [];
}

/** The marks beside bare RAG labels, as runs: the nearest filled shape in a rating's colour right of each label. */
export function ragMarkRuns(labels: Seg[], fills: Fill[]): Seg[] {
  return labels.flatMap((label) => {
    const end = label.x + label.w;
    const [mark] = fills
      .filter((f) => f.x >= end - 1 && f.x < end + MARK_REACH && f.w <= LARGEST_MARK && f.h <= LARGEST_MARK && onLine(label, f) && colourRag(f.colour) !== null)
      .sort((a, b) => a.x - b.x);
    return mark ? [{ text: fillText(mark.colour), x: mark.x, y: label.y, w: mark.w, h: label.h, order: label.order + 0.5 }] : [];
  });
}
