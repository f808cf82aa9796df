/**
 * The period a value's label names ('Q2 outturn', 'Actual Q1 2025/26', 'Q3'), so that when a card or a
 * table prints several figures under one field's label, the latest is the current value and the one
 * before it the previous ('Q2 outturn 49.6% · Q1 outturn 51.2%').
 */
import { financialYearStart, monthNumber, periodHeading } from '../vocabulary';
import type { Pair } from './pairs';
import { vocabulary } from '../lexicon';


/**
 * A sortable key of the period a label names: fiscal year and quarter ('Q2 2024/25'), a year, a month, or
 * a quarter alone ('Q2', comparable only with quarters alone). Null when it names none.
 */
export function labelPeriodKey(label: string): { key: number; yearless: boolean } | null {
  const t = label.replace(/\s+/g, ' ').trim();
  const whole = periodHeading(t);
  if (whole) return { key: whole.key, yearless: false };
  const q = /\b(?:Q|Quarter\s*)([1-4])\b/i.exec(t);
  const fy = financialYearStart(t);
  if (q && fy !== null) return { key: fy * 100 + Number(q[1]) * 3, yearless: false };
  // A month with its year outranks a quarter without one beside it ('Jun 2024 (Q1)': June 2024).
  const month = /\b([A-Za-z]{3,9})[\s-]+((?:19|20)?\d{2})\b/.exec(t);
  const m = month ? monthNumber(month[1]) : 0;
  if (month && m) return { key: (Number(month[2].slice(-2)) + 2000) * 100 + m, yearless: false };
  if (q) return { key: Number(q[1]), yearless: true };
  if (fy !== null) return { key: fy * 100 + 99, yearless: false };
  return null;
}

/**
 * Of several labels for one field, the order latest first by the periods they name; null unless every
 * label names a period, all different, and all of one kind (with years or without; quarters without a year
 * may stand beside whole years).
 */
export function latestFirst(labels: string[]): number[] | null {
  let keys = labels.map(labelPeriodKey);
  if (keys.length < 2 || keys.some((k) => !k)) return null;
  // Quarters without a year beside whole years ('2023/24 Outturn | Q1 | Q2'): the quarters are this year's,
  // after every year named. Beside quarters with years they could be any year's.
  if (new Set(keys.map((k) => k!.yearless)).size > 1) {
    if (!keys.every((k) => k!.yearless || k!.key % 100 === 99)) return null;
    keys = keys.map((k) => (k!.yearless ? { key: 1e7 + k!.key, yearless: true } : k));
  }
  // Quarters without a year that cross the year's end ('Q4' beside 'Q1', without Q2 and Q3): Q4 is last year's.
  const quarters = new Set(keys.map((k) => k!.key));
  if (keys.every((k) => k!.yearless) && quarters.has(4) && quarters.has(1) && !(quarters.has(2) && quarters.has(3))) keys = keys.map((k) => (k!.key === 4 ? { ...k!, key: 0 } : k));
  if (new Set(keys.map((k) => k!.key)).size < keys.length) return null;
  return keys.map((k, i) => ({ k: k!.key, i })).sort((a, b) => b.k - a.k).map((x) => x.i);
}

/** Whether a period label is the one before another in the same series: not a whole year before a quarter without a year ('2023/24 Outturn' before 'Q3'). */
export function periodBefore(earlier: string, later: string): boolean {
  const [a, b] = [labelPeriodKey(earlier), labelPeriodKey(later)];
  return a !== null && b !== null && a.yearless === b.yearless;
}

/**
 * Current-value pairs of one card (its lines' pairs, line by line) that each name a period: the latest stays
 * current, the one before it becomes the previous value (when the card prints none of its own), earlier
 * ones are dropped as history. `paper`: the key of the paper's own period, where its title names one.
 */
export function datePairs(lines: Pair[][], paper: number | null = null): Pair[][] {
  const all = lines.flat();
  const current = all.filter((p) => p.field === 'current');
  const order = latestFirst(current.map((p) => p.label));
  if (!order) return paper === null ? lines : undatedCurrent(lines, current, paper);
  const hasPrevious = all.some((p) => p.field === 'previous');
  const before = order.length > 1 && periodBefore(current[order[1]].label, current[order[0]].label);
  const role = new Map<Pair, Pair['field'] | null>(order.map((i, rank) => [current[i], rank === 0 ? 'current' : rank === 1 && !hasPrevious && before ? 'previous' : null]));
  return lines.map((pairs) =>
    pairs.flatMap((p) => {
      if (!role.has(p)) return [p];
      const field = role.get(p);
      return field ? [{ ...p, field }] : [];
    }),
  );
}

/**
 * A current value labelled without a period beside figures labelled by periods alone before the paper's
 * (`paper`: its period's key) ('Actual: 312' with '2023/24: 198' in a 2024/25 report): the latest of them the previous value (when
 * the card prints none of its own), the others history.
 */
function undatedCurrent(lines: Pair[][], current: Pair[], paper: number): Pair[][] {
  const undated = current.filter((p) => !labelPeriodKey(p.label));
  const dated = current.filter((p) => labelPeriodKey(p.label) && !labelPeriodKey(p.label)!.yearless && namesNoField(p.label));
  if (undated.length !== 1 || !dated.length || dated.length + 1 !== current.length) return lines;
  // Only a period before the paper's own is the previous ('2025/26: 52%' in a 2024/25 paper is a forecast,
  // 'Q2 2024/25: 160' beside a year-to-date figure the paper's own quarter): those are dropped, never a card.
  const earlier = dated.filter((p) => labelPeriodKey(p.label)!.key < paper);
  const order = earlier.length > 1 ? latestFirst(earlier.map((p) => p.label)) : earlier.map((_, i) => i);
  const hasPrevious = lines.flat().some((p) => p.field === 'previous');
  const previous = order?.length && !hasPrevious ? earlier[order[0]] : null;
  return lines.map((pairs) => pairs.flatMap((p) => (!dated.includes(p) ? [p] : p === previous ? [{ ...p, field: 'previous' as const }] : [])));
}

/** A label that is a period and nothing else ('2023/24', 'Q4 2023/24', 'Mar-24'), no field's label with a period. */
const namesNoField = (label: string) => vocabulary().fieldsOf(label).length === 0;
