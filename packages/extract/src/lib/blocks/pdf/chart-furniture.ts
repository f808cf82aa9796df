/**
 * Chart furniture the chart reader (charts.ts) did not take, found by geometry so it never reads as a
 * title or a paragraph: value-axis ticks (three or more numbers at one x, evenly spaced and evenly
 * stepped), a row of period labels under a plot (with a second stacked row of years), numbers over the
 * plot (data labels) and short legend entries under the period row; for bars drawn sideways, period labels
 * stacked at one x over a row of ticks. Each becomes one chart block; its series is read only when every
 * period has at most one data label (otherwise the block has no series).
 */
import type { ChartSeries } from '../../schema';
import { MONTH_NAME } from '../../vocabulary';
import { boxOf, FORM_REACH, linesOf, type Seg } from './geometry';
import type { PdfChart } from './charts';

const MONTH = MONTH_NAME;
const YEAR = '(?:(?:19|20)\\d{2}(?:[-/](?:\\d{2}|\\d{4}))?|\\d{2}[-/]\\d{2})';
/** A period label as printed under a chart: 'Q1', 'Apr', 'Apr 24', 'Apr-24', 'Q1 24/25', 'Jun 2024', '2024/25'. */
const PERIOD = new RegExp(`^(?:(?:Q[1-4]|${MONTH})(?:[-' ]?(?:${YEAR}|\\d{2}))?|${YEAR})$`, 'i');
const NUMBER = /^-?[£$€]?\d[\d,]*(?:\.\d+)?%?[kmb]?$/i;

const isPeriod = (s: Seg) => PERIOD.test(s.text.trim());
const isNumber = (s: Seg) => NUMBER.test(s.text.trim());
const valueOf = (s: Seg) => Number.parseFloat(s.text.replace(/[^\d.-]/g, ''));
const centre = (s: Seg) => s.x + s.w / 2;

/** Whether runs in order along `pos` are evenly spaced and (for ticks) their numbers evenly stepped. */
function isEvenRun(run: Seg[], pos: (s: Seg) => number, ticks: boolean): boolean {
  if (run.length < 3) return false;
  const step = pos(run[1]) - pos(run[0]);
  const dv = valueOf(run[1]) - valueOf(run[0]);
  if (step < 3 || step > 120 || (ticks && !dv)) return false;
  for (let i = 2; i < run.length; i++) {
    if (Math.abs(pos(run[i]) - pos(run[i - 1]) - step) > 1.5) return false;
    if (ticks && Math.abs(valueOf(run[i]) - valueOf(run[i - 1]) - dv) > Math.abs(dv) * 1e-6) return false;
  }
  return true;
}

/** Runs stacked at one x (aligned on their right, else their left edge), evenly spaced top to bottom. */
function stackedRuns(segs: Seg[], ticks: boolean): Seg[][] {
  const found: Seg[][] = [];
  const taken = new Set<Seg>();
  for (const edge of [(s: Seg) => s.x + s.w, (s: Seg) => s.x]) {
    const sorted = segs.filter((s) => !taken.has(s)).sort((a, b) => edge(a) - edge(b) || a.y - b.y);
    let i = 0;
    while (i < sorted.length) {
      let j = i + 1;
      while (j < sorted.length && edge(sorted[j]) - edge(sorted[i]) < 2.5) j++;
      const column = sorted.slice(i, j).sort((a, b) => a.y - b.y);
      if (isEvenRun(column, (s) => s.y, ticks)) {
        found.push(column);
        column.forEach((s) => taken.add(s));
      }
      i = j;
    }
  }
  return found;
}

/** A numbered list ('1', '2', '3' …) stacks like an axis; an axis alone must not count from one by one. */
const countsFromOne = (axis: Seg[]) => valueOf(axis[0]) === 1 && valueOf(axis[1]) === 2;

interface PeriodRow {
  labels: { label: string; cx: number; segs: Seg[] }[];
  top: number;
  bottom: number;
}

/** Rows of two or more period labels on one baseline; a row of years stacked under it joins by centre. */
function periodRows(free: Seg[]): PeriodRow[] {
  const lines = linesOf(free.filter(isPeriod));
  const rows: PeriodRow[] = [];
  const joined = new Set<Seg[]>();
  lines.forEach((line, i) => {
    if (joined.has(line) || line.length < 2) return;
    const labels = line.map((s) => ({ label: s.text.trim(), cx: centre(s), segs: [s] }));
    let bottom = Math.max(...line.map((s) => s.y + s.h));
    const next = lines[i + 1];
    if (next && next[0].y - bottom < next[0].h * 0.8 && next.every((s) => labels.some((l) => Math.abs(l.cx - centre(s)) < 6))) {
      for (const s of next) {
        const l = labels.find((q) => Math.abs(q.cx - centre(s)) < 6)!;
        l.label = `${l.label} ${s.text.trim()}`;
        l.segs.push(s);
      }
      bottom = Math.max(bottom, ...next.map((s) => s.y + s.h));
      joined.add(next);
    }
    rows.push({ labels, top: Math.min(...line.map((s) => s.y)), bottom });
  });
  return rows;
}

/** Numbers in a column directly above (or below) a label, within a distance. */
function alignedNumbers(nums: Seg[], cx: number, half: number, y0: number, y1: number): Seg[] {
  return nums.filter((s) => Math.abs(centre(s) - cx) < half && s.y >= y0 && s.y < y1);
}

