/**
 * Charts from text geometry: an axis (four or more numbers stacked at one x, evenly spaced) with period
 * labels under the plot; data labels are the other numbers over the plot, each read at the nearest period.
 */
import type { Box, ChartSeries } from '../../schema';
import { isPeriodLabelLine, ragWord } from '../../vocabulary';
import { boxOf, overlapRatio, type Seg } from './geometry';

/** A chart found on a page: title, series read from its data labels, the runs it took and its box. */
export interface PdfChart {
  title: string | null;
  series: ChartSeries[];
  segs: Seg[];
  box: Box;
}

const NUMERIC = /^\s*-?[£$]?\d[\d,.]*%?\s*$/;
const numeric = (s: Seg) => NUMERIC.test(s.text);

/** Years one after another ('2020' over '2021' …): a trend table's column of periods, no axis's values. */
function yearsInTurn(run: Seg[]): boolean {
  const years = run.map((s) => Number(s.text.trim()));
  return years.every((y, i) => Number.isInteger(y) && y >= 1990 && y <= 2099 && (i === 0 || Math.abs(y - years[i - 1]) === 1));
}

/** Runs of four or more numbers stacked right-aligned at one x, evenly spaced (value axes). */
function findAxes(free: Seg[]): Seg[][] {
  const axes: Seg[][] = [];
  let run: Seg[] = [];
  const flushAxis = () => {
    if (run.length >= 4) {
      const ys = run.map((s) => s.y);
      const steps = ys.slice(1).map((y, i) => y - ys[i]);
      const even = steps.every((d) => Math.abs(d - steps[0]) < 1.5) && Math.abs(steps[0]) > 3;
      if (even && !yearsInTurn(run)) axes.push(run);
    }
    run = [];
  };
  for (const s of free) {
    const last = run[run.length - 1];
    if (numeric(s) && (!last || Math.abs(last.x + last.w - (s.x + s.w)) < 2.5)) run.push(s);
    else {
      flushAxis();
      if (numeric(s)) run.push(s);
    }
  }
  flushAxis();
  return axes;
}

/** Text of the card around a chart: a RAG word, a 'Label: value' line, a long line or one printed larger than the chart's labels. */
function cardText(s: Seg, labelSize: number): boolean {
  const t = s.text.trim();
  return ragWord(t) !== null || /\b[A-Za-z][A-Za-z0-9 /-]{1,30}:\s*\S/.test(t) || t.split(/\s+/).length > 8 || s.h > labelSize * 1.3;
}

/**
 * Charts on a page. Charts are kept apart by their order in the content stream, and one drawn over
 * another hides it.
 */
