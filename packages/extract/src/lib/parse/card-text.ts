/** A card's text as printed between its labels: paragraphs joined, text no label claimed, unlabelled commentary. */
import type { Item } from './items';
import { isPeriodLabelLine } from '../vocabulary';

/** Join wrapped lines of one paragraph with a space and separate paragraphs with a blank line. */
export function joinable(items: Item[], pos: number, parts: string[]): string {
  const text = items[pos].text;
  if (!parts.length) return text;
  const prev = items[pos - 1];
  const sameBlock = prev && prev.block === items[pos].block;
  return (sameBlock ? ' ' : '\n\n') + text;
}

/**
 * Runs of plain text in a card that no label claimed (badges and date lines do not break a run); marks
 * them used. `at`: the position each run starts at.
 */
export function unclaimedText(items: Item[], positions: number[], used: Set<number>): { runs: string[][]; at: number[] } {
  const runs: string[][] = [];
  const at: number[] = [];
  let run: string[] | null = null;
  for (const p of positions) {
    if (items[p].cls.type === 'text' && !used.has(p)) {
      if (!run) {
        runs.push((run = []));
        at.push(p);
      }
      run.push(joinable(items, p, run));
      used.add(p);
    } else if (!['badge', 'nav'].includes(items[p].cls.type)) run = null;
  }
  return { runs, at };
}

/**
 * Prose after the figures of a card that labels no text is its commentary: sentences of six words or more,
 * after any chart period labels, up to a paragraph that is a note of its own ('Source: …', 'Data owner: …') or no prose (a page's footer
 * line, 'Hartfield District Council · Performance Pack · 2'). Null when it is no prose.
 */
export function unlabelledCommentary(printed: string[]): string[] | null {
  // A chart's period labels left before it ('Q4', 'Q1') are no part of it.
  const lead = printed.findIndex((p) => !isPeriodLabelLine(p));
  if (lead < 0) return null;
  const run = [printed[lead].replace(/^\n\n/, ''), ...printed.slice(lead + 1)];
  const starts = run.flatMap((p, i) => (i === 0 || p.startsWith('\n\n') ? [i] : []));
  const paragraph = (k: number) => run.slice(starts[k], starts[k + 1]).join('').trim();
  // A sentence's end ('… to 49% by Q4.', '… (see Appendix B).'), or words without one; not a figure or code alone.
  const endsProse = (text: string) => /(?:[a-z]{2}|[\w%)\]'’"”])[.!?]$|[a-z]{2}$/.test(text);
  const stop = starts.findIndex((at, k) => k > 0 && (/^\n\n[^:.]{1,40}:\s/.test(run[at]) || !endsProse(paragraph(k))));
  const kept = stop > 0 ? run.slice(0, starts[stop]) : run;
  const text = kept.join('').trim();
  return endsProse(text) && text.split(/\s+/).length >= 6 ? kept : null;
}
