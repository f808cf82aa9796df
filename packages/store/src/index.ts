/** @kpi/store — the SQLite archive: migrations, atomic per-document writes, the archive read back, contract views. */
export { openStore, Store, type ReconciliationRows } from './lib/store';
export { StoreError } from './lib/errors';
export type { DocumentInput, FailureInput } from './lib/write-document';
export type { StoredObservation, StoredReport } from './lib/read-archive';
export { MIGRATIONS, type Migration } from './lib/migrations';
export { VIEW_DOCS, EXAMPLE_QUERIES, INTERNAL_TABLES, datasetteMetadata, type ViewDoc } from './lib/describe';
