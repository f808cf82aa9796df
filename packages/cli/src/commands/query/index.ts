/** `kpi query "<SELECT ...>" [--db] [--format table|csv|json]`: read-only SQL over the archive. */
import { toJson, toTable } from '../../lib/format';
import { toCsv } from '../../lib/csv';
import { openArchive } from '../../lib/archive';
import { UsageError } from '../../lib/errors';

export function query(sql: string, options: { db: string; format?: string; bom?: boolean }): string {
  const format = options.format ?? 'table';
  if (!['table', 'csv', 'json'].includes(format)) throw new UsageError(`--format must be table, csv or json (not ${format})`);
  if (options.bom && format !== 'csv') throw new UsageError('--bom is for CSV output (--format csv)');
  const store = openArchive(options.db);
  try {
    const { columns, rows } = store.query(sql);
    return format === 'json' ? toJson(rows) : format === 'csv' ? toCsv(columns, rows, options.bom) : toTable(columns, rows);
  } finally {
    store.close();
  }
}
