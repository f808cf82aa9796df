/** `kpi query "<SELECT ...>" [--db] [--format table|csv|json]`: read-only SQL over the archive. */
import { existsSync } from 'node:fs';
import { openStore } from '@kpi/store';
import { toCsv, toJson, toTable } from '../../lib/format';
import { userPath } from '../../lib/paths';
import { UsageError } from '../../lib/errors';

export function query(sql: string, options: { db: string; format?: string }): string {
  const format = options.format ?? 'table';
  if (!['table', 'csv', 'json'].includes(format)) throw new UsageError(`--format must be table, csv or json (not ${format})`);
  const path = userPath(options.db);
  if (!existsSync(path)) throw new UsageError(`no database at ${options.db}; run 'pnpm kpi ingest' first`);
  const store = openStore(path, { readonly: true });
  try {
    const { columns, rows } = store.query(sql);
    return format === 'json' ? toJson(rows) : format === 'csv' ? toCsv(columns, rows) : toTable(columns, rows);
  } finally {
    store.close();
  }
}
