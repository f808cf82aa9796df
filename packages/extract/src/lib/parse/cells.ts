/** Table cells as the parser reads them: text with its spaces folded, and where a cell was printed. */
import type { Provenance } from '../schema';

/** A cell's text with runs of white space folded to one space. */
export const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where a table cell was printed: the table's provenance with its row and column. */
export function cellProv(base: Provenance, row: number, col: number): Provenance {
  // A part of a table (a card's rows of a form holding several cards) counts its rows from the table's top.
  // A table of text boxes (a tile's label and value boxes) keeps saying so: the reader looks for boxes, not a table.
  return { ...base, origin: base.origin === 'textbox' ? 'textbox' : 'table', cell: { table: base.index, row: row + (base.cell?.row ?? 0), col } };
}
