/** @kpi/store — the SQLite archive: migrations, atomic per-document writes, contract views. */
export { openStore, Store, StoreError, type DocumentInput, type FailureInput, type StoredObservation, type StoredReport, type ReconciliationRows } from './lib/store';
export { MIGRATIONS, type Migration } from './lib/migrations';
export { VIEW_DOCS, EXAMPLE_QUERIES, INTERNAL_TABLES, datasetteMetadata, type ViewDoc } from './lib/describe';