/** Chart blocks for axis ticks, period rows, data labels and legends that charts.ts left free. */
export function findChartFurniture(segs: Seg[], used: Set<Seg>): PdfChart[] {
  const free = segs.filter((s) => !used.has(s));
  const axes = stackedRuns(free.filter(isNumber), true);
  const rows = periodRows(free);
  const nums = free.filter(isNumber);
  const claimed = new Set<Seg>();
  const charts: PdfChart[] = [];
  const build = (axis: Seg[] | null, row: PeriodRow | null) => {
    const parts: Seg[] = [...(axis ?? []), ...(row?.labels.flatMap((l) => l.segs) ?? [])];
    let series: ChartSeries[] = [];
    if (row) {
      const spacing = row.labels.length > 1 ? (row.labels[row.labels.length - 1].cx - row.labels[0].cx) / (row.labels.length - 1) : 40;
      const top = axis ? Math.min(...axis.map((s) => s.y)) - 10 : row.top - 220;
      const labels = row.labels.map((l) => alignedNumbers(nums, l.cx, spacing / 2, top, row.top).filter((s) => !axis?.includes(s) && !claimed.has(s)));
      parts.push(...labels.flat());
      if (labels.every((l) => l.length <= 1) && labels.some((l) => l.length)) {
        series = [{ name: 'values', points: row.labels.flatMap((l, i) => (labels[i].length ? [{ label: l.label, raw: labels[i][0].text.trim() }] : [])) }];
      }
      // Legend: short entries on the line under the period row, within the chart's width.
      const x0 = Math.min(...parts.map((s) => s.x)) - 20;
      const x1 = Math.max(...parts.map((s) => s.x + s.w)) + 20;
      const legend = free.filter((s) => !claimed.has(s) && !parts.includes(s) && s.y >= row.bottom - 1 && s.y < row.bottom + 2.5 * s.h && s.x >= x0 && s.x + s.w <= x1 && s.text.trim().split(/\s+/).length <= 5 && !/[.:]$/.test(s.text.trim()));
      parts.push(...legend);
      if (series.length && legend.length === 1) series[0].name = legend[0].text.trim();
    }
    parts.forEach((s) => claimed.add(s));
    charts.push({ title: null, series, segs: parts, box: boxOf(parts) });
  };
  for (const axis of axes) {
    const right = Math.max(...axis.map((s) => s.x + s.w));
    const bottom = Math.max(...axis.map((s) => s.y + s.h));
    const row = rows.find((r) => r.top >= bottom - axis[0].h && r.top <= bottom + 30 && r.labels[0].cx > right);
    if (row) rows.splice(rows.indexOf(row), 1);
    if (row || (axis.length >= 4 && !countsFromOne(axis))) build(axis, row ?? null);
  }
  sidewaysCharts(free, claimed).forEach((chart) => {
    chart.segs.forEach((s) => claimed.add(s));
    charts.push(chart);
  });
  // A period row with no axis is a chart only if numbers stand over its labels (a plot) and none under them (a table).
  for (const row of rows) {
    if (row.labels.length < 3) continue;
    const h = row.labels[0].segs[0].h;
    const spacing = (row.labels[row.labels.length - 1].cx - row.labels[0].cx) / (row.labels.length - 1);
    const over = row.labels.filter((l) => alignedNumbers(nums, l.cx, spacing / 2, row.top - 220, row.top).length).length;
    const under = row.labels.filter((l) => alignedNumbers(nums, l.cx, spacing / 2, row.bottom, row.bottom + 2 * h).length).length;
    // Each period with its figure beside it on the line ('Q1 2024/25 … 6.1%', cards side by side) labels a form's rows.
    const beside = row.labels.filter((l) => nums.some((n) => Math.abs(n.y - l.segs[0].y) < h * 0.5 && n.x > l.segs[0].x + l.segs[0].w && n.x - (l.segs[0].x + l.segs[0].w) < FORM_REACH)).length;
    if (over * 2 >= row.labels.length && under === 0 && beside * 2 < row.labels.length) build(null, row);
  }
  return charts;
}

/** Bars drawn sideways: period labels stacked at one x, a row of evenly stepped ticks under them, data labels beside the bars. */
function sidewaysCharts(free: Seg[], claimed: Set<Seg>): PdfChart[] {
  const left = free.filter((s) => !claimed.has(s));
  const nums = left.filter(isNumber);
  const tickRows = linesOf(nums).filter((line) => isEvenRun(line, centre, true));
  const charts: PdfChart[] = [];
  for (const column of stackedRuns(left.filter(isPeriod), false)) {
    const bottom = Math.max(...column.map((s) => s.y + s.h));
    const right = Math.max(...column.map((s) => s.x + s.w));
    const ticks = tickRows.find((r) => r[0].y >= bottom - r[0].h && r[0].y <= bottom + 30 && centre(r[0]) > right - 10);
    if (!ticks) continue;
    const pitch = column[1].y - column[0].y;
    const end = ticks[ticks.length - 1].x + ticks[ticks.length - 1].w + 40;
    const labels = column.map((p) => nums.filter((s) => !ticks.includes(s) && s.x > right && s.x < end && Math.abs(s.y + s.h / 2 - (p.y + p.h / 2)) < pitch / 2));
    const series: ChartSeries[] = labels.every((l) => l.length <= 1) && labels.some((l) => l.length)
      ? [{ name: 'values', points: column.flatMap((p, i) => (labels[i].length ? [{ label: p.text.trim(), raw: labels[i][0].text.trim() }] : [])) }]
      : [];
    const segs = [...column, ...ticks, ...labels.flat()];
    charts.push({ title: null, series, segs, box: boxOf(segs) });
  }
  return charts;
}
