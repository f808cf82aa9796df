/**
 * What a paper says about the period it reports, as evidence for the normalise stage to weigh: its title
 * ('Quarter 2 2024/25', 'Mid-year report 2024/25'), the dates it covers ('July to September 2024', 'as at
 * 30 September 2024'), a statement in the text, the cards' dates and the date it was produced.
 */
import type { Card, Provenance } from '../schema';
import type { Item } from './items';
import { FINANCIAL_YEAR, financialYearStart, isQuarterAlone, MONTH_NAME, monthNumber } from '../vocabulary';

export interface PeriodEvidence {
  source: 'title' | 'covering' | 'statement' | 'card-date' | 'produced';
  text: string;
  prov: Provenance;
}

const QUARTER_FY = /quarter\s*([1-4])\s*,?\s*(?:of\s+)?(?:fy\s*)?((?:19|20)?\d{2}\s*[/-]\s*\d{2,4})/i;
const FY_QUARTER = /((?:19|20)\d{2}\s*\/\s*\d{2,4})\s+quarter\s*([1-4])/i;
/** In a title, a few words may stand between ('Quarter 2 performance report 2024/25', '2024-25: Quarter 3'). */
const TITLE_QUARTER_FY = /quarter\s*([1-4])\b(?:[\s,:()–—-]+[A-Za-z&]+){0,4}?[\s,:()–—-]+(?:of\s+)?(?:fy\s*)?((?:19|20)\d{2}\s*[/-]\s*\d{2,4})/i;
const TITLE_FY_QUARTER = /((?:19|20)\d{2}\s*[/-]\s*\d{2,4})(?:[\s,:()–—-]+[A-Za-z&]+){0,4}?[\s,:()–—-]+quarter\s*([1-4])\b/i;
const MONTH = MONTH_NAME;
const COVERING = new RegExp(`(?:covering|period(?:\\s+from)?|from)\\s+(?:the\\s+period\\s+)?((?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{4})?)\\s+(?:to|-|–|until)\\s+((?:\\d{1,2}\\s+)?${MONTH}\\s+\\d{4})`, 'i');
/** A month range in a title ('July to September 2024', 'Jul – Sep 2024', 'Jul – Sep 25'): the paper's quarter by its end. */
/** A year that is not the first half of a financial year ('March 2023' in 'April to March 2023/24' is not March 2023). */
const NOT_FY = String.raw`(?!\s*[/-]\s*\d)`;
const MONTH_RANGE = new RegExp(`\\b((?:\\d{1,2}\\s+)?${MONTH}(?:\\s+(?:\\d{4}|'?\\d{2}(?=\\s*(?:to|-|–|—|until))))?)\\s*(?:to|-|–|—|until)\\s*((?:\\d{1,2}\\s+)?${MONTH}\\s+(?:\\d{4}|'?\\d{2}\\b))${NOT_FY}`, 'i');
/** The end of the period reported ('as at 30 September 2024', 'period ending 31 December 2024', 'to end of June 2025', 'six months to September 2025'). */
const AS_AT = new RegExp(`\\b(?:as\\s+(?:at|of)|period\\s+ending|ending|(?:year|period)[\\s-]to[\\s-]date\\s+to|(?:up\\s+)?to\\s+(?:the\\s+)?end\\s+of|months?\\s+to)\\s+((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\s+\\d{4})${NOT_FY}`, 'i');
/** A title naming one month ('Performance Report September 2025', 'Corporate Performance – December 2025'): the quarter it falls in. */
const TITLE_MONTH = new RegExp(`^(?=.*\\b(?:report|performance|monitoring|scorecard|dashboard)\\b)(?!.*\\b(?:meeting|held|date|dated|report\\s+to|monday|tuesday|wednesday|thursday|friday)\\b).*?(?<!\\d(?:st|nd|rd|th)?\\s*)\\b(${MONTH}\\s+(?:19|20)\\d{2})\\b${NOT_FY}`, 'im');
/** A fiscal month or period ('Month 6 2025/26', 'Period 9', 'P9 2025/26'): April is the first. */
const FISCAL_MONTH = /\b(?:month|period|p)\s*(1[0-2]|[1-9])\b(?=\s*(?:,\s*)?(?:of\s+)?(?:fy\s*)?(?:19|20)?\d{2}\s*[/-]\s*\d{2,4})/gi;

/** 'Quarter One', 'first quarter', 'Q3' → 'quarter 3', so one pattern reads them all. */
function quarterWords(text: string): string {
  const n: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', first: '1', second: '2', third: '3', fourth: '4', '1st': '1', '2nd': '2', '3rd': '3', '4th': '4' };
  return text
    .replace(/\bquarter\s+(one|two|three|four)\b/gi, (_, w: string) => `quarter ${n[w.toLowerCase()]}`)
    .replace(/\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b/gi, (_, w: string) => `quarter ${n[w.toLowerCase()]}`)
    // A financial year as GOV.UK writes it ('2023 to 2024'), when its two years follow each other.
    .replace(/\b((?:19|20)\d{2})\s+to\s+((?:19|20)\d{2})\b/g, (whole, a: string, b: string) => (Number(b) === Number(a) + 1 ? `${a}/${b.slice(2)}` : whole))
    .replace(/\b(?:Q|Qtr\.?\s*)([1-4])\b/g, 'quarter $1');
}

