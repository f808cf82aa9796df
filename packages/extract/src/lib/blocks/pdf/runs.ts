/** Text items into runs: pieces of one word or phrase that pdf.js split are joined back together. */
import type { Seg } from './geometry';

/** Join items on one baseline that touch (a word split into several items). */
export function mergeRuns(items: Seg[]): Seg[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: Seg[] = [];
  // Stream order of the last item joined into each run: the next item must follow it closely in the stream,
  // not the run's first item (a run of several items, e.g. text, a Symbol-font arrow, text, goes on).
  let lastOrder = -Infinity;
  for (const s of sorted) {
    const prev = out[out.length - 1];
    const sameLine = prev && Math.abs(prev.y - s.y) < Math.min(prev.h, s.h) * 0.3 && Math.abs(prev.h - s.h) < Math.max(prev.h, s.h) * 0.35;
    const gap = prev ? s.x - (prev.x + prev.w) : Infinity;
    if (sameLine && gap > -1 && gap < Math.min(prev.h, s.h) * 0.45 && Math.abs(s.order - lastOrder) <= 2) {
      prev.text = gap > s.h * 0.15 ? `${prev.text} ${s.text}` : prev.text + s.text;
      prev.w = s.x + s.w - prev.x;
      lastOrder = s.order;
      continue;
    }
    out.push({ ...s });
    lastOrder = s.order;
  }
  return out;
}
