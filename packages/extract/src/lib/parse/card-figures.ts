/**
 * The figures of one card candidate besides its value table: values printed under their own labels,
 * label–value pairs on lines and in labelled tables, and the chart furniture a text dump left among them
 * (axis ticks, period labels, legends), which is never a figure.
 */
import type { Cell } from '../schema';
import type { Item } from './items';
import { fitsField, tablePairs, type NameCell, type Pair, type SectionCell } from './pairs';
import { isPeriodLabelLine } from '../vocabulary';

/** The first item of the card not yet used that is one value token of `type` passing `test`, taken into `used`; or null. */
function takeLone(items: Item[], positions: number[], used: Set<number>, type: 'dirword' | 'change', test: (text: string) => boolean): Cell | null {
  const at = positions.find((p) => {
    const c = items[p].cls;
    return !used.has(p) && c.type === 'values' && c.tokens.length === 1 && c.tokens[0].type === type && test(items[p].text.trim());
  });
  if (at === undefined) return null;
  used.add(at);
  return { raw: items[at].text.trim(), prov: items[at].prov };
}

/** A direction printed as a phrase on its own line ('Higher is better', 'Bigger is better'), taken into `used`; or null. */
export const directionPhrase = (items: Item[], positions: number[], used: Set<number>) => takeLone(items, positions, used, 'dirword', (t) => /\s/.test(t));

/** A change printed as a word on its own line ('Improving' beside a slide's figures), taken into `used`; or null. */
export const changeWord = (items: Item[], positions: number[], used: Set<number>) => takeLone(items, positions, used, 'change', (t) => /^[A-Za-z]/.test(t));

/** Labels printed alone with their value on the next line ('Direction of improvement' / 'Good is low'). */
export function stackedPairs(items: Item[], positions: number[]): { pairs: Pair[]; used: Set<number> } {
  const pairs: Pair[] = [];
  const used = new Set<number>();
  positions.forEach((p, k) => {
    const c = items[p].cls;
    const next = positions[k + 1];
    if (c.type !== 'header' || c.roles.length !== 1 || next === undefined || used.has(p)) return;
    const { role, label } = c.roles[0];
    const value = items[next];
    const raw = value.cls.type === 'values' && value.cls.tokens.length === 1 ? value.cls.tokens[0].raw : value.cls.type === 'rag-word' ? value.text : null;
    if (raw === null || !fitsField(role, raw)) return;
    pairs.push({ field: role, label, raw, rag: null, prov: value.prov });
    used.add(p).add(next);
  });
  return { pairs, used };
}

/** Pairs of the card's pair lines and labelled tables (a rating printed under its own label line counts too). */
export function cardPairs(items: Item[], positions: number[], used: Set<number>): { pairs: Pair[]; cells: SectionCell[]; names: NameCell[] } {
  const pairs: Pair[] = [];
  const cells: SectionCell[] = [];
  const names: NameCell[] = [];
  positions.forEach((p, k) => {
    const it = items[p];
    const c = it.cls;
    if (c.type === 'pairs') {
      pairs.push(...c.pairs);
      used.add(p);
    } else if (c.type === 'table' && it.rows) {
      const t = tablePairs(it.rows, it.prov);
      if (t.pairs.length || t.sections.length) used.add(p);
      pairs.push(...t.pairs);
      cells.push(...t.sections);
      names.push(...t.names);
    }
  });
  return { pairs, cells, names };
}


/**
 * A chart's value axis in a text dump: three or more lines of one evenly stepped number each ('100' / '75' /
 * '50' / '25' / '0'), then its period labels and a short legend line ('Actual  Target  Floor').
 */
export function axisRuns(items: Item[], positions: number[]): Set<number> {
  const out = new Set<number>();
  const single = (p: number) => {
    const c = items[p].cls;
    return c.type === 'values' && c.tokens.length === 1 && c.tokens[0].type === 'number' ? Number.parseFloat(c.tokens[0].raw.replace(/[^\d.-]/g, '')) : null;
  };
  for (let k = 0; k < positions.length; k++) {
    let n = k;
    while (n < positions.length && single(positions[n]) !== null) n++;
    const ticks = positions.slice(k, n).map(single) as number[];
    const step = ticks[1] - ticks[0];
    if (ticks.length < 3 || !step || ticks.some((v, i) => i > 0 && Math.abs(v - ticks[i - 1] - step) > Math.abs(step) * 1e-6)) continue;
    if (n >= positions.length || !isPeriodLabelLine(items[positions[n]].text)) continue;
    positions.slice(k, n + 1).forEach((p) => out.add(p));
    const legend = positions[n + 1];
    if (legend !== undefined && ['header', 'text'].includes(items[legend].cls.type) && items[legend].text.split(/\s+/).length <= 6 && !/[.:]$/.test(items[legend].text)) out.add(legend);
    k = n;
  }
  return out;
}

/** Mark runs of loose values (chart data labels and axis ticks) with their period labels and captions. */
export function markChartRuns(items: Item[], positions: number[], used: Set<number>): number {
  let charts = 0;
  let run: number[] = [];
  let tokens = 0;
  const flush = (k: number) => {
    if (tokens >= 6) {
      charts++;
      run.forEach((p) => used.add(p));
      // Captions: up to three text lines right after the period labels.
      const last = run[run.length - 1];
      if (isPeriodLabelLine(items[last].text)) {
        for (const q of positions.slice(k, k + 3)) {
          if (items[q].cls.type !== 'text' || used.has(q)) break;
          used.add(q);
        }
      }
    }
    run = [];
    tokens = 0;
  };
  positions.forEach((p, k) => {
    const c = items[p].cls;
    if (used.has(p) && c.type !== 'values') return;
    if (c.type === 'values' && !used.has(p)) {
      run.push(p);
      tokens += c.tokens.length;
    } else if ((c.type === 'text' || c.type === 'values') && run.length && isPeriodLabelLine(items[p].text)) run.push(p);
    else if (c.type !== 'nav') flush(k);
  });
  flush(positions.length);
  return charts;
}

