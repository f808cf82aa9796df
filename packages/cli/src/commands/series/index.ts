/** `kpi series <key|id|title words>`: one measure's history with a text sparkline. */
import type { Store } from '@kpi/store';
import { openArchive } from '../../lib/archive';
import { UsageError } from '../../lib/errors';
import { toJson, toTable } from '../../lib/format';

const BARS = '▁▂▃▄▅▆▇█';

/** A sparkline of numbers (nulls as spaces). */
export function sparkline(values: (number | null)[]): string {
  const nums = values.filter((v): v is number => v !== null);
  if (!nums.length) return '';
  const lo = Math.min(...nums);
  const hi = Math.max(...nums);
  return values.map((v) => (v === null ? ' ' : BARS[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))])).join('');
}

/** The indicator key a user's words select: a key, an identifier, or words of a title (best match). */
export function findKey(store: Store, words: string): string | null {
  const w = words.trim();
  const exact = store.query(
    `SELECT indicator_key FROM v_observations WHERE indicator_key = @w OR lower(printed_id) = lower(@w) OR lower(reported_id) = lower(@w) OR lower(title) = lower(@w)
     GROUP BY indicator_key ORDER BY count(*) DESC LIMIT 1`,
    [{ w }],
  ).rows[0];
  if (exact?.indicator_key) return String(exact.indicator_key);
  const fts = w.replace(/["*^:()]/g, ' ').split(/\s+/).filter(Boolean).map((t) => `"${t}"`).join(' ');
  if (!fts) return null;
  // Title words weigh most; the best-ranked observation names the measure.
  const hit = store.query(
    `SELECT o.indicator_key, bm25(observations_fts, 10.0, 1.0, 0.2, 0.2, 0.2) AS score FROM observations_fts JOIN observations o ON o.observation_id = observations_fts.rowid
     WHERE observations_fts MATCH ? AND o.indicator_key IS NOT NULL ORDER BY score LIMIT 1`,
    [`{title description} : (${fts})`],
  ).rows[0];
  return hit ? String(hit.indicator_key) : null;
}

export function series(words: string, options: { db: string; format?: string }): string {
  const store = openArchive(options.db);
  try {
    const key = findKey(store, words);
    if (!key) throw new UsageError(`no indicator matches '${words}'`);
    // One row per period: the best-read observation of that period.
    const { rows } = store.query(
      `SELECT fiscal_year, quarter, reported_id, title, current_raw, current_value, target_raw, rag, change, period_basis, file_name, source_ref
       FROM (SELECT s.*, row_number() OVER (PARTITION BY fiscal_year, quarter ORDER BY o.confidence DESC, s.file_name) AS n
             FROM v_series s JOIN observations o USING (observation_id) WHERE s.indicator_key = ?)
       WHERE n = 1 ORDER BY fiscal_year, quarter`,
      [key],
    );
    if (options.format === 'json') return toJson(rows);
    const line = sparkline(rows.map((r) => (r.current_value as number | null) ?? null));
    const title = rows.map((r) => r.title).filter(Boolean).pop() ?? '';
    return `${key}: ${title}\n${line}\n\n${toTable(['fiscal_year', 'quarter', 'reported_id', 'current_raw', 'target_raw', 'rag', 'change', 'period_basis', 'file_name', 'source_ref'], rows)}`;
  } finally {
    store.close();
  }
}
