import { tidy } from './builder';
import { isNamedHeading, isValueCell } from './cell-kinds';

/** Lines that all carry tab-separated cells (two or more rows) form a table; otherwise null. */
export function tableFromTabbedLines(lines: string[]): string[][] | null {
  const rows = lines.filter((l) => l.trim());
  if (rows.length < 2 || !rows.every((l) => l.includes('\t'))) return null;
  return rows.map((l) => l.split('\t').map((c) => tidy(c)));
}

/**
 * Paragraphs that are a table's rows set out with tabs (a Word file converted from a PDF, 'Ref⇥Indicator⇥…'):
 * two or more in a row, each with as many cells and at least three, the first of headings the vocabulary
 * names (not 'Target⇥95%⇥Actual⇥93%', a form's pairs), become one table (at the first one's place).
 */
export function tabbedParagraphs<T extends { kind: string; text: string; rows: string[][] | null }>(blocks: T[]): T[] {
  const out: T[] = [];
  const cells = (b: T) => (b.kind === 'paragraph' && b.text.includes('\t') ? b.text.split('\t').length : 0);
  for (let i = 0; i < blocks.length; i++) {
    let j = i;
    while (j < blocks.length && cells(blocks[j]) >= 3 && cells(blocks[j]) === cells(blocks[i])) j++;
    const rows = j - i >= 2 ? tableFromTabbedLines(blocks.slice(i, j).map((b) => b.text)) : null;
    const head = rows?.[0] ?? [];
    if (!rows || head.some((c) => c && isValueCell(c)) || head.filter((c) => isNamedHeading(c)).length < 2) {
      out.push(blocks[i]);
      continue;
    }
    out.push({ ...blocks[i], kind: 'table', text: '', rows });
    i = j - 1;
  }
  return out;
}
