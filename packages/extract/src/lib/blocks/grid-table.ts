import type { LineTable } from './columns';

/** A grid border or row separator: `+----+:===+` (pandoc grid tables). */
function isBorder(line: string): boolean {
  const t = line.trim();
  return t.length >= 3 && t.startsWith('+') && t.endsWith('+') && /^\+(?:[-=:]+\+)+$/.test(t);
}

/** Character positions of the `+` corners of a border line. */
function corners(line: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === '+') out.push(i);
  return out;
}

/** Cells of a content line `| a | b |`: cut at the border's corners when its pipes sit exactly there, else at every pipe. */
function cellsOf(line: string, at: number[]): string[] {
  const pipes = [...line].flatMap((c, k) => (c === '|' ? [k] : []));
  if (at.length > 1 && pipes.length === at.length && pipes.every((p, k) => p === at[k])) {
    return at.slice(0, -1).map((p, i) => line.slice(p + 1, at[i + 1]).trim());
  }
  // A ragged line (hand-edited, or a cell spanning columns): split on its own pipes.
  const parts = line.trim().split('|');
  if (parts[0] === '') parts.shift();
  if (parts.length > 1 && parts[parts.length - 1].trim() === '') parts.pop();
  return parts.map((p) => p.trim());
}

/**
 * A pandoc grid table starting at line `i`: borders of `+---+`, content lines `| .. |`; the lines
 * between two separators are one row, each cell's lines joined by a space (a wrapped cell is one
 * text). `+===+` closes the header. The table ends at the first line that is neither; a missing
 * closing border loses nothing.
 */
export function gridTableAt(lines: string[], i: number): LineTable | null {
  if (!isBorder(lines[i])) return null;
  let at = corners(lines[i]);
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let pending: string[][] = [];
  let first = -1;
  const close = () => {
    if (!pending.length) return;
    rowLines.push(first);
    const width = Math.max(...pending.map((p) => p.length));
    rows.push(Array.from({ length: width }, (_, c) => pending.map((p) => p[c] ?? '').filter(Boolean).join(' ')));
    pending = [];
  };
  let j = i + 1;
  for (; j < lines.length; j++) {
    const t = lines[j].trim();
    if (isBorder(lines[j])) {
      close();
      at = corners(lines[j]);
    } else if (t.startsWith('|')) {
      if (!pending.length) first = j;
      pending.push(cellsOf(lines[j], at));
    }
    else break;
  }
  close();
  return rows.length ? { start: i, end: j, rows, rowLines } : null;
}
