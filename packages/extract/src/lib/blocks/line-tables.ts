import type { LineTable } from './columns';
import { alignedTableAt } from './aligned-table';
import { gridTableAt } from './grid-table';
import { pipeTableAt } from './pipe-table';
import { stackedTableAt } from './stacked-table';
import { csvTableAt } from './csv-table';

/** Which table shapes to look for: markdown readers already see pipe tables, text readers do not. */
export interface LineTableOptions {
  pipe: boolean;
  /** Tables a copy flattened to one cell per line, and comma-separated ones (plain text only: markdown has its own tables). */
  stacked?: boolean;
}

/** Every grid, space-aligned (pandoc simple/multiline) and, if asked, pipe, one-cell-per-line and comma-separated table in the lines, in order, not overlapping. */
export function findLineTables(lines: string[], options: LineTableOptions): LineTable[] {
  const found: LineTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = gridTableAt(lines, i) ?? alignedTableAt(lines, i) ?? (options.pipe ? pipeTableAt(lines, i) : null) ?? (options.stacked ? (csvTableAt(lines, i) ?? stackedTableAt(lines, i)) : null);
    if (!t) continue;
    found.push(t);
    i = t.end - 1;
  }
  return found;
}