export function findCharts(segs: Seg[], used: Set<Seg>): PdfChart[] {
  const free = segs.filter((s) => !used.has(s)).sort((a, b) => a.order - b.order);
  const axes = findAxes(free);
  const charts: PdfChart[] = [];
  const claimed = new Set<Seg>();
  axes.forEach((axis, k) => {
    const lo = Math.min(...axis.map((s) => s.order));
    const prevHi = k > 0 ? Math.max(...axes[k - 1].map((s) => s.order)) : -1;
    const nextLo = k < axes.length - 1 ? Math.min(...axes[k + 1].map((s) => s.order)) : Infinity;
    const axisX = Math.min(...axis.map((s) => s.x));
    const top = Math.min(...axis.map((s) => s.y));
    const bottom = Math.max(...axis.map((s) => s.y + s.h));
    // Charts are drawn one after another: this one's text lies between the previous axis and the next.
    const onAxis = new Set(axis);
    const near = free.filter((s) => s.order > prevHi && s.order < nextLo && !onAxis.has(s) && !claimed.has(s) && s.x >= axisX - 15);
    // Period labels: below the plot, stacked pairs ('Q1' over '2022/23') read as one label.
    const below = near.filter((s) => s.y >= bottom - 2 && s.y <= bottom + 30 && isPeriodLabelLine(s.text));
    const periods: { label: string; cx: number; segs: Seg[] }[] = [];
    for (const s of below.sort((a, b) => a.y - b.y)) {
      const cx = s.x + s.w / 2;
      const p = periods.find((q) => Math.abs(q.cx - cx) < 6);
      if (p) {
        p.label = `${p.label} ${s.text.trim()}`;
        p.segs.push(s);
      } else periods.push({ label: s.text.trim(), cx, segs: [s] });
    }
    if (periods.length < 1) return;
    periods.sort((a, b) => a.cx - b.cx);
    const labels = near.filter((s) => numeric(s) && s.y >= top - 10 && s.y < bottom && s.order > lo);
    const periodBottom = Math.max(...periods.flatMap((p) => p.segs.map((s) => s.y + s.h)));
    // Legend entries are short names; a line of label–value figures under the plot is the card's, not the chart's.
    const legend = near.filter((s) => !numeric(s) && s.y > periodBottom - 1 && s.y < periodBottom + 30 && s.order > lo && !cardText(s, periods[0].segs[0].h));
    // A title sits just above the plot; the card's own heading or RAG badge printed there is not the chart's.
    const titleSegs = near.filter((s) => !numeric(s) && s.y < top && s.y > top - 40 && s.order < lo && !cardText(s, periods[0].segs[0].h));
    // Series: labels at one height across every period are a flat line (a target); the rest are values.
    const byPeriod = new Map<number, Seg[]>();
    for (const l of labels) {
      const cx = l.x + l.w / 2;
      const i = periods.reduce((best, p, j) => (Math.abs(p.cx - cx) < Math.abs(periods[best].cx - cx) ? j : best), 0);
      byPeriod.set(i, [...(byPeriod.get(i) ?? []), l]);
    }
    const flatY = mostCommonY(labels, periods.length);
    const names = legend.sort((a, b) => a.x - b.x).map((s) => s.text.trim());
    const flatName = names.find((n) => /target|average|benchmark|mean/i.test(n)) ?? 'Target';
    const mainName = names.find((n) => n !== flatName) ?? titleSegs.map((s) => s.text.trim()).join(' ') ?? 'values';
    const main: ChartSeries = { name: mainName, points: [] };
    const flat: ChartSeries = { name: flatName, points: [] };
    periods.forEach((p, i) => {
      for (const l of byPeriod.get(i) ?? []) {
        const target = flatY !== null && Math.abs(l.y - flatY) < 1 ? flat : main;
        if (target.points.some((q) => q.label === p.label)) continue;
        target.points.push({ label: p.label, raw: l.text.trim() });
      }
    });
    const series = [main, flat].filter((s) => s.points.length);
    const all = [...axis, ...periods.flatMap((p) => p.segs), ...labels, ...legend, ...titleSegs];
    all.forEach((x) => claimed.add(x));
    const title = titleSegs.sort((a, b) => a.y - b.y).map((s) => s.text.trim()).join(' ') || null;
    charts.push({ title, series, segs: all, box: boxOf(all) });
  });
  // A chart drawn later over the same area hides the earlier one: keep its text out of the page, not as data.
  return charts.filter((c, i) => !charts.some((d, j) => j > i && overlapRatio(c.box, d.box) > 0.6)).concat(
    charts.filter((c, i) => charts.some((d, j) => j > i && overlapRatio(c.box, d.box) > 0.6)).map((c) => ({ ...c, series: [], title: c.title ? `(hidden) ${c.title}` : '(hidden chart)' })),
  );
}

/** The height shared by a label at every period (a flat target line), if there is one. */
function mostCommonY(labels: Seg[], periods: number): number | null {
  if (periods < 2) return null;
  const counts = new Map<number, number>();
  for (const l of labels) counts.set(Math.round(l.y), (counts.get(Math.round(l.y)) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= periods ? best[0] : null;
}
