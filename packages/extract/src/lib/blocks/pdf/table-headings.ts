/**
 * A table's heading band read into columns: a column's stacked heading lines, group headings over several
 * columns, headings beside the first.
 */
import { linesOf, type Seg } from './geometry';
import { cellText, isHeaderCell } from './table-cells';
import { isNamedHeading, isValueCell } from '../cell-kinds';

/**
 * The longest run of a column's stacked lines, top down, that reads as its heading (none: empty); a run the
 * vocabulary names ('KPI Ref') is preferred to a longer one that only begins with a heading word ('KPI Ref
 * Customer Services', a group row under the headings).
 */
export function headingLines(segs: Seg[], isHead: (segs: Seg[]) => boolean): Seg[] {
  const lines = linesOf(segs);
  const runs = lines.map((_, n) => lines.slice(0, lines.length - n).flat());
  return runs.find((head) => isNamedHeading(cellText(head))) ?? runs.find(isHead) ?? [];
}

export interface Column {
  x0: number;
  x1: number;
  segs: Seg[];
  /** The heading as read (under a group's, both: 'Quarter 3 2024/25 Actual'); `group` the group's lines. */
  label?: string;
  group?: Seg[];
}

/** A column's heading as read. */
export const headText = (c: Column) => c.label ?? cellText(c.segs);

/**
 * Group headings over several columns ('Quarter 3 2024/25' over 'Actual | Target | RAG'), centred or not:
 * a heading on the band's first line (wrapped lines and all) with two headings or more under it on a lower
 * line, between the headings beside it. Returns the groups' runs, and each heading under one its group.
 */
export function groupHeadings(band: Seg[]): { segs: Set<Seg>; over: Map<Seg, Seg[]> } {
  const out = { segs: new Set<Seg>(), over: new Map<Seg, Seg[]>() };
  const lines = linesOf(band);
  if (lines.length < 2) return out;
  const top = lines[0];
  top.forEach((g, i) => {
    const lo = i > 0 ? top[i - 1].x + top[i - 1].w : -Infinity;
    const hi = i < top.length - 1 ? top[i + 1].x : Infinity;
    const inside = (s: Seg) => s.x >= lo - 1 && s.x + s.w <= hi + 1;
    const own = [g];
    let k = 1;
    for (; k < lines.length; k++) {
      const here = lines[k].filter(inside);
      if (here.length !== 1 || Math.min(g.x + g.w, here[0].x + here[0].w) - Math.max(g.x, here[0].x) <= 0) break;
      own.push(here[0]);
    }
    // Headings on a row of their own under it: below the group's last line, not level with it (as headings
    // centred beside a wrapped one are).
    const bottom = Math.max(...own.map((s) => s.y + s.h));
    // Right under it, as the next row of a table (a title further above is no group); never the first column
    // (a KPI's name or reference stands outside any group).
    const leftmost = Math.min(...band.map((s) => s.x));
    // The first line below with headings near the group: headings centred on both rows beside it ('Ref',
    // 'Indicator' spanning the two rows) stand between, further off.
    const near = (s: Seg) => inside(s) && s.x + s.w > g.x - g.w && s.x < g.x + g.w * 2;
    const under = lines.slice(k).map((l) => l.filter(near)).find((l) => l.length >= 2) ?? [];
    if (under.length < 2 || !under.every((s) => isHeaderCell(s.text) && s.y >= bottom - 0.5 && s.y - bottom <= g.h * 1.2 && s.x > leftmost + 1)) return;
    // A heading wrapped beside bottom-aligned ones ('Direction for' / 'Improvement') is no group: only its
    // two lines together name a heading.
    const text = cellText(own);
    if (!isNamedHeading(text) && under.some((s) => Math.min(g.x + g.w, s.x + s.w) - Math.max(g.x, s.x) > 0 && isNamedHeading(`${text} ${s.text}`))) return;
    const last = under[under.length - 1];
    // The group stands over them: its middle above their span (a group's text may be wider than their headings).
    const middle = g.x + g.w / 2;
    if (middle < under[0].x - 2 || middle > last.x + last.w + 2) return;
    own.forEach((s) => out.segs.add(s));
    under.forEach((s) => out.over.set(s, own));
  });
  return out;
}

/**
 * Words on the headings' line the vocabulary does not know ('Scotland', 'Rank', 'Unit', 'Lead officer') head
 * columns of their own where three or more headings on that line are known: a few words, no figure but a
 * year, no closing stop, and no further from the others than the widest gap between known headings.
 */
export function otherHeadings(line: Seg[], heads: Set<Seg>): Seg[] {
  const known = line.filter((s) => heads.has(s) || isHeaderCell(s.text)).sort((a, b) => a.x - b.x);
  if (known.length < 3) return [];
  const widest = Math.max(...known.slice(1).map((s, i) => s.x - (known[i].x + known[i].w)));
  const gapTo = (s: Seg) => Math.min(...known.map((k) => Math.max(k.x - (s.x + s.w), s.x - (k.x + k.w))));
  return line.filter((s) => {
    const t = s.text.trim();
    return !known.includes(s) && !isValueCell(t) && !/^(?:appendix|annex|page|table|figure|part|section)\b/i.test(t) && t.length <= 30 && t.split(/\s+/).length <= 4 && /^[A-Za-z]/.test(t) && !/\d/.test(t.replace(/(?:19|20)\d{2}\s*[/-]\s*\d{2,4}/g, '')) && !/[.:;]$/.test(t) && gapTo(s) <= Math.max(widest * 1.5, 24);
  });
}

/** Two runs side by side with a gap between them (as two columns' headings are at least). */
export const apart = (band: Seg[]) => Math.min(...band.map((s) => s.x + s.w)) + 2 <= Math.max(...band.map((s) => s.x));
