import type { LineTable } from './columns';

/** A pipe row `| a | b |` (outer pipes required, so prose with a stray `|` is not a table). */
function pipeCells(line: string): string[] | null {
  const t = line.trim();
  if (t.length < 3 || !t.startsWith('|') || !t.endsWith('|')) return null;
  const cells: string[] = [];
  let cell = '';
  for (let k = 1; k < t.length - 1; k++) {
    if (t[k] === '\\' && t[k + 1] === '|') {
      cell += '|';
      k++;
    } else if (t[k] === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += t[k];
  }
  cells.push(cell.trim());
  return cells.length >= 2 ? cells : null;
}

/** `|---|:--:|` rows only separate the header; they carry no text. */
const isDelimiterRow = (cells: string[]) => cells.every((c) => /^:?-{1,}:?$/.test(c));

/** Consecutive pipe rows from line `i` (in text dumps, where no markdown reader sees them); delimiter rows dropped. */
export function pipeTableAt(lines: string[], i: number): LineTable | null {
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const cells = pipeCells(lines[j]);
    if (!cells) break;
    if (isDelimiterRow(cells)) continue;
    rows.push(cells);
    rowLines.push(j);
  }
  return rows.length ? { start: i, end: j, rows, rowLines } : null;
}
