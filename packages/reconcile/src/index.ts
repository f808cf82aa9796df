/** @kpi/reconcile — pure: archive rows → indicator keys, deduced identifiers, inferred committees and findings. */
export type { ArchiveObservation, ArchiveReport, ArchivePoint, UserPin } from './lib/archive';
export { reconcile, type Reconciliation } from './lib/reconcile';
export type { Finding, Source, Severity } from './lib/rules/finding';
