/** Table cells as the parser reads them: text with its spaces folded, and where a cell was printed. */
import type { Provenance } from '../schema';

/** A cell's text with runs of white space folded to one space. */
export const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where a table cell was printed: the table's provenance with its row and column. */
export function cellProv(base: Provenance, row: number, col: number): Provenance {
  return { ...base, origin: 'table', cell: { table: base.index, row, col } };
}
