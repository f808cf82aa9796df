/**
 * A spreadsheet saved or pasted as comma-separated text ('Ref,KPI,Owner,…,RAG,Commentary', a KPI tracker's
 * rows): lines of as many fields under a row of headings the vocabulary names. Fields are read by csv-parse
 * (quotes, commas inside them, doubled quotes), not split by hand.
 */
import { parse } from 'csv-parse/sync';
import type { LineTable } from './columns';
import { isNamedHeading } from './cell-kinds';

/** Fewest fields of a row, and headings named, that make comma-separated lines a table. */
const FEWEST_FIELDS = 3;
const FEWEST_NAMED = 2;

/** Fields of one line, or null when it is no row of comma-separated values. */
function fieldsOf(line: string): string[] | null {
  if ((line.match(/,/g) ?? []).length < FEWEST_FIELDS - 1) return null;
  try {
    const [row] = parse(line, { relax_quotes: true, trim: true }) as string[][];
    return row && row.length >= FEWEST_FIELDS ? row : null;
  } catch {
    return null;
  }
}

/** A table of comma-separated lines whose heading row is line `i`: every line after it with as many fields. */
export function csvTableAt(lines: string[], i: number): LineTable | null {
  // Most lines with commas are prose: the headings are looked for before the line is parsed.
  if (lines[i].split(',').filter((h) => isNamedHeading(h.replace(/"/g, '').trim())).length < FEWEST_NAMED) return null;
  const head = fieldsOf(lines[i]);
  if (!head || head.filter((h) => h && isNamedHeading(h)).length < FEWEST_NAMED) return null;
  const rows = [head];
  const rowLines = [i];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const row = fieldsOf(lines[j]);
    if (!row || row.length !== head.length) break;
    rows.push(row);
    rowLines.push(j);
  }
  return rows.length >= 2 ? { start: i, end: j, rows, rowLines } : null;
}
