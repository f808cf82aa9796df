/** What the audit shows, gathered from the archive's views: papers (one per group of renditions), findings, series. */
import type { Store } from '@kpi/store';
import { quarterOfIndex } from '@kpi/normalise';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface AuditSource {
  what: string;
  file: string;
  ref: string;
  page?: number | null;
  value?: unknown;
}

export interface AuditFinding {
  finding_id: number;
  rule: string;
  severity: Severity;
  file_name: string | null;
  fiscal_year: string | null;
  quarter: number | null;
  indicator_key: string | null;
  reported_id: string | null;
  message: string;
  evidence: { compared: Record<string, unknown>; sources: AuditSource[] };
}

/** One paper: its primary rendition (the published file) and the other formats it was also archived as. */
export interface AuditReport {
  report_id: number;
  file_name: string;
  committee: string | null;
  fiscal_year: string | null;
  quarter: number | null;
  kind: string;
  /** Other files holding the same paper (text dumps, the Word twin of a PDF). */
  renditions: string[];
  summary: { status: string; count: number | null; percentage: number | null }[];
  indicators: { reported_id: string | null; title: string | null; target_raw: string | null; current_raw: string | null; change: string | null; rag: string | null; source_page: number | null; source_ref: string }[];
  findings: AuditFinding[];
}

/** One period of a measure; `paper` false where the archive has no paper for that quarter (a gap). */
export interface SeriesPoint {
  label: string;
  paper: boolean;
  value: number | null;
  raw: string | null;
  target: number | null;
  rag: string | null;
}

export interface AuditData {
  generated: string;
  reports: AuditReport[];
  other: AuditFinding[];
  series: Record<string, SeriesPoint[]>;
  titles: Record<string, string>;
  /** Stored path of each file name, for links to the source (file.pdf#page=N). */
  paths: Record<string, string>;
}

/** Which findings to show: severities and rules (empty lists show all). */
export interface AuditFilter {
  severities: Severity[];
  rules: string[];
}

const quarterIndex = (fy: string, q: number) => Number(fy.slice(0, 4)) * 4 + (q - 1);

/** Gather the audit from the archive. */
export function auditData(store: Store, filter: AuditFilter = { severities: [], rules: [] }): AuditData {
  const findings = store
    .query('SELECT * FROM v_findings ORDER BY finding_id')
    .rows.map((r) => ({ ...r, evidence: JSON.parse(String(r.evidence)) }) as unknown as AuditFinding & { report_id: number | null })
    .filter((f) => (!filter.severities.length || filter.severities.includes(f.severity)) && (!filter.rules.length || filter.rules.includes(f.rule)));
  const all = store.query('SELECT report_id, file_name, committee, fiscal_year, quarter, kind, rendition_of FROM v_reports ORDER BY fiscal_year, quarter, kind, file_name').rows as unknown as (AuditReport & { rendition_of: number | null })[];
  const reports = all.filter((r) => r.rendition_of === null);
  for (const r of reports) {
    r.renditions = all.filter((x) => x.rendition_of === r.report_id).map((x) => x.file_name);
    delete (r as { rendition_of?: unknown }).rendition_of;
    r.summary = store.query('SELECT status, count, percentage FROM v_summary_counts WHERE report_id = ?', [r.report_id]).rows as AuditReport['summary'];
    r.indicators = store.query('SELECT reported_id, title, target_raw, current_raw, change, rag, source_page, source_ref FROM v_observations WHERE report_id = ? ORDER BY observation_id', [r.report_id]).rows as AuditReport['indicators'];
    r.findings = findings.filter((f) => f.report_id === r.report_id).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule));
  }
  // A finding on a report that is not a primary (none today) still shows, under "across papers".
  const shownIds = new Set(reports.map((r) => r.report_id));
  const series: AuditData['series'] = {};
  const titles: AuditData['titles'] = {};
  // v_series holds primary renditions only; of two papers of one quarter (a dashboard and a cover), the best read.
  const rows = store.query(
    `SELECT indicator_key, fiscal_year, quarter, current_value, current_raw, target_value, rag, title FROM
       (SELECT s.*, row_number() OVER (PARTITION BY s.indicator_key, fiscal_year, quarter ORDER BY o.confidence DESC, s.file_name) AS n
        FROM v_series s JOIN observations o USING (observation_id) WHERE fiscal_year IS NOT NULL AND quarter IS NOT NULL) WHERE n = 1 ORDER BY indicator_key, fiscal_year, quarter`,
  ).rows;
  const byKey = new Map<string, Map<number, SeriesPoint>>();
  for (const r of rows) {
    const k = String(r.indicator_key);
    const at = byKey.get(k) ?? new Map<number, SeriesPoint>();
    at.set(quarterIndex(String(r.fiscal_year), Number(r.quarter)), { label: '', paper: true, value: r.current_value as number | null, raw: r.current_raw as string | null, target: r.target_value as number | null, rag: r.rag as string | null });
    byKey.set(k, at);
    if (r.title) titles[k] = String(r.title);
  }
  // Every quarter from the first to the last, so a missing quarter is a gap and not a shorter line.
  for (const [k, at] of byKey) {
    const idx = [...at.keys()];
    const first = Math.min(...idx);
    const last = Math.max(...idx);
    series[k] = [];
    for (let i = first; i <= last; i++) series[k].push({ ...(at.get(i) ?? { paper: false, value: null, raw: null, target: null, rag: null }), label: quarterOfIndex(i) });
  }
  const paths: AuditData['paths'] = {};
  for (const d of store.query("SELECT file_name, path FROM v_documents WHERE status = 'ok' ORDER BY document_id").rows) paths[String(d.file_name)] ??= String(d.path);
  return { generated: new Date().toISOString(), reports, other: findings.filter((f) => f.report_id === null || !shownIds.has(f.report_id)), series, titles, paths };
}
