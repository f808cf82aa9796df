/**
 * `kpi link <a> <b>` / `kpi unlink <a> <b>`: pin two indicators (by identifier or exact title) together or
 * apart; `kpi links` lists the pins.
 */
import { existsSync } from 'node:fs';
import { openStore, type Store } from '@kpi/store';
import { userPath } from '../../lib/paths';
import { UsageError } from '../../lib/errors';
import { toJson, toTable } from '../../lib/format';
import { openArchive } from '../../lib/archive';
import { reconcileStore } from '../../lib/reconcile';

/** How many cards a pin name selects: identifiers (printed or deduced) and titles, as reconciliation matches them. */
function cardsNamed(store: Store, name: string): number {
  return Number(store.db.prepare('SELECT count(*) FROM observations WHERE lower(printed_id) = @n OR lower(reported_id) = @n OR lower(title) = @n').pluck().get({ n: name.trim().toLowerCase() }));
}

export function link(kind: 'link' | 'unlink', a: string, b: string, options: { db: string }): string {
  if (!existsSync(userPath(options.db))) throw new UsageError(`no database at ${options.db}; run 'kpi ingest' first`);
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) throw new UsageError(`'${a}' and '${b}' name the same thing`);
  const store = openStore(userPath(options.db));
  try {
    // A pin on a name nothing carries would silently do nothing (a typo); refuse it.
    const unknown = [a, b].filter((n) => cardsNamed(store, n) === 0);
    if (unknown.length) throw new UsageError(`no KPI card has the identifier or title ${unknown.map((n) => `'${n}'`).join(' or ')} (nothing was pinned; see kpi query "SELECT DISTINCT reported_id, title FROM v_observations")`);
    store.addUserLink(kind, a, b);
    const r = reconcileStore(store);
    return `${kind === 'link' ? 'linked' : 'unlinked'} '${a}' and '${b}' (kept across re-ingests); ${r.keys} indicators, ${r.findings} findings\n`;
  } finally {
    store.close();
  }
}

/** The pins made with link and unlink, oldest first, with how many cards each side names today. */
export function links(options: { db: string; format?: string }): string {
  const format = options.format ?? 'table';
  if (!['table', 'json'].includes(format)) throw new UsageError(`--format must be table or json (not ${format})`);
  const store = openArchive(options.db);
  try {
    const rows = store.query('SELECT link_id, kind, a, b, created_at FROM user_links ORDER BY link_id').rows.map((r) => ({ ...r, cards_a: cardsNamed(store, String(r.a)), cards_b: cardsNamed(store, String(r.b)) }));
    if (format === 'json') return toJson(rows);
    return toTable(['link_id', 'kind', 'a', 'b', 'cards_a', 'cards_b', 'created_at'], rows);
  } finally {
    store.close();
  }
}
