/**
 * Labels and values printed in separate columns on one baseline ('Target:' … '90%') into one line
 * 'Target: 90%' each, boxed around both parts. A label is a short piece ending with ':' or a known field
 * label (the parser's vocabulary); a value is a value cell, a short phrase after a ':' label, or any text
 * after a form label (a ':' label alone in a label column, as in 'Recommendation:  The Committee is …').
 */
import { headerRoles, nameLabel, periodHeading, ragLabel, ragWord } from '../../vocabulary';
import { isValueCell } from '../cell-kinds';
import type { Seg } from './geometry';

/** How a piece reads as a field label: printed with a colon, a known label without one, or not a label. */
function labelKind(text: string): 'colon' | 'known' | 'name' | 'period' | null {
  const t = text.trim();
  if (t.length > 48 || t.split(/\s+/).length > 6) return null;
  if (nameLabel(t)) return 'name';
  if (t.endsWith(':') && /[A-Za-z]/.test(t)) return 'colon';
  if (headerRoles(t)?.length === 1 || ragLabel(t)?.rest === '') return 'known';
  // A quarter or year labelling a figure ('Q1 2024/25 … 6.1%', a card's row for the period before); not a date.
  if ((periodHeading(t)?.basis ?? 'month') !== 'month') return 'period';
  return null;
}

/** What follows a label reads as its value: a value cell, a short phrase, or (after a form label) any text. */
function isValueFor(text: string, label: 'colon' | 'known' | 'name' | 'period', formLabel: boolean, labelText: string): boolean {
  const t = text.trim();
  if (!t) return false;
  // A form's name or reference cell: any text that is not itself a label.
  if (label === 'name') return !labelKind(t);
  if (label === 'colon' && formLabel) return true;
  // A value cell first: 'Baseline' or 'Status' words are values here even where they could head a column.
  if (isValueCell(t)) return true;
  // A rating in words beside a RAG label ('Status … Within tolerance', a card's pill).
  if (label === 'known' && ragLabel(labelText)?.rest === '' && ragWord(t) !== null) return true;
  if (label === 'period') return false;
  if (labelKind(t)) return false;
  return label === 'colon' && (t.length <= 32 && t.split(/\s+/).length <= 4 && !/[.!?:]$/.test(t));
}

/**
 * A form label stands alone in its column: no line of the same column right above it (that would make it
 * the last line of a paragraph in a box beside another box, not a label).
 */
function standsAlone(label: Seg, above: Seg[] | undefined): boolean {
  return !above?.some((p) => Math.abs(p.x - label.x) < 4 && label.y - (p.y + p.h) < 0.6 * label.h);
}

/**
 * Pair each label piece with the value piece after it on its line. Returns the pairs (one piece each,
 * `parts` holding label and value) and the pieces left over, line by line.
 */
export function pairLabels(lines: Seg[][]): { pairs: Seg[]; rest: Seg[] } {
  const pairs: Seg[] = [];
  const rest: Seg[] = [];
  lines.forEach((line, i) => {
    for (let k = 0; k < line.length; k++) {
      const label = line[k];
      const value = line[k + 1];
      const kind = value ? labelKind(label.text) : null;
      if (kind && isValueFor(value.text, kind, k === 0 && standsAlone(label, lines[i - 1]), label.text)) {
        const name = label.text.trim();
        const piece = {
          text: `${name.endsWith(":") ? name : `${name}:`} ${value.text.trim()}`,
          x: label.x,
          y: label.y,
          w: value.x + value.w - label.x,
          h: label.h,
          order: Math.min(label.order, value.order),
          parts: [...(label.parts ?? [label]), ...(value.parts ?? [value])],
        };
        // A form's name and reference on one line read as one: 'Indicator: Missed bins Ref: CP30'.
        const before = pairs[pairs.length - 1];
        if (kind === 'name' && before && before.y === piece.y && /^[^:]+: /.test(before.text) && nameLabel(before.text.split(':')[0]) !== null) {
          pairs[pairs.length - 1] = { ...before, text: `${before.text} ${piece.text}`, w: piece.x + piece.w - before.x, parts: [...(before.parts ?? [before]), ...piece.parts] };
        } else pairs.push(piece);
        k++;
      } else rest.push(label);
    }
  });
  return { pairs, rest };
}
