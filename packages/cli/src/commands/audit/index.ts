/**
 * `kpi audit [--format text|json|html] [--out FILE] [--severity S,..] [--rule R,..] [--fail-on error|warning]`:
 * findings by report and severity, with evidence and sources.
 */
import { auditData, SEVERITY_ORDER as ORDER, type AuditData, type AuditFilter, type AuditFinding, type AuditReport } from './data';
import { openArchive } from '../../lib/archive';
import { UsageError } from '../../lib/errors';
import { toJson } from '../../lib/format';
import { renderHtml } from './html';
import { quarterName } from '@kpi/normalise';

export { auditData, type AuditData, type AuditFinding, type AuditReport, type AuditFilter, type SeriesPoint } from './data';

const SEVERITIES = Object.keys(ORDER) as AuditFinding['severity'][];

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

/** ' (2 errors, 5 warnings, 1 info)' over every shown finding; '' when there are none. */
function counts(data: AuditData): string {
  const all = [...data.reports.flatMap((r: AuditReport) => r.findings), ...data.other];
  const parts = SEVERITIES.map((s) => [s, all.filter((f) => f.severity === s).length] as const).filter(([, n]) => n).map(([s, n]) => `${n} ${s}${n === 1 || s === 'info' ? '' : 's'}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function renderText(data: AuditData): string {
  const lines: string[] = [];
  let total = 0;
  for (const r of data.reports) {
    if (!r.findings.length) continue;
    lines.push(`${r.file_name} — ${r.kind}, ${quarterName(r.fiscal_year, r.quarter)}${r.committee ? `, ${r.committee}` : ''}`);
    if (r.renditions.length) lines.push(`  also archived as ${r.renditions.join(', ')}`);
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
  for (const f of data.other) {
    total++;
    lines.push(`[${f.rule}] (${f.severity}) ${f.message}`);
  }
  lines.push(`${total} finding${total === 1 ? '' : 's'} in ${data.reports.filter((r) => r.findings.length).length} of ${data.reports.length} papers${counts(data)}`);
  return `${lines.join('\n')}\n`;
}
