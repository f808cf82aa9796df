/** One indicator's history as a small inline SVG chart: value axis, period labels, each value printed, gaps left open. */
import type { SeriesPoint } from './data';
import { escapeHtml, RAG_COLOURS } from './escape';

const W = 320;
const H = 150;
const LEFT = 44;
const RIGHT = 8;
const TOP = 16;
const BOTTOM = 34;
/** Room between the axis and the first and last point, for their printed values and period labels. */
const INSET = 26;

/** Axis numbers short enough for a small chart: 102264 → 102k, 0.5 → 0.5. */
export function shortNumber(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toFixed(a >= 1e7 ? 0 : 1)}m`;
  if (a >= 1e4) return `${+(v / 1e3).toFixed(a >= 1e5 ? 0 : 1)}k`;
  return String(+v.toFixed(a >= 100 ? 0 : a >= 10 ? 1 : 2));
}

/**
 * The chart is scaled to the data's own range (padded a little), with the range printed on the axis, so a
 * 2% move looks like a 2% move against its labels. Quarters without a value break the line and are marked.
 */
export function trendSvg(points: SeriesPoint[]): string {
  const values = points.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null);
  if (!values.length) return '';
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = hi === lo ? Math.max(1, Math.abs(hi) * 0.05) : (hi - lo) * 0.12;
  lo -= pad;
  hi += pad;
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const x = (i: number) => LEFT + INSET + (points.length === 1 ? (plotW - 2 * INSET) / 2 : (i * (plotW - 2 * INSET)) / (points.length - 1));
  const y = (v: number) => TOP + plotH - ((v - lo) * plotH) / (hi - lo);
  const f = (n: number) => n.toFixed(1);
  // Segments of consecutive values; a gap (null) ends a segment.
  const segments: string[][] = [[]];
  points.forEach((p, i) => (p.value === null ? segments.push([]) : segments[segments.length - 1].push(`${f(x(i))},${f(y(p.value))}`)));
  const lines = segments.filter((s) => s.length > 1).map((s) => `<polyline points="${s.join(' ')}" fill="none" stroke="#34495e" stroke-width="1.5"/>`).join('');
  const targets = points.map((p, i) => (p.target === null ? null : `${f(x(i))},${f(y(p.target))}`)).filter(Boolean);
  const target = targets.length > 1 ? `<polyline points="${targets.join(' ')}" fill="none" stroke="#888" stroke-dasharray="4 3"/>` : targets.length ? `<circle cx="${targets[0]!.split(',')[0]}" cy="${targets[0]!.split(',')[1]}" r="2" fill="#888"/>` : '';
  const ticks = [lo + pad, (lo + hi) / 2, hi - pad].filter((v, i, a) => a.indexOf(v) === i);
  const yAxis = `<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${TOP + plotH}" stroke="#bbb"/>${ticks.map((v) => `<line x1="${LEFT - 3}" y1="${f(y(v))}" x2="${W - RIGHT}" y2="${f(y(v))}" stroke="#eee"/><text x="${LEFT - 5}" y="${f(y(v) + 3)}" text-anchor="end" class="tick">${escapeHtml(shortNumber(v))}</text>`).join('')}`;
  const xAxis = `<line x1="${LEFT}" y1="${TOP + plotH}" x2="${W - RIGHT}" y2="${TOP + plotH}" stroke="#bbb"/>`;
  // Period labels: all when they fit, otherwise every other one (and always the last).
  const every = points.length > 6 ? 2 : 1;
  const labels = points
    .map((p, i) => (i % every === 0 || i === points.length - 1 ? `<text x="${f(x(i))}" y="${H - BOTTOM + 14}" text-anchor="middle" class="tick">${escapeHtml(p.label.replace(/ (\d{2})(\d{2})\/(\d{2})$/, ' $2/$3'))}</text>` : ''))
    .join('');
  const dots = points
    .map((p, i) => {
      if (p.value === null) return `<text x="${f(x(i))}" y="${f(TOP + plotH - 4)}" text-anchor="middle" class="gap">${p.paper ? 'no value' : 'no paper'}</text>`;
      const colour = RAG_COLOURS[p.rag ?? ''] ?? '#7f8c8d';
      const tip = `${p.label}: ${p.raw ?? p.value}${p.rag ? ` (${p.rag})` : ''}${p.target !== null ? `, target ${p.target}` : ''}`;
      return `<circle cx="${f(x(i))}" cy="${f(y(p.value))}" r="3.5" fill="${colour}"><title>${escapeHtml(tip)}</title></circle><text x="${f(x(i))}" y="${f(y(p.value) - 7)}" text-anchor="middle" class="val">${escapeHtml(p.raw ?? shortNumber(p.value))}</text>`;
    })
    .join('');
  const summary = points.map((p) => `${p.label}: ${p.value === null ? (p.paper ? 'no value' : 'no paper') : p.raw ?? p.value}`).join('; ');
  return `<svg class="trend" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(summary)}">${yAxis}${xAxis}${target}${lines}${dots}${labels}</svg>`;
}
