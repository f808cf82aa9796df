/**
 * The audit as one self-contained HTML page: a severity summary and contents, then per paper (one section
 * for all its renditions) its RAG summary, KPIs and findings, each with an anchor, sources linked to the
 * page of the file; last, each indicator's history as a chart. No script; every document text is escaped.
 */
import { pathToFileURL } from 'node:url';
import type { AuditData, AuditFinding, AuditReport, AuditSource, Severity } from './data';
import { escapeHtml, RAG_COLOURS } from './escape';
import { trendSvg } from './chart';
import { quarterName } from '@kpi/normalise';

export { escapeHtml } from './escape';
export { trendSvg } from './chart';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A RAG status as a coloured chip (grey for statuses without a colour). */
const chip = (rag: string | null) => (rag ? `<span class="chip" style="background:${RAG_COLOURS[rag] ?? '#7f8c8d'}">${escapeHtml(rag)}</span>` : '');
const sevChip = (sev: Severity, n: number) => `<span class="sev ${sev}">${n} ${sev}${n === 1 || sev === 'info' ? '' : 's'}</span>`;
const period = (r: { fiscal_year: string | null; quarter: number | null }) => quarterName(r.fiscal_year, r.quarter);

/** A link to the stored file, at the page where one is known (PDF viewers honour #page=N). */
function sourceLink(data: AuditData, file: string, page: number | null | undefined, text: string): string {
  const path = data.paths[file];
  if (!path) return escapeHtml(text);
  const href = `${pathToFileURL(path).href}${page ? `#page=${page}` : ''}`;
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

function source(data: AuditData, s: AuditSource): string {
  const value = s.value !== undefined && s.value !== null ? ` — <b>${escapeHtml(s.value)}</b>` : '';
  return `<li>${escapeHtml(s.what)}: ${sourceLink(data, s.file, s.page, `${s.file}${s.ref ? `, ${s.ref}` : ''}`)}${value}</li>`;
}

function finding(f: AuditFinding, data: AuditData): string {
  const pts = f.indicator_key ? data.series[f.indicator_key] : undefined;
  const trend = pts && pts.length > 1 ? trendSvg(pts) : '';
  const id = `finding-${f.finding_id}`;
  return `<li class="finding ${escapeHtml(f.severity)}" id="${id}"><a class="anchor" href="#${id}" title="link to this finding">#</a> <span class="rule">${escapeHtml(f.rule)}</span> ${escapeHtml(f.message)}${f.indicator_key ? ` <span class="key">${escapeHtml(f.indicator_key)}</span>` : ''}<ul class="sources">${(f.evidence.sources ?? []).map((s) => source(data, s)).join('')}</ul>${trend}</li>`;
}

function findingLists(list: AuditFinding[], data: AuditData): string {
  return SEVERITIES.map((sev) => {
    const of = list.filter((f) => f.severity === sev);
    return of.length ? `<h3>${sev} (${of.length})</h3><ul class="findings">${of.map((f) => finding(f, data)).join('')}</ul>` : '';
  }).join('');
}

function section(r: AuditReport, data: AuditData): string {
  const id = `report-${r.report_id}`;
  const also = r.renditions.length ? ` · also archived as ${r.renditions.map((f) => escapeHtml(f)).join(', ')}` : '';
  const summary = r.summary.length
    ? `<div class="scroll"><table><tr><th>Status</th><th>KPIs</th><th>%</th></tr>${r.summary.map((s) => `<tr><td>${chip(s.status)}</td><td class="num">${escapeHtml(s.count ?? '')}</td><td class="num">${escapeHtml(s.percentage ?? '')}</td></tr>`).join('')}</table></div>`
    : '';
  const cards = r.indicators.length
    ? `<details><summary>${plural(r.indicators.length, 'KPI')}</summary><div class="scroll"><table><tr><th>KPI</th><th>Title</th><th>Target</th><th>Current</th><th>Change</th><th>RAG</th><th>Where</th></tr>${r.indicators
        .map((i) => `<tr><td>${escapeHtml(i.reported_id ?? '—')}</td><td>${escapeHtml(i.title ?? '')}</td><td class="num">${escapeHtml(i.target_raw ?? '')}</td><td class="num">${escapeHtml(i.current_raw ?? '')}</td><td>${escapeHtml(i.change ?? '')}</td><td>${chip(i.rag)}</td><td>${sourceLink(data, r.file_name, i.source_page, i.source_ref)}</td></tr>`)
        .join('')}</table></div></details>`
    : '';
  return `<section id="${id}"><h2><a class="anchor" href="#${id}">#</a> ${sourceLink(data, r.file_name, null, r.file_name)}</h2><p class="meta">${escapeHtml(r.kind)} · ${escapeHtml(period(r))}${r.committee ? ` · ${escapeHtml(r.committee)}` : ''}${also}</p>${summary}${cards}${findingLists(r.findings, data) || '<p>No findings.</p>'}</section>`;
}

/** Render the whole page. */
export function renderHtml(data: AuditData): string {
  const all = [...data.reports.flatMap((r) => r.findings), ...data.other];
  const bySeverity = SEVERITIES.map((sev) => all.filter((f) => f.severity === sev).length);
  const rules = [...new Set(all.map((f) => f.rule))].sort();
  const ruleRows = rules.map((rule) => `<tr><td><span class="rule">${escapeHtml(rule)}</span></td>${SEVERITIES.map((sev) => `<td class="num">${all.filter((f) => f.rule === rule && f.severity === sev).length || ''}</td>`).join('')}</tr>`).join('');
  const overview = `<div class="scroll"><table class="overview"><tr><th>Rule</th>${SEVERITIES.map((s, i) => `<th>${sevChip(s, bySeverity[i])}</th>`).join('')}</tr>${ruleRows}</table></div>`;
  const toc = data.reports
    .map((r) => `<li><a href="#report-${r.report_id}">${escapeHtml(r.file_name)}</a> <span class="meta">${escapeHtml(r.kind)} · ${escapeHtml(period(r))}</span> ${SEVERITIES.map((s) => r.findings.filter((f) => f.severity === s).length).map((n, i) => (n ? sevChip(SEVERITIES[i], n) : '')).join(' ')}</li>`)
    .join('');
  const charts = Object.entries(data.series)
    .filter(([, pts]) => pts.length > 1)
    .map(([key, pts]) => `<figure id="indicator-${escapeHtml(key)}"><figcaption><b>${escapeHtml(key)}</b> ${escapeHtml(data.titles[key] ?? '')}</figcaption>${trendSvg(pts)}</figure>`)
    .join('');
  const other = data.other.length ? `<section id="across"><h2><a class="anchor" href="#across">#</a> Across papers</h2>${findingLists(data.other, data)}</section>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>KPI archive audit</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{margin-bottom:.2rem}h2{font-size:1.2rem;margin:.6rem 0 .2rem;overflow-wrap:anywhere}h3{font-size:1rem;margin:.6rem 0 .2rem;text-transform:capitalize}
section{border-top:1px solid #ddd;padding:.5rem 0 1rem}.meta{color:#666;margin:.2rem 0 .6rem}
a{color:#1a5276}.anchor{color:#aaa;text-decoration:none;font-weight:normal}
.scroll{overflow-x:auto}table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #ddd;padding:2px 8px;text-align:left;vertical-align:top}td.num{text-align:right}
.chip{display:inline-block;color:#fff;border-radius:9px;padding:0 8px;font-size:12px;white-space:nowrap}
.sev{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;font-weight:600;white-space:nowrap}
.sev.error{background:#fadbd8;color:#922b21}.sev.warning{background:#fdebd0;color:#9c640c}.sev.info{background:#d6eaf8;color:#1b4f72}
nav ol{padding-left:1.2rem}nav li{margin:.15rem 0}
ul.findings{padding-left:0}li.finding{margin:.6rem 0;list-style:none;border-left:4px solid #999;padding-left:.6rem;overflow-wrap:anywhere}
li.error{border-color:#c0392b}li.warning{border-color:#d68910}li.info{border-color:#2471a3}
.rule{white-space:nowrap;font:12px monospace;background:#f2f2f2;padding:1px 4px;border-radius:3px}.key{font:12px monospace;color:#555}
ul.sources{color:#555;font-size:13px;margin:.2rem 0}
figure{display:inline-block;margin:.5rem 1rem .5rem 0;vertical-align:top;width:320px;max-width:100%}figcaption{font-size:12px;min-height:2.8em}
@media (max-width:600px){table.overview .rule{white-space:normal;overflow-wrap:anywhere}table.overview td,table.overview th{padding:2px 4px}}
svg.trend{max-width:100%;height:auto;display:block}svg .tick{font-size:10px;fill:#555}svg .val{font-size:10px;fill:#222}svg .gap{font-size:9px;fill:#999;font-style:italic}
</style></head><body>
<h1>KPI archive audit</h1><p class="meta">${plural(all.length, 'finding')} in ${plural(data.reports.length, 'paper')} · generated ${escapeHtml(data.generated)}</p>
${all.length ? overview : ''}
<nav><h2>Contents</h2><ol>${toc}${other ? '<li><a href="#across">Across papers</a></li>' : ''}<li><a href="#indicators">Indicators over time</a></li></ol></nav>
${data.reports.map((r) => section(r, data)).join('\n')}
${other}
<section id="indicators"><h2><a class="anchor" href="#indicators">#</a> Indicators over time</h2>${charts || '<p>No indicator has more than one period yet.</p>'}</section>
</body></html>
`;
}