/** A period named beside 'annual' in a title ('Annual report … Half-year position', '… Quarter 2 monitoring'): that one. */
const OTHER_PERIOD = new RegExp(`\\b(?:quarter|q[1-4]|qtr|half|mid|six[\\s-]month|(?!may)${MONTH_NAME})(?![a-z])`, 'i');

/** A title's half-year, year-end or annual report ('Mid-year performance report 2024/25') as its quarter. */
function titleQuarterWords(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\bFY\s*(\d{2})\s*([/-])\s*(\d{2})\b/gi, '20$1$2$3'))
    // 'FY24' alone is the financial year ending in 2024 (2023/24), as councils and the Treasury use it.
    .map((line) => line.replace(/\bFY\s?(\d{2})\b(?!\s*[/-]\s*\d)/gi, (_, y: string) => `20${String(Number(y) - 1).padStart(2, '0')}/${y}`))
    .map((line) => (/\b(?:report|performance|review|monitoring|update)\b/i.test(line) ? line.replace(FISCAL_MONTH, (_, m: string) => `quarter ${Math.ceil(Number(m) / 3)}`).replace(/\b(?:mid|half)[\s-]?year(?:\s+(?:1|one))?\b|\bH1(?=\s+(?:FY\s*)?(?:19|20)\d{2}\s*[/-])|\bfirst\s+half(?:\s+of\s+the\s+year)?\b/gi, 'quarter 2').replace(/\bhalf[\s-]?year\s+(?:2|two)\b|\bH2(?=\s+(?:FY\s*)?(?:19|20)\d{2}\s*[/-])/gi, 'quarter 4').replace(/\b(?:year[\s-]?end|end[\s-]of[\s-]year)\b/gi, 'quarter 4').replace(/\b(?<!(?:forecast|projected)\s+)(?:annual|outturn)(?=\s+(?:(?:performance|monitoring|outturn)\s+)?(?:report|review)\b)/gi, (w) => (OTHER_PERIOD.test(line) ? w : 'quarter 4')) : line))
    .map(quarterWords)
    .join('\n');
}

/** A month with the financial year it falls in ('January to March 2023/24') as the calendar month it is ('March 2024'). */
function monthsOfFinancialYear(text: string): string {
  return text.replace(new RegExp(`\\b(${MONTH_NAME})\\s+(${FINANCIAL_YEAR})`, 'gi'), (whole, month: string, fy: string) => {
    const start = financialYearStart(fy);
    return start === null ? whole : `${month} ${monthNumber(month) <= 3 ? start + 1 : start}`;
  });
}

