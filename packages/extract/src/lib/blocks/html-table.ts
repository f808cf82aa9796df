import type { Element, ElementContent } from 'hast';
import type { toText } from 'hast-util-to-text';

/** hast-util-to-text's innerText, passed in because it is loaded lazily with the HTML parser. */
export type ToText = typeof toText;

const isElement = (n: ElementContent, ...names: string[]): n is Element => n.type === 'element' && names.includes(n.tagName);
const named = (n: ElementContent, ...names: string[]) => n.type === 'element' && names.includes(n.tagName);

/** The rows of a table in document order (through thead/tbody/tfoot), not those of tables nested in cells. */
export function tableRows(table: Element): Element[] {
  const out: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (named(child, 'tr')) out.push(child);
    else if (named(child, 'thead', 'tbody', 'tfoot')) out.push(...child.children.filter((c): c is Element => isElement(c, 'tr')));
  }
  return out;
}

/** Visible text of a cell on one line: inline markup dropped, `<br>` and blocks become spaces. */
export function cellText(cell: Element, toText: ToText): string {
  return toText(cell).replace(/\s+/g, ' ').trim();
}

/** A span attribute as a count of 1..1000 (browsers clamp too; a hostile `colspan` cannot blow up memory). */
function span(value: unknown): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/**
 * An HTML `<table>` as rows of cell text. Merged cells are expanded so every column keeps its value
 * (a colspan repeats the text across, a rowspan fills down), as the Word reader does.
 */
export function htmlTableRows(table: Element, toText: ToText): string[][] {
  const grid: string[][] = [];
  tableRows(table).forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of tr.children) {
      if (!isElement(cell, 'td', 'th')) continue;
      while (grid[r][c] !== undefined) c++;
      const text = cellText(cell, toText);
      const across = span(cell.properties.colSpan);
      const down = span(cell.properties.rowSpan);
      for (let dr = 0; dr < down; dr++) {
        const row = (grid[r + dr] ??= []);
        for (let dc = 0; dc < across; dc++) row[c + dc] = text;
      }
      c += across;
    }
  });
  // A rowspan reaching past the last row would invent rows; holes left by ragged rows become empty cells.
  return grid.slice(0, tableRows(table).length).map((row) => Array.from(row, (v) => v ?? ''));
}
