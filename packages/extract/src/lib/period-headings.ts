/** Column headings and chart axes made of periods ('Q2 2024/25', 'Jun-25', '2023/24'): their sort keys. */
import { remembered } from './memo';
import { financialYearStart, MONTH_NAME, monthNumber } from './period-words';

const MONTH_END = /^(?:(?:rolling\s+)?(?:12|twelve)\s+months?\s+(?:to|ending)|(?:at\s+)?(?:the\s+)?end\s+of|year\s+to|as\s+at)\s+/i;
/** Only a rolling year's heading is one whatever stands beside it: 'As at September 2025' is a card's date line too. */
const ROLLING = /^(?:rolling\s+)?(?:12|twelve)\s+months?\s+(?:to|ending)\s+/i;
const QUARTER_MONTHS = new RegExp(`^(${MONTH_NAME})\\.?\\s*(?:-|–|to)\\s*(${MONTH_NAME})\\.?[\\s-]+((?:19|20)?\\d{2})$`, 'i');

/** A column headed by a period ('Q2 2024/25', 'Jun-25', 'September 2025', '2023/24'): a sortable key and its basis. */
export const periodHeading = remembered(function periodHeading(text: string): { key: number; basis: 'quarter' | 'month' | 'year' } | null {
  // A month's end a rolling figure runs to ('Rolling 12 months to Mar-24', 'End of March 2024') is that month.
  const t = text.replace(/\s+/g, ' ').trim().replace(MONTH_END, '');
  let m = /^(?:Q|Qtr\.?\s*|Quarter\s*)([1-4])\s*,?\s*\(?((?:19|20)?\d{2})\s*[/-]\s*(\d{2,4})\)?$/i.exec(t);
  if (m) return { key: (Number(m[2].slice(-2)) + 2000) * 100 + Number(m[1]) * 3, basis: 'quarter' };
  // The year first, as Welsh PAM tables head them ('2023/24 Q3').
  m = /^(?:FY\s*)?((?:19|20)?\d{2})\s*[/-]\s*(\d{2,4})\s*,?\s*(?:Q|Quarter\s*)([1-4])$/i.exec(t);
  if (m && financialYearStart(`${m[1]}/${m[2]}`) !== null) return { key: (Number(m[1].slice(-2)) + 2000) * 100 + Number(m[3]) * 3, basis: 'quarter' };
  // A quarter's three months ('Jan - Mar 2024', 'Apr-Jun 24'): the financial quarter they make (a rolling
  // three months from another month is none).
  m = QUARTER_MONTHS.exec(t);
  if (m && (monthNumber(m[2]) - monthNumber(m[1]) + 12) % 12 === 2 && monthNumber(m[1]) % 3 === 1) {
    const end = monthNumber(m[2]);
    const year = Number(m[3].slice(-2)) + 2000;
    return { key: (end <= 3 ? year - 1 : year) * 100 + (Math.floor(((end + 8) % 12) / 3) + 1) * 3, basis: 'quarter' };
  }
  m = /^([A-Za-z]{3,9}\.?)[\s-]+((?:19|20)?\d{2})$/.exec(t);
  const month = m ? monthNumber(m[1]) : 0;
  if (m && month) return { key: (Number(m[2].slice(-2)) + 2000) * 100 + month, basis: 'month' };
  m = /^(?:FY\s*)?((?:19|20)\d{2})\s*[/-]\s*(\d{2,4})$/i.exec(t);
  if (m) return { key: Number(m[1]) * 100 + 99, basis: 'year' };
  return null;
});


/** A rolling year's heading ('Rolling 12 months to Mar-24'): a column's heading, where a month alone may be a date line. */
export const isMonthEndHeading = (text: string) => ROLLING.test(text.replace(/\s+/g, ' ').trim()) && periodHeading(text)?.basis === 'month';

/** A period label as a chart prints it on its axis: 'Q1', '2022/23', '2022-23', '22/23', 'Apr-24', 'May'. */
const PERIOD_TOKEN =
  new RegExp(`^(?:Q[1-4]|(?:19|20)\\d{2}(?:[-/](?:\\d{2}|\\d{4}))?|\\d{2}\\/\\d{2}|${MONTH_NAME}[-' ]?\\d{0,4})$`, 'i');

/** A line made only of period labels (a chart's axis in a text dump: 'Q1 2022/23 Q2 2022/23'). */
export const isPeriodLabelLine = remembered(function isPeriodLabelLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 0 && words[0] !== '' && words.every((w) => PERIOD_TOKEN.test(w));
});

/** The heading of a column of periods, a trend table's first ('Quarter | Actual | Target', 'Period | Value'). */
export const isPeriodColumnHeading = (text: string) => /^(?:quarter|qtr|month|period|year|date)$/i.test(text.trim());

/** A quarter printed alone, with no year ('Q3', 'Qtr 3', 'Quarter 3'): a column of this year's quarters. */
export const isQuarterAlone = (text: string) => /^(?:Q|Qtr\.?|Quarter)\s*[1-4]$/i.test(text.trim());

/**
 * A period heading without what its figure is or how it is counted after it ('Sep 2024 (YTD)', 'Q2 YTD',
 * 'Jun 2024 (Q1)', 'Q1 2024/25 (%)'): the period alone, which decides the column.
 */
export const periodWithoutQualifier = (text: string) =>
  text
    .trim()
    .replace(/\s*\((?:%|£|£k|£m|£000s?|days|no\.?|number|count)\)$/i, '')
    .replace(/\s*(?:\((?:YTD|year to date|cumulative|Q[1-4])\)|\b(?:YTD|cumulative))$/i, '');
