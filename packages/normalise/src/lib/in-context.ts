/**
 * Figures that read only beside the card's others: '41m' is minutes on a KPI about time (not 41 million),
 * '3:45' a stopwatch's minutes and seconds there, '85.2p' a provisional 85.2 beside percentages (alone, pence),
 * and a bare 0.94 beside '95%' and '96%' the proportion 94%.
 */
import { wordAlternation } from '@kpi/extract';
import type { Value } from './model';
import { figureOf, round } from './value';
import { MINUTE_CONTEXT_WORDS, MONEY_TITLE_WORDS } from './value-words';

const words = (list: string[]) => new RegExp(`(?<![-\\w])(?:${wordAlternation(list)})(?![-\\w])`, 'i');
const MINUTE_CONTEXT = words(MINUTE_CONTEXT_WORDS);
const MONEY_TITLE = words(MONEY_TITLE_WORDS);
/** A figure with a trailing 'm' and nothing else ('41m', '2m'): millions or minutes, as the card says. */
const M_SUFFIX = /^(\d+(?:\.\d+)?)\s?m$/i;
/** A stopwatch's 'm:ss' ('3:45'). */
const CLOCK = /^(\d{1,3}):([0-5]\d)$/;
/** A figure marked provisional by a trailing 'p' ('85.2p'). */
const P_SUFFIX = /^(\d[\d,]*(?:\.\d+)?)\s?p$/i;
/** A proportion printed bare ('0.94', '.85'). */
const PROPORTION = /^0?\.\d+$/;
const DURATIONS = new Set(['seconds', 'minutes', 'hours']);

/** The card's printed figures, each read beside the others, its title and its value labels. */
export function readInContext(values: Value[], title: string | null, labels: (string | null)[]): Value[] {
  const named = [title, ...labels].filter(Boolean).join(' ');
  const printed = values.map((v) => figureOf(v.raw ?? ''));
  // Minutes where the title or a label speaks of time, or where another figure is a duration ('1m 40s', '30 mins').
  const minutes = MINUTE_CONTEXT.test(named) || values.some((v) => v.unit !== null && DURATIONS.has(v.unit));
  const money = MONEY_TITLE.test(title ?? '') || /[£$€]/.test(named) || values.some((v) => v.unit === 'currency');
  const percents = values.filter((v) => v.unit === 'percent' && v.value !== null && /%|per\s*cent/i.test(v.raw ?? '')).map((v) => v.value!);
  const unitBeside = (i: number) => values.find((v, k) => k !== i && v.unit && v.value !== null && v.unit !== 'count')?.unit ?? null;
  return values.map((v, i) => {
    const t = printed[i];
    let m = M_SUFFIX.exec(t);
    if (m && minutes && !money && v.unit === 'count') return { ...v, value: round(Number(m[1])), unit: 'minutes' };
    m = CLOCK.exec(t);
    if (m && minutes && v.value === null) return { ...v, value: round(Number(m[1]) + Number(m[2]) / 60), unit: 'minutes' };
    m = P_SUFFIX.exec(t);
    // A provisional mark only beside percentages ('85.2p' by '84.0%'); alone, 'p' is pence ('85p' a journey).
    if (m && !money && v.value === null && unitBeside(i) === 'percent') return { ...v, value: round(Number(m[1].replace(/,/g, ''))), unit: 'percent' };
    // Conservative: every figure printed with '%' is above 1 and the proportion as a percentage lies within a
    // factor of two of one of them (0.94 by 95%, not 0.8 by 3%, which may be a percentage without its sign).
    if (PROPORTION.test(t) && v.unit === 'count' && v.value !== null && percents.length && percents.every((p) => p > 1)) {
      const pct = round(v.value * 100);
      if (percents.some((p) => pct >= p / 2 && pct <= p * 2)) return { ...v, value: pct, unit: 'percent' };
    }
    return v;
  });
}
