/** Pieces of lines into text blocks by proximity and alignment (columns and boxes stay apart). */
import { FORM_REACH, linesOf, type Seg } from './geometry';
import { headerRoles, ragLabel, sectionLabel } from '../../vocabulary';
import { remembered } from '../../memo';

/** A piece that is a field, section or RAG label of the vocabulary ('Target', 'Commentary:'). */
export const isFieldLabel = remembered(function isFieldLabel(text: string): boolean {
  const t = text.trim().replace(/:$/, '');
  return sectionLabel(t) !== null || headerRoles(t) !== null || ragLabel(t) !== null;
});

/**
 * Text blocks: pieces (see columns.ts; what shares a line is already decided) that are stacked closely,
 * overlap horizontally or share a left edge, and are printed at one font size.
 */
export function textGroups(pieces: Seg[]): Seg[][] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: { segs: Seg[]; x0: number; x1: number; bottom: number; h: number }[] = [];
  // A form's rows: text beside a label on its left begins that label's row, never the row above's text. The
  // label must be the piece right before it on its line, within a form's reach (not across a two-column page).
  const leftOf = new Map<Seg, Seg>();
  for (const line of linesOf(sorted)) line.forEach((s, i) => i > 0 && leftOf.set(s, line[i - 1]));
  const besideLabel = (s: Seg) => {
    const l = leftOf.get(s);
    return l !== undefined && s.x - (l.x + l.w) < FORM_REACH && isFieldLabel(l.text);
  };
  for (const s of sorted) {
    // A piece is placed by its first run, as a reader's eye goes from the start of a line.
    const head = s.parts?.[0] ?? s;
    // Labels stacked in a form's label column ('Remedial actions' over 'Actions') head rows of their own.
    // A label wrapped in a narrow cell ('Previous' / 'RAG') is one label, not two.
    const stackedLabel = (g: { segs: Seg[] }) => {
      const last = g.segs[g.segs.length - 1].text.trim();
      return isFieldLabel(s.text) && isFieldLabel(last) && !isFieldLabel(`${last} ${s.text.trim()}`);
    };
    const fit = besideLabel(s)
      ? undefined
      : groups
      .filter((g) => {
        const gap = s.y - g.bottom;
        const overlap = Math.min(g.x1, head.x + head.w) - Math.max(g.x0, head.x);
        const aligned = Math.abs(g.x0 - head.x) < 4 || overlap > Math.min(head.w, g.x1 - g.x0) * 0.3;
        // Lines of one paragraph share a font size: a title over its text, or a caption under it, stays apart;
        // a field or section label printed larger than its text still heads it.
        const sameSize = Math.abs(s.h - g.h) <= Math.max(s.h, g.h) * 0.06 || (g.segs.length === 1 && g.h > s.h && isFieldLabel(g.segs[0].text));
        return gap > -s.h * 0.6 && gap < Math.max(g.h, s.h) * 1.1 && aligned && sameSize && !stackedLabel(g);
      })
      .sort((a, b) => b.bottom - a.bottom)[0];
    if (fit) {
      fit.segs.push(s);
      fit.x0 = Math.min(fit.x0, s.x);
      fit.x1 = Math.max(fit.x1, s.x + s.w);
      fit.bottom = Math.max(fit.bottom, s.y + s.h);
      fit.h = s.h;
    } else groups.push({ segs: [s], x0: s.x, x1: s.x + s.w, bottom: s.y + s.h, h: s.h });
  }
  return groups.map((g) => g.segs);
}