/** The period evidence of a paper: its items, its first 40 items' text, all its text and its cards. */
export function periodEvidence(items: Item[], head: string, all: string, cards: Card[], latestColumns: (string | null)[] = []): PeriodEvidence[] {
  const out: PeriodEvidence[] = [];
  const at = items[0]?.prov ?? { page: null, line: null, index: -1, box: null, origin: 'body' as const, cell: null };
  const lead = headline(items);
  const titled = earliest(titleQuarterWords(lead), [QUARTER_FY, FY_QUARTER, TITLE_QUARTER_FY, TITLE_FY_QUARTER]);
  const dated = monthsOfFinancialYear(lead);
  const leadCovering = COVERING.exec(lead) ?? MONTH_RANGE.exec(dated) ?? AS_AT.exec(dated);
  // Further down the head, a quarter and year name the paper's period only when its title gave no dates: a
  // table's 'Q1 2024/25' column is not the period of a paper titled 'Quarter 2 (July to September 2024)'.
  const title = titled ?? (leadCovering ? null : (headPeriod(quarterWords(head), titleQuarterWords(lead)) ?? yearOfColumns(lead, latestColumns)));
  if (title) out.push({ source: 'title', text: title, prov: at });
  const covering = leadCovering ?? COVERING.exec(head) ?? COVERING.exec(all);
  // A two-digit year at the range's end ('Jul – Sep 25') written out, as the period reader reads years.
  if (covering) out.push({ source: 'covering', text: covering[0].replace(/\s'?(\d{2})$/, ' 20$1'), prov: at });
  const statement = earliest(quarterWords(all), [QUARTER_FY, FY_QUARTER]);
  if (statement) out.push({ source: 'statement', text: statement, prov: at });
  // Nothing else said: a month the title names is the period's end (a meeting's date is no title's month).
  const month = !title && !covering && !statement ? TITLE_MONTH.exec(lead) : null;
  if (month) out.push({ source: 'covering', text: month[1], prov: at });
  for (const card of cards) if (card.dated) out.push({ source: 'card-date', text: card.dated, prov: card.start });
  const produced = /produced\s+on:?\s*(\d{1,2}\s+[A-Za-z]+\s+\d{4})/i.exec(all);
  if (produced) out.push({ source: 'produced', text: produced[1], prov: at });
  return out;
}

/**
 * The paper's period from the quarters and years its head names: the first paragraph or table row naming
 * one, and of several on one row the latest ('Target | Q1 2025/26 | Q2 2025/26': earlier ones are
 * comparisons). Where the title names a quarter without a year ('Quarter 2 Performance Report'), only
 * that quarter's mentions count, and that quarter is the paper's ('Q2 2024/25 | Q2 2025/26' alike).
 */
function headPeriod(head: string, lead: string): string | null {
  const titleQuarter = /quarter\s*([1-4])\b/i.exec(lead);
  const named = titleQuarter ? Number(titleQuarter[1]) : null;
  let fallback: { quarter: number; start: number } | null = null;
  for (const line of head.split('\n')) {
    const mentions = [QUARTER_FY, FY_QUARTER].flatMap((re) =>
      [...line.matchAll(new RegExp(re.source, 'gi'))].flatMap((m) => {
        const [q, fy] = re === QUARTER_FY ? [m[1], m[2]] : [m[2], m[1]];
        const start = financialYearStart(fy);
        return start === null ? [] : [{ quarter: Number(q), start }];
      }),
    );
    if (!mentions.length) continue;
    const latest = (list: typeof mentions) => list.reduce((a, b) => (b.start * 4 + b.quarter > a.start * 4 + a.quarter ? b : a));
    const own = named ? mentions.filter((m) => m.quarter === named) : mentions;
    if (own.length) return periodText(named ?? latest(own).quarter, latest(own).start);
    fallback ??= latest(mentions);
  }
  return fallback ? periodText(named ?? fallback.quarter, fallback.start) : null;
}

const periodText = (quarter: number, start: number) => `quarter ${quarter} ${start}/${String((start + 1) % 100).padStart(2, '0')}`;

/**
 * A title naming only the year ('KPI Tracker 2024/25') over columns of yearless quarters ('Q1 | Q2 | Q3 | Q4'):
 * the quarter the KPIs' latest figures stand in, when most of them agree, in that year; over columns of years,
 * the year's end.
 */
function yearOfColumns(lead: string, latestColumns: (string | null)[]): string | null {
  const year = new RegExp(FINANCIAL_YEAR).exec(lead)?.[0];
  const start = year ? financialYearStart(year) : null;
  if (start === null) return null;
  const quarters = latestColumns.filter((c): c is string => c !== null && isQuarterAlone(c)).map((c) => /[1-4]/.exec(c)![0]);
  const tally = new Map<string, number>();
  for (const q of quarters) tally.set(q!, (tally.get(q!) ?? 0) + 1);
  const [best] = [...tally].sort((a, b) => b[1] - a[1]);
  if (best && best[1] * 2 > latestColumns.length) return periodText(Number(best[0]), start);
  // Columns of whole years, the latest the title's ('2022/23 | 2023/24' under 'Benchmarking 2023/24'): the
  // figures are the year's outturn, reported at its end.
  const years = latestColumns.filter((c) => c !== null && financialYearStart(c.trim()) === start).length;
  return years * 2 > latestColumns.length ? periodText(4, start) : null;
}

/** The paper's first lines (its title block): where 'Mid-year report' or 'July to September 2024' names the period. */
function headline(items: Item[]): string {
  return items
    .slice(0, 8)
    .map((i) => (i.rows || COMPARISON.test(i.text) ? '' : i.text))
    .join(' \n ');
}

/** A line saying what the figures are compared with ('compared with the same quarter last year, Q2 2023/24', '… than in Q2 2023/24'): its period is no paper's. */
const COMPARISON = /\b(?:compared?\s+(?:with|to|against)|in\s+comparison\s+(?:with|to)|same\s+(?:quarter|period|month|time)\s+(?:last|the\s+previous|a)\s+year|than\s+(?:in\s+|for\s+|at\s+)?(?:the\s+)?(?:Q[1-4]|quarter|last|previous|same))\b/i;

/** A financial year's two years follow each other ('2024/25'); a plan's span ('2022-2026') is no year. */
const oneYear = (m: RegExpExecArray) => !/\d{2}\s*[/-]\s*\d{2}/.test(m[0]) || financialYearStart(m[0]) !== null;

function earliest(text: string, patterns: RegExp[]): string | null {
  const found = patterns.map((re) => re.exec(text)).filter((m): m is RegExpExecArray => m !== null && oneYear(m));
  found.sort((a, b) => a.index - b.index);
  return found[0]?.[0] ?? null;
}

