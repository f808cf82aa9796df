/** `kpi export [--view v_observations] [--format csv|json] [--out FILE]`: a whole view, for spreadsheets and scripts. */
import { toJson } from '../../lib/format';
import { toCsv } from '../../lib/csv';
import { openArchive } from '../../lib/archive';
import { UsageError } from '../../lib/errors';

export function exportView(options: { db: string; view?: string; format?: string; bom?: boolean }): string {
  const view = options.view ?? 'v_observations';
  const format = options.format ?? 'csv';
  if (!['csv', 'json'].includes(format)) throw new UsageError(`--format must be csv or json (not ${format})`);
  if (options.bom && format !== 'csv') throw new UsageError('--bom is for CSV output (--format csv)');
  const store = openArchive(options.db);
  try {
    const views = store.query("SELECT name FROM sqlite_master WHERE type = 'view' AND name LIKE 'v\\_%' ESCAPE '\\' ORDER BY name").rows.map((r) => String(r.name));
    if (!views.includes(view)) throw new UsageError(`unknown view '${view}' (one of: ${views.join(', ')})`);
    const { columns, rows } = store.query(`SELECT * FROM "${view}"`);
    return format === 'json' ? toJson(rows) : toCsv(columns, rows, options.bom);
  } finally {
    store.close();
  }
}
