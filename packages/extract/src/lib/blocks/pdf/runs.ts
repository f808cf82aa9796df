/** Text items into runs: pieces of one word or phrase that pdf.js split are joined back together. */
import type { Seg } from './geometry';
import { raisedText } from '../../tokens';

/** A footnote mark: a digit or two, or a symbol. */
const MARK = /^(?:\d{1,2}|[*†‡])$/;

/**
 * Footnote marks printed smaller and raised right after a figure ('41.2%' then a raised '1'): the figure's
 * mark ('41.2%¹'), never more digits of it nor a line of their own.
 */
function attachRaisedMarks(items: Seg[]): Seg[] {
  const marks = items.filter((s) => MARK.test(s.text.trim()));
  if (!marks.length) return items;
  const byRight = new Map<number, Seg[]>();
  for (const s of items) {
    const k = Math.round(s.x + s.w);
    byRight.set(k, [...(byRight.get(k) ?? []), s]);
  }
  const grown = new Map<Seg, Seg>();
  const gone = new Set<Seg>();
  for (const m of marks) {
    const near = [-1, 0, 1].flatMap((d) => byRight.get(Math.round(m.x) + d) ?? []);
    const base = near.find((b) => b !== m && !gone.has(b) && Math.abs(m.x - (b.x + b.w)) < 1.5 && m.h <= b.h * 0.9 && m.y < b.y && m.y + m.h < b.y + b.h && m.y + m.h > b.y && /\d%?$/.test(b.text.trim()));
    if (!base) continue;
    const into = grown.get(base) ?? { ...base };
    into.text = `${into.text}${raisedText(m.text)}`;
    into.w = m.x + m.w - into.x;
    grown.set(base, into);
    gone.add(m);
  }
  return grown.size ? items.filter((s) => !gone.has(s)).map((s) => grown.get(s) ?? s) : items;
}

/** Join items on one baseline that touch (a word split into several items). */
export function mergeRuns(items: Seg[]): Seg[] {
  const sorted = attachRaisedMarks(items).sort((a, b) => a.y - b.y || a.x - b.x);
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
