/** `kpi link <a> <b>` / `kpi unlink <a> <b>`: pin two indicators (by identifier or exact title) together or apart. */
import { openStore } from '@kpi/store';
import { userPath } from '../../lib/paths';
import { reconcileStore } from '../../lib/reconcile';

export function link(kind: 'link' | 'unlink', a: string, b: string, options: { db: string }): string {
  const store = openStore(userPath(options.db));
  try {
    store.addUserLink(kind, a, b);
    const r = reconcileStore(store);
    return `${kind === 'link' ? 'linked' : 'unlinked'} '${a}' and '${b}' (kept across re-ingests); ${r.keys} indicators, ${r.findings} findings\n`;
  } finally {
    store.close();
  }
}
