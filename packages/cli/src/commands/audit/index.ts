/**
 * `kpi audit [--format text|json|html] [--out FILE] [--severity S,..] [--rule R,..] [--fail-on error|warning]`:
 * findings by report and severity, with evidence and sources.
 */
import type { Store } from '@kpi/store';
import { openArchive } from '../../lib/archive';
import { UsageError } from '../../lib/errors';
import { toJson } from '../../lib/format';
import { renderHtml } from './html';

export interface AuditFinding {
  finding_id: number;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  file_name: string | null;
  fiscal_year: string | null;
  quarter: number | null;
  indicator_key: string | null;
  reported_id: string | null;
  message: string;
  evidence: { compared: Record<string, unknown>; sources: { what: string; file: string; ref: string; value?: unknown }[] };
}

export interface AuditReport {
  report_id: number;
  file_name: string;
  committee: string | null;
  fiscal_year: string | null;
  quarter: number | null;
  kind: string;
  summary: { status: string; count: number | null; percentage: number | null }[];
  indicators: { reported_id: string | null; title: string | null; target_raw: string | null; current_raw: string | null; change: string | null; rag: string | null; source_ref: string }[];
  findings: AuditFinding[];
}

export interface AuditData {
  generated: string;
  reports: AuditReport[];
  other: AuditFinding[];
  series: Record<string, { label: string; value: number | null; target: number | null; rag: string | null }[]>;
  titles: Record<string, string>;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const SEVERITIES = Object.keys(ORDER) as AuditFinding['severity'][];

/** Which findings to show: severities and rules (empty lists show all). */
export interface AuditFilter {
  severities: AuditFinding['severity'][];
  rules: string[];
}

export interface AuditOptions {
  db: string;
  format?: string;
  /** Comma-separated severities to show (error, warning, info). */
  severity?: string;
  /** Comma-separated rule names to show. */
  rule?: string;
  /** `error` or `warning`: exit 1 when a shown finding is that severe or worse. */
  failOn?: string;
}

const list = (v: string | undefined) => (v ?? '').split(',').map((x) => x.trim()).filter(Boolean);

/** Read and check --severity and --rule. */
export function auditFilter(options: Pick<AuditOptions, 'severity' | 'rule'>): AuditFilter {
  const severities = list(options.severity);
  const bad = severities.filter((x) => !SEVERITIES.includes(x as AuditFinding['severity']));
  if (bad.length) throw new UsageError(`--severity takes ${SEVERITIES.join(', ')} (not ${bad.join(', ')})`);
  return { severities: severities as AuditFinding['severity'][], rules: list(options.rule) };
}

/** Gather the audit from the archive. */
export function auditData(store: Store, filter: AuditFilter = { severities: [], rules: [] }): AuditData {
  const findings = store
    .query('SELECT * FROM v_findings ORDER BY finding_id')
    .rows.map((r) => ({ ...r, evidence: JSON.parse(String(r.evidence)) }) as unknown as AuditFinding & { report_id: number | null })
    .filter((f) => (!filter.severities.length || filter.severities.includes(f.severity)) && (!filter.rules.length || filter.rules.includes(f.rule)));
  const reports = store.query('SELECT report_id, file_name, committee, fiscal_year, quarter, kind FROM v_reports ORDER BY fiscal_year, quarter, kind, file_name').rows as unknown as AuditReport[];
  for (const r of reports) {
    r.summary = store.query('SELECT status, count, percentage FROM v_summary_counts WHERE report_id = ?', [r.report_id]).rows as AuditReport['summary'];
    r.indicators = store.query('SELECT reported_id, title, target_raw, current_raw, change, rag, source_ref FROM v_observations WHERE report_id = ? ORDER BY observation_id', [r.report_id]).rows as AuditReport['indicators'];
    r.findings = findings.filter((f) => f.report_id === r.report_id).sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.rule.localeCompare(b.rule));
  }
  const series: AuditData['series'] = {};
  const titles: AuditData['titles'] = {};
  const rows = store.query(
    `SELECT indicator_key, fiscal_year, quarter, current_value, target_value, rag, title FROM
       (SELECT s.*, row_number() OVER (PARTITION BY s.indicator_key, fiscal_year, quarter ORDER BY o.confidence DESC, s.file_name) AS n
        FROM v_series s JOIN observations o USING (observation_id)) WHERE n = 1 ORDER BY indicator_key, fiscal_year, quarter`,
  ).rows;
  for (const r of rows) {
    const k = String(r.indicator_key);
    (series[k] ??= []).push({ label: `Q${r.quarter} ${r.fiscal_year}`, value: r.current_value as number | null, target: r.target_value as number | null, rag: r.rag as string | null });
    if (r.title) titles[k] = String(r.title);
  }
  return { generated: new Date().toISOString(), reports, other: findings.filter((f) => f.report_id === null), series, titles };
}

/** The audit as text, JSON or HTML (see `auditResult` for the exit status). */
export function audit(options: AuditOptions): string {
  return auditResult(options).output;
}

/** The audit and whether `--fail-on` is met (a shown finding at that severity or worse: exit 1). */
export function auditResult(options: AuditOptions): { output: string; failing: boolean; notes: string[] } {
  const format = options.format ?? 'text';
  if (!['text', 'json', 'html'].includes(format)) throw new UsageError(`--format must be text, json or html (not ${format})`);
  if (options.failOn !== undefined && !['error', 'warning'].includes(options.failOn)) throw new UsageError(`--fail-on takes error or warning (not ${options.failOn})`);
  const filter = auditFilter(options);
  const store = openArchive(options.db);
  try {
    const data = auditData(store, filter);
    // A rule name that matches nothing is said (a typo would otherwise look like a clean audit).
    const known = new Set(store.query('SELECT DISTINCT rule FROM findings').rows.map((r) => String(r.rule)));
    const notes = filter.rules.filter((r) => !known.has(r)).map((r) => `no finding in the archive has rule '${r}' (rules with findings: ${[...known].sort().join(', ') || 'none'})`);
    const shown = [...data.reports.flatMap((r) => r.findings), ...data.other];
    const failing = options.failOn !== undefined && shown.some((f) => ORDER[f.severity] <= ORDER[options.failOn as 'error' | 'warning']);
    const output = format === 'json' ? toJson(data) : format === 'html' ? renderHtml(data) : renderText(data);
    return { output, failing, notes };
  } finally {
    store.close();
  }
}

function renderText(data: AuditData): string {
  const lines: string[] = [];
  let total = 0;
  for (const r of data.reports) {
    if (!r.findings.length) continue;
    lines.push(`${r.file_name} — ${r.kind}, ${r.fiscal_year ? `Q${r.quarter} ${r.fiscal_year}` : 'period unknown'}${r.committee ? `, ${r.committee}` : ''}`);
    for (const sev of ['error', 'warning', 'info'] as const) {
      const list = r.findings.filter((f) => f.severity === sev);
      if (!list.length) continue;
      lines.push(`  ${sev} (${list.length})`);
      for (const f of list) {
        total++;
        lines.push(`    [${f.rule}] ${f.message}`);
        for (const s of f.evidence.sources ?? []) lines.push(`        ${s.what}: ${s.file}${s.ref ? `, ${s.ref}` : ''}${s.value !== undefined && s.value !== null ? ` (${String(s.value)})` : ''}`);
      }
    }
    lines.push('');
  }
  lines.push(`${total} finding${total === 1 ? '' : 's'} in ${data.reports.filter((r) => r.findings.length).length} of ${data.reports.length} reports`);
  return `${lines.join('\n')}\n`;
}
