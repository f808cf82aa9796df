/** @kpi/cli — the `kpi` command: ingest, audit, export, query, blocks, series, link, unlink. */

export { ingest, type IngestOptions, type IngestSummary } from './commands/ingest/index';
export { query } from './commands/query/index';
export { exportView } from './commands/export/index';
export { blocks } from './commands/blocks/index';
export { audit, auditData, auditResult, auditFilter, type AuditOptions } from './commands/audit/index';
export { renderHtml, escapeHtml, trendSvg } from './commands/audit/html';
export { shortNumber } from './commands/audit/chart';
export { series, sparkline } from './commands/series/index';
export { link, links } from './commands/link/index';
export { datasette } from './commands/datasette/index';
export { safeCell, toCsv } from './lib/csv';
export { walk } from './lib/walk';
export { UsageError } from './lib/errors';

export { run } from './main';
