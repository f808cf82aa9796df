/** The audit as one self-contained HTML page: per report its RAG summary and findings, per indicator a trend chart. */
import type { AuditData, AuditFinding } from './index';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const RAG_COLOURS: Record<string, string> = { Red: '#c0392b', Amber: '#e67e22', Green: '#27ae60', Blue: '#2471a3' };

/** A small inline SVG line chart of one indicator's values, with its target as a dashed line. */
export function trendSvg(points: { label: string; value: number | null; target: number | null; rag: string | null }[]): string {
  const w = 260;
  const h = 70;
  const pad = 8;
  const values = points.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null);
  if (!values.length) return '';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const x = (i: number) => (points.length === 1 ? w / 2 : pad + (i * (w - 2 * pad)) / (points.length - 1));
  const y = (v: number) => (hi === lo ? h / 2 : h - pad - ((v - lo) * (h - 2 * pad)) / (hi - lo));
  const line = points.map((p, i) => (p.value === null ? null : `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`)).filter(Boolean).join(' ');
  const target = points.map((p, i) => (p.target === null ? null : `${x(i).toFixed(1)},${y(p.target).toFixed(1)}`)).filter(Boolean).join(' ');
  const dots = points
    .map((p, i) => (p.value === null ? '' : `<circle cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" fill="${RAG_COLOURS[p.rag ?? ''] ?? '#7f8c8d'}"><title>${escapeHtml(`${p.label}: ${p.value}${p.rag ? ` (${p.rag})` : ''}`)}</title></circle>`))
    .join('');
  return `<svg class="trend" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="trend">${target ? `<polyline points="${target}" fill="none" stroke="#999" stroke-dasharray="4 3"/>` : ''}<polyline points="${line}" fill="none" stroke="#34495e" stroke-width="1.5"/>${dots}</svg>`;
}

function finding(f: AuditFinding, data: AuditData): string {
  const trend = f.indicator_key && data.series[f.indicator_key]?.length > 1 ? trendSvg(data.series[f.indicator_key]) : '';
  const sources = (f.evidence.sources ?? []).map((s) => `<li>${escapeHtml(s.what)}: <code>${escapeHtml(s.file)}</code>${s.ref ? `, ${escapeHtml(s.ref)}` : ''}${s.value !== undefined && s.value !== null ? ` — <b>${escapeHtml(s.value)}</b>` : ''}</li>`).join('');
  return `<li class="finding ${escapeHtml(f.severity)}"><span class="rule">${escapeHtml(f.rule)}</span> ${escapeHtml(f.message)}${f.indicator_key ? ` <span class="key">${escapeHtml(f.indicator_key)}</span>` : ''}<ul class="sources">${sources}</ul>${trend}</li>`;
}

/** Render the whole page. Every piece of document text is escaped; the page runs no script. */
export function renderHtml(data: AuditData): string {
  const sections = data.reports
    .map((r) => {
      const summary = r.summary.length
        ? `<table class="summary"><tr><th>Status</th><th>KPIs</th><th>%</th></tr>${r.summary.map((s) => `<tr><td><span class="dot" style="background:${RAG_COLOURS[s.status] ?? '#7f8c8d'}"></span>${escapeHtml(s.status)}</td><td>${escapeHtml(s.count ?? '')}</td><td>${escapeHtml(s.percentage ?? '')}</td></tr>`).join('')}</table>`
        : '';
      const bySeverity = (['error', 'warning', 'info'] as const)
        .map((sev) => {
          const list = r.findings.filter((f) => f.severity === sev);
          return list.length ? `<h4>${sev} (${list.length})</h4><ul>${list.map((f) => finding(f, data)).join('')}</ul>` : '';
        })
        .join('');
      const cards = r.indicators.length
        ? `<details><summary>${r.indicators.length} KPI${r.indicators.length === 1 ? '' : 's'}</summary><table class="summary"><tr><th>KPI</th><th>Title</th><th>Target</th><th>Current</th><th>Change</th><th>RAG</th><th>Where</th></tr>${r.indicators.map((i) => `<tr><td>${escapeHtml(i.reported_id ?? '—')}</td><td>${escapeHtml(i.title ?? '')}</td><td>${escapeHtml(i.target_raw ?? '')}</td><td>${escapeHtml(i.current_raw ?? '')}</td><td>${escapeHtml(i.change ?? '')}</td><td>${escapeHtml(i.rag ?? '')}</td><td>${escapeHtml(i.source_ref)}</td></tr>`).join('')}</table></details>`
        : '';
      return `<section><h2>${escapeHtml(r.file_name)}</h2><p class="meta">${escapeHtml(r.kind)} · ${escapeHtml(r.fiscal_year ? `Q${r.quarter} ${r.fiscal_year}` : 'period unknown')}${r.committee ? ` · ${escapeHtml(r.committee)}` : ''} · ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}</p>${summary}${cards}${bySeverity || '<p>No findings.</p>'}</section>`;
    })
    .join('\n');
  const indicators = Object.entries(data.series)
    .filter(([, pts]) => pts.length > 1)
    .map(([key, pts]) => `<figure><figcaption>${escapeHtml(key)}: ${escapeHtml(data.titles[key] ?? '')}</figcaption>${trendSvg(pts)}<div class="labels">${pts.map((p) => escapeHtml(p.label)).join(' · ')}</div></figure>`)
    .join('');
  const total = data.reports.reduce((n, r) => n + r.findings.length, 0);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>KPI archive audit</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{margin-bottom:.2rem}section{border-top:1px solid #ddd;padding:.5rem 0 1rem}.meta{color:#666;margin:.2rem 0 .6rem}
table.summary{border-collapse:collapse;margin:.4rem 0}table.summary td,table.summary th{border:1px solid #ddd;padding:2px 8px;text-align:left}
.dot{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.4em}
li.finding{margin:.5rem 0;list-style:none;border-left:4px solid #999;padding-left:.6rem}
li.error{border-color:#c0392b}li.warning{border-color:#e67e22}li.info{border-color:#2471a3}
.rule{font:12px monospace;background:#f2f2f2;padding:1px 4px;border-radius:3px}.key{font:12px monospace;color:#555}
ul.sources{color:#555;font-size:13px;margin:.2rem 0}figure{display:inline-block;margin:.5rem 1rem .5rem 0;vertical-align:top;width:270px}
figcaption{font-size:12px;height:3em;overflow:hidden}.labels{font-size:10px;color:#777}
</style></head><body>
<h1>KPI archive audit</h1><p class="meta">${total} finding${total === 1 ? '' : 's'} in ${data.reports.length} reports · generated ${escapeHtml(data.generated)}</p>
${sections}
<section><h2>Indicators over time</h2>${indicators || '<p>No indicator has more than one period yet.</p>'}</section>
</body></html>
`;
}
