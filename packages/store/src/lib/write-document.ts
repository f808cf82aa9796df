/** Writing one document and everything normalised from it, or the reason it could not be read. */
import type Database from 'better-sqlite3';
import { describeProv, type Format } from '@kpi/extract/schema';
import type { NormalisedReport } from '@kpi/normalise';
import { OBSERVATION_COLUMNS, observationToRow } from './observation-row';
import { markDirty } from './state';

/** A document read and normalised, ready to store. */
export interface DocumentInput {
  path: string;
  fileName: string;
  format: Format;
  sha256: string;
  pages: number | null;
  bytes: number;
  /** File modification time, so an unchanged file can be recognised without reading it. */
  mtimeMs?: number | null;
  report: NormalisedReport;
}

/** A document that could not be read, with its one-line reason. */
export interface FailureInput {
  path: string;
  fileName: string;
  format: Format | null;
  sha256: string | null;
  bytes: number | null;
  mtimeMs?: number | null;
  error: string;
}

const INSERT_OBSERVATION = `INSERT INTO observations (report_id, position, ${OBSERVATION_COLUMNS.join(', ')})
  VALUES (@report_id, @position, ${OBSERVATION_COLUMNS.map((c) => `@${c}`).join(', ')})`;

/** Store one document atomically; replaces an older version of the same path (or a forced re-ingest of the same bytes). */
export function writeDocument(db: Database.Database, input: DocumentInput): number {
  return db.transaction(() => {
    removeDocuments(db, input.path, input.sha256);
    const docId = Number(
      db
        .prepare('INSERT INTO documents (path, file_name, sha256, format, pages, bytes, mtime_ms, status, error, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)')
        .run(input.path, input.fileName, input.sha256, input.format, input.pages, input.bytes, input.mtimeMs ?? null, 'ok', new Date().toISOString()).lastInsertRowid,
    );
    const { meta, observations, summary, ragKey, claims, charts } = input.report;
    const reportId = Number(
      db
        .prepare(
          `INSERT INTO reports (document_id, committee, committee_source, fiscal_year, quarter, period_start, period_end, period_source, kind, produced_on)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(docId, meta.committee, meta.committee ? 'printed' : null, meta.fiscalYear, meta.quarter, meta.periodStart, meta.periodEnd, meta.periodSource, meta.kind, meta.producedOn).lastInsertRowid,
    );
    const insertObs = db.prepare(INSERT_OBSERVATION);
    const obsIds = observations.map((o, position) => Number(insertObs.run({ report_id: reportId, position, ...observationToRow(o) }).lastInsertRowid));
    const insertSummary = db.prepare('INSERT INTO summary_counts (report_id, status, count_raw, count, percentage_raw, percentage, source_ref) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const s of summary) insertSummary.run(reportId, s.status, s.count.raw, s.count.value, s.percentage.raw, s.percentage.value, describeProv(s.prov));
    const insertKey = db.prepare('INSERT INTO rag_key (report_id, status, definition, source_page, source_ref) VALUES (?, ?, ?, ?, ?)');
    for (const k of ragKey) insertKey.run(reportId, k.status, k.definition, k.prov.page, describeProv(k.prov));
    const insertClaim = db.prepare('INSERT INTO claims (report_id, kind, count, status, from_status, text, items, source_page, source_ref, prov) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const c of claims) insertClaim.run(reportId, c.kind, c.count, c.status, c.fromStatus, c.text, JSON.stringify(c.items), c.prov.page, describeProv(c.prov), JSON.stringify(c.prov));
    const insertPoint = db.prepare('INSERT INTO chart_points (report_id, observation_id, chart_title, series, period_label, raw, value, source_page, source_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const chart of charts) {
      const obsId = chart.card !== null ? (obsIds[chart.card] ?? null) : null;
      for (const series of chart.series) {
        for (const p of series.points) insertPoint.run(reportId, obsId, chart.title, series.name, p.label, p.raw, p.value, chart.prov.page, describeProv(chart.prov));
      }
    }
    markDirty(db);
    return docId;
  })();
}

/** Record a document that could not be read, keeping its one-line reason. */
export function writeFailure(db: Database.Database, input: FailureInput): number {
  return db.transaction(() => {
    removeDocuments(db, input.path, input.sha256);
    return Number(
      db
        .prepare('INSERT INTO documents (path, file_name, sha256, format, pages, bytes, mtime_ms, status, error, ingested_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)')
        .run(input.path, input.fileName, input.sha256, input.format, input.bytes, input.mtimeMs ?? null, 'failed', input.error, new Date().toISOString()).lastInsertRowid,
    );
  })();
}

/** Drop earlier versions of a path (or a forced re-ingest of the same bytes); their rows go by cascade. */
function removeDocuments(db: Database.Database, path: string, sha256: string | null) {
  db.prepare('DELETE FROM documents WHERE path = ? OR (sha256 IS NOT NULL AND sha256 = ?)').run(path, sha256);
}
