/** Rows as CSV (formula-safe): apart from format.ts so commands that never write CSV never load the CSV writer. */
import { stringify } from 'csv-stringify/sync';

/** Cells that a spreadsheet would run as a formula get a leading apostrophe (OWASP CSV injection advice). */
export function safeCell(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** The UTF-8 byte-order mark some spreadsheet programs need to read a CSV's accents correctly. */
export const BOM = '\uFEFF';

/** Rows as CSV with a header line; `bom` puts a byte-order mark first. */
export function toCsv(columns: string[], rows: Record<string, unknown>[], bom = false): string {
  return (bom ? BOM : '') + stringify(rows.map((r) => columns.map((c) => safeCell(r[c]))), { header: true, columns, cast: { number: (n) => String(n) } });
}
