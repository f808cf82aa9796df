/** A card's text as printed between its labels: paragraphs joined, text no label claimed, unlabelled commentary. */
import type { Item } from './items';
import type { Section } from '../vocabulary';
import type { SectionCell } from './pairs';
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
 * Prose after the figures of a card that labels no text is its commentary: sentences of six words or more (four
 * for a whole sentence, capital to full stop),
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
  // A short sentence counts when it is one, capital to full stop ('Cumulative collection ahead of profile.').
  const words = text.split(/\s+/).length;
  return endsProse(text) && (words >= 6 || (words >= 4 && /^[A-Z]/.test(text) && /[a-z]{2}[.!]$/.test(text))) ? kept : null;
}

const SECTION_ORDER: Section[] = ['description', 'commentary', 'actions', 'path', 'links'];

/**
 * A card's text sections: the text after each label up to the next structure, a labelled table's cells, text no
 * label claimed given to empty sections in card order, prose after the figures of a card that labels none, and
 * paragraphs a dump stacked under the last of several labels moved back. `notes`: each guess made (each costs
 * the card some confidence).
 */
export function cardSections(items: Item[], positions: number[], used: Set<number>, sectionCells: SectionCell[], headingPos: number | null): { text: (s: Section) => string | null; notes: string[] } {
  const notes: string[] = [];
  const sections: Partial<Record<Section, string[]>> = {};
  const labelAt: Partial<Record<Section, number>> = {};
  /** Per section: item position where each source paragraph starts, and its index in `parts`. */
  const paragraphs: Partial<Record<Section, { pos: number; part: number }[]>> = {};
  positions.forEach((p, k) => {
    const c = items[p].cls;
    if (c.type !== 'section') return;
    used.add(p);
    labelAt[c.section] ??= p;
    const parts = (sections[c.section] ??= []);
    const paras = (paragraphs[c.section] ??= []);
    if (c.rest) parts.push(c.rest);
    for (const q of positions.slice(k + 1)) {
      const t = items[q].cls.type;
      if (t === 'badge' || t === 'nav') continue;
      if (t !== 'text' || used.has(q)) break;
      const piece = joinable(items, q, parts);
      if (!parts.length || piece.startsWith('\n\n')) paras.push({ pos: q, part: parts.length });
      parts.push(piece);
      used.add(q);
    }
  });
  for (const c of sectionCells) {
    if (sections[c.section]?.length) continue;
    sections[c.section] = [c.text];
    labelAt[c.section] ??= positions[0];
  }
  const isEmpty = (s: Section) => !sections[s]?.length;

  // Text no label claimed (text dumps move boxes around): give it to empty sections in card order.
  const { runs: orphans, at: orphanAt } = unclaimedText(items, positions, used);
  const empty = SECTION_ORDER.filter((s) => labelAt[s] !== undefined && isEmpty(s));
  // A card that labels no text at all: prose printed after its figures is its commentary.
  const lastFigure = Math.max(-1, ...positions.filter((p) => used.has(p) && p !== headingPos && items[p].cls.type !== 'text'));
  // (Text above the figures, a slide's section header, is not it.)
  const after = orphanAt.findIndex((at) => at > lastFigure);
  if (!Object.keys(labelAt).length && !sectionCells.length && lastFigure >= 0 && after >= 0) {
    const commentary = unlabelledCommentary(orphans[after]);
    if (commentary) {
      orphans.splice(0, after + 1, commentary);
      empty.push('commentary');
    }
  }
  for (const group of orphans) {
    const target = empty.shift();
    if (!target) break;
    sections[target] = group.map((p, i) => (i === 0 ? p.replace(/^\n\n/, '') : p));
    notes.push(`${target}:unlabelled-text`);
  }

  // Stacked labels ('Commentary' / 'Path to Green' / text / text): a dump printed two boxes' text under
  // the last label; later paragraphs belong to the empty section whose label stood before them.
  for (const s of SECTION_ORDER) {
    const paras = paragraphs[s] ?? [];
    if (s === 'links' || paras.length < 2) continue;
    const receiver = SECTION_ORDER.find((e) => e !== 'links' && e !== s && labelAt[e] !== undefined && isEmpty(e) && labelAt[e]! < paras[1].pos);
    if (!receiver) continue;
    sections[receiver] = sections[s]!.splice(paras[1].part).map((p, i) => (i === 0 ? p.replace(/^\n\n/, '') : p));
    notes.push(`${receiver}:moved-text`);
  }

  const text = (s: Section): string | null => {
    const parts = sections[s];
    if (!parts?.length) return null;
    return parts.join('').replace(/[ \t]+/g, ' ').replace(/ ?\n\n ?/g, '\n\n').trim() || null;
  };
  return { text, notes };
}
