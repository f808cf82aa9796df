/** `kpi series <key|id|title words>`: one measure's history with a text sparkline. */
import type { Store } from '@kpi/store';
import { openArchive } from '../../lib/archive';
import { UsageError } from '../../lib/errors';
import { toJson, toTable } from '../../lib/format';
import { quarterOfIndex } from '@kpi/normalise';

const BARS = '▁▂▃▄▅▆▇█';

/**
 * A sparkline on a scale from zero (or the lowest value, if below zero) to the highest, so a 2% move is a
 * small step, not the full height; null (a quarter with no paper) is shown as '·'.
 */
export function sparkline(values: (number | null)[]): string {
  const nums = values.filter((v): v is number => v !== null);
  if (!nums.length) return '';
  const lo = Math.min(0, ...nums);
  const hi = Math.max(0, ...nums);
  return values.map((v) => (v === null ? '·' : BARS[hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))])).join('');
}

/** A measure a user's words could mean. */
export interface Candidate {
  indicator_key: string;
  reported_ids: string;
  title: string;
  papers: number;
}

const candidates = (store: Store, keys: string[]): Candidate[] =>
  keys.map(
    (k) =>
      store.query(
        `SELECT indicator_key, group_concat(DISTINCT reported_id) AS reported_ids, max(title) AS title, count(DISTINCT report_id) AS papers
         FROM v_observations WHERE indicator_key = ? AND primary_rendition = 1 GROUP BY indicator_key`,
        [k],
      ).rows[0] as unknown as Candidate,
  );

/**
 * The measures a user's words select: a key, an identifier or an exact title; otherwise title and
 * description words. Several are returned only when the words do not single one out.
 */
export function findKeys(store: Store, words: string): string[] {
  const w = words.trim();
  const exact = store.query(
    `SELECT DISTINCT indicator_key FROM v_observations WHERE indicator_key IS NOT NULL AND (indicator_key = @w OR lower(printed_id) = lower(@w) OR lower(reported_id) = lower(@w) OR lower(title) = lower(@w))`,
    [{ w }],
  ).rows.map((r) => String(r.indicator_key));
  if (exact.length) return exact;
  const tokens = w.replace(/["*^:()]/g, ' ').split(/\s+/).filter(Boolean);
  if (!tokens.length) return [];
  const fts = tokens.map((t) => `"${t}"`).join(' ');
  const ranked = store.query(
    `SELECT o.indicator_key, o.title, bm25(observations_fts, 10.0, 1.0, 0.2, 0.2, 0.2) AS score FROM observations_fts JOIN observations o ON o.observation_id = observations_fts.rowid
     WHERE observations_fts MATCH ? AND o.indicator_key IS NOT NULL ORDER BY score`,
    [`{title description} : (${fts})`],
  ).rows;
  // One entry per measure, best-ranked first, with every title it was printed under.
  const byKey = new Map<string, { indicator_key: string; title: string }>();
  for (const r of ranked) {
    const k = String(r.indicator_key);
    const seen = byKey.get(k);
    byKey.set(k, { indicator_key: k, title: `${seen?.title ?? ''} ${r.title ?? ''}` });
  }
  const hits = [...byKey.values()];
  // Every word in one measure's title (and in no other's) names it; otherwise the user chooses.
  const inTitle = hits.filter((h) => tokens.every((t) => String(h.title ?? '').toLowerCase().includes(t.toLowerCase())));
  if (inTitle.length === 1) return [String(inTitle[0].indicator_key)];
  return hits.map((h) => String(h.indicator_key));
}

export function series(words: string, options: { db: string; format?: string }): string {
  const store = openArchive(options.db);
  try {
    const keys = findKeys(store, words);
    if (!keys.length) throw new UsageError(`no indicator matches '${words}'`);
    if (keys.length > 1) {
      const list = candidates(store, keys).map((c) => `  ${c.indicator_key}  ${c.reported_ids ?? ''}  ${c.title ?? ''} (${c.papers} paper${c.papers === 1 ? '' : 's'})`);
      throw new UsageError(`'${words}' matches ${keys.length} measures; name one by its key or identifier:\n${list.join('\n')}`);
    }
    const key = keys[0];
    // One row per period: the best-read observation of that period (v_series holds primary renditions only).
    const { rows } = store.query(
      `SELECT fiscal_year, quarter, reported_id, title, current_raw, current_value, target_raw, rag, change, period_basis, file_name, source_ref
       FROM (SELECT s.*, row_number() OVER (PARTITION BY fiscal_year, quarter ORDER BY o.confidence DESC, s.file_name) AS n
             FROM v_series s JOIN observations o USING (observation_id) WHERE s.indicator_key = ?)
       WHERE n = 1 ORDER BY fiscal_year, quarter`,
      [key],
    );
    if (options.format === 'json') return toJson(rows);
    // Quarters between the first and the last with no paper are gaps in the line.
    const at = new Map(rows.filter((r) => r.fiscal_year && r.quarter).map((r) => [Number(String(r.fiscal_year).slice(0, 4)) * 4 + Number(r.quarter) - 1, r]));
    const idx = [...at.keys()];
    const values: (number | null)[] = [];
    const gaps: string[] = [];
    for (let i = Math.min(...idx); idx.length && i <= Math.max(...idx); i++) {
      values.push(((at.get(i)?.current_value as number | null) ?? null));
      if (!at.has(i)) gaps.push(quarterOfIndex(i));
    }
    const nums = values.filter((v): v is number => v !== null);
    const scale = nums.length ? `  (scale ${Math.min(0, ...nums)} to ${Math.max(...nums)}${gaps.length ? `; no paper for ${gaps.join(', ')}` : ''})` : '';
    const title = rows.map((r) => r.title).filter(Boolean).pop() ?? '';
    return `${key}: ${title}\n${sparkline(values)}${scale}\n\n${toTable(['fiscal_year', 'quarter', 'reported_id', 'current_raw', 'target_raw', 'rag', 'change', 'period_basis', 'file_name', 'source_ref'], rows)}`;
  } finally {
    store.close();
  }
}
