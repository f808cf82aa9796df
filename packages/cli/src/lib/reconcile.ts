import { reconcile } from '@kpi/reconcile';
import type { Store } from '@kpi/store';

/** Recompute identity, deduced identifiers, committees and findings over the whole archive. */
export function reconcileStore(store: Store): { findings: number; keys: number } {
  const result = reconcile(store.observations(), store.reports(), store.userLinks(), store.chartPoints());
  store.writeReconciliation(result);
  return { findings: result.findings.length, keys: new Set(result.keys.values()).size };
}
