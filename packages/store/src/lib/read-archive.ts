/** Rows → the archive reconciliation reads: observations, reports with their cover parts, chart points, pins. */
import type Database from 'better-sqlite3';
import { NarrativeClaim, Provenance } from '@kpi/extract/schema';
import type { ArchiveObservation, ArchivePoint, ArchiveReport, UserPin } from '@kpi/reconcile';
import { readJson } from './json';
import { observationFromRow } from './observation-row';

/** An observation as stored, in the shape reconciliation reads, with its current key. */
export type StoredObservation = ArchiveObservation & { indicatorKey: string | null };

/** A report as stored, with its claims, summary and key. */
export type StoredReport = ArchiveReport & { documentId: number };

type Row = Record<string, unknown>;

/** Every observation with its report's period, committee and file. */
export function readObservations(db: Database.Database): StoredObservation[] {
  const rows = db
    .prepare(
      `SELECT o.*, r.fiscal_year, r.quarter, r.committee, r.kind, d.sha256 AS document_sha, d.file_name
       FROM observations o JOIN reports r USING (report_id) JOIN documents d USING (document_id)`,
    )
    .all() as Row[];
  return rows.map((r) => ({
    observationId: r.observation_id as number,
    reportId: r.report_id as number,
    documentSha: r.document_sha as string,
    position: r.position as number,
    fiscalYear: r.fiscal_year as string | null,
    quarter: r.quarter as number | null,
    committee: r.committee as string | null,
    kind: r.kind as string,
    fileName: r.file_name as string,
    observation: observationFromRow(r),
    indicatorKey: r.indicator_key as string | null,
  }));
}

const ClaimItems = NarrativeClaim.shape.items;

/** Every report with its claims, summary counts and RAG key; claims' JSON is validated as it is read. */
export function readReports(db: Database.Database): StoredReport[] {
  const reports = db.prepare('SELECT r.*, d.sha256 AS document_sha, d.file_name FROM reports r JOIN documents d USING (document_id) ORDER BY d.sha256').all() as Row[];
  const claims = db.prepare('SELECT * FROM claims WHERE report_id = ? ORDER BY claim_id');
  const summary = db.prepare('SELECT status, count, percentage, source_ref AS sourceRef FROM summary_counts WHERE report_id = ?');
  const key = db.prepare('SELECT status, definition, source_ref AS sourceRef FROM rag_key WHERE report_id = ?');
  return reports.map((r) => ({
    reportId: r.report_id as number,
    documentId: r.document_id as number,
    documentSha: r.document_sha as string,
    fileName: r.file_name as string,
    committee: r.committee as string | null,
    committeeSource: r.committee_source as string | null,
    fiscalYear: r.fiscal_year as string | null,
    quarter: r.quarter as number | null,
    kind: r.kind as string,
    claims: (claims.all(r.report_id) as Row[]).map((c) => ({
      kind: c.kind as NarrativeClaim['kind'],
      count: c.count as number | null,
      status: c.status as string | null,
      fromStatus: c.from_status as string | null,
      text: c.text as string,
      items: readJson(ClaimItems, c.items, `claim ${String(c.claim_id)} items`),
      prov: readJson(Provenance, c.prov, `claim ${String(c.claim_id)} position`),
    })),
    summary: summary.all(r.report_id) as ArchiveReport['summary'],
    ragKey: key.all(r.report_id) as ArchiveReport['ragKey'],
  }));
}

/** Chart points tied to an observation, for the series-vs-card check. */
export function readChartPoints(db: Database.Database): ArchivePoint[] {
  return db
    .prepare('SELECT observation_id AS observationId, series, period_label AS periodLabel, raw, source_ref AS sourceRef FROM chart_points WHERE observation_id IS NOT NULL ORDER BY point_id')
    .all() as ArchivePoint[];
}

/** Pinned identity decisions, oldest first. */
export function readUserLinks(db: Database.Database): UserPin[] {
  return db.prepare('SELECT kind, a, b FROM user_links ORDER BY link_id').all() as UserPin[];
}
