/** A KPI's unit (from its figures, its title, its value labels) and its figures put in that unit. */
import { wordAlternation as alternation } from '@kpi/extract';
import type { Value } from './model';
import { durationOf, figureOf, round } from './value';
import { MONEY_SCALES, UNIT_WORDS } from './value-words';

const SECONDS: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400, weeks: 604800 };
/**
 * A money unit in brackets, with its scale ('Savings (£000s)', "Business rates (£'000)", 'Current (£000)',
 * 'Variance (£m)'): in a title or a value column's heading, bare figures under it are that many pounds.
 */
const MONEY_UNIT = new RegExp(`\\(\\s*[£$]\\s?(${alternation(Object.keys(MONEY_SCALES))})?\\s*\\)`, 'i');
/** The scale of a count's figures under its title ('Footfall (thousands)', "Visits ('000s)", 'Trips (millions)'). */
const COUNT_SCALE = /\((thousands|millions|'?000s?)\)/i;
/** A unit of time in brackets ending a title ('Average call wait (minutes)', 'Time to re-let (weeks)'). */
const TIME_IN_BRACKETS = new RegExp(`\\((${Object.keys(UNIT_WORDS).join('|')})\\)\\s*$`, 'i');
/** A rate per so many ('Crime rate per 1,000 population', 'per 10,000', 'per 100k'): a rate, not a percentage. */
const PER_NUMBER = /\bper\s+\d[\d,]*\s*k?\b/i;

/** The multiplier of a money unit in brackets in any of these texts (the title first), or null where none names one. */
function moneyScale(texts: (string | null)[]): number | null {
  for (const t of texts) {
    const m = t ? MONEY_UNIT.exec(t) : null;
    if (m) return m[1] ? MONEY_SCALES[m[1].toLowerCase()] : 1;
  }
  return null;
}

/**
 * Unit of a KPI: from its values, else from its title ('Percentage of …', 'Number of …'), else from a money
 * unit its value columns' headings print ('Current (£000)').
 */
export function unitOf(values: Value[], title: string | null, labels: (string | null)[] = []): string | null {
  // A bare number ('14') says only that it is a count; a title naming days, hours or a percentage says more.
  const printed = values.find((v) => v.unit && !(v.unit === 'count' && /^[-\d,.()\s]+$/.test(figureOf(v.raw ?? ''))))?.unit;
  if (printed) return printed;
  const bare = values.some((v) => v.unit === 'count');
  const named = (title ? unitOfTitle(title) : null) ?? (moneyScale(labels) !== null ? 'currency' : null);
  return bare && (named === null || named === 'count') ? 'count' : named;
}

/**
 * A value in its KPI's unit, so that a card's figures compare: a duration printed in another unit converted
 * ('90 minutes' where the KPI counts hours: 1.5; '3 weeks' in days: 21), bare figures under a money unit in the
 * title or a value heading scaled to pounds as '£1.2m' is ('−0.8' under 'Budget variance (£m)': −800,000), a
 * count's under '(thousands)' scaled to things. The raw text stays.
 */
export function inUnit(v: Value, unit: string | null, title: string | null, labels: (string | null)[] = []): Value {
  if (v.value === null || !unit) return v;
  // A count printed in thousands ('Town centre footfall (thousands)', 'Visits (000s)'): the number of things.
  // (Not a figure printed in full with its thousands, '840,000' under '(thousands)': the paper contradicts itself.)
  const counted = unit === 'count' && v.unit === 'count' && !/\d,\d{3}/.test(v.raw ?? '') ? COUNT_SCALE.exec(title ?? '')?.[1].toLowerCase() : undefined;
  if (counted) return { ...v, value: round(v.value * (counted.startsWith('million') ? 1e6 : 1e3)) };
  if (v.unit === unit) return v;
  if (v.unit && SECONDS[v.unit] && SECONDS[unit]) {
    // From the unrounded duration ('1h 5m' is 65 minutes), rounded once after converting.
    const exact = durationOf(figureOf(v.raw ?? ''))?.value ?? v.value;
    return { ...v, value: round((exact * SECONDS[v.unit]) / SECONDS[unit]), unit };
  }
  const scale = unit === 'currency' && v.unit === 'count' ? moneyScale([title, ...labels]) : null;
  if (scale && scale !== 1) return { ...v, value: round(v.value * scale), unit };
  return v;
}

function unitOfTitle(title: string): string | null {
  // A unit in brackets says it outright ('Variance to budget (£m)', 'Average wait (days)', 'Call wait (minutes)').
  if (moneyScale([title]) !== null) return 'currency';
  if (/\((?:%|per\s?cent)\)/i.test(title)) return 'percent';
  const time = TIME_IN_BRACKETS.exec(title)?.[1].toLowerCase();
  if (time) return UNIT_WORDS[time];
  if (/\b(?:percentage|percent|proportion)\b/i.test(title)) return 'percent';
  if (PER_NUMBER.test(title)) return 'rate';
  if (/\brate\b/i.test(title)) return 'percent';
  // A per cent sign standing as a word ('% emergency calls handled in 90 seconds', 'Rent collected as % of rent due').
  if (/(?:^|\s)%(?=\s|$)/.test(title)) return 'percent';
  if (/\b(?:number|no\.?|total|count)\s+of\b/i.test(title)) return 'count';
  // Hours or days after a number are a limit the measure counts within ('Sundry debt over 60 days'), not its unit.
  if (/(?<!\d\s?)\bhours\b/i.test(title)) return 'hours';
  if (/(?<!\d\s?)\bdays\b/i.test(title)) return 'days';
  return null;
}
