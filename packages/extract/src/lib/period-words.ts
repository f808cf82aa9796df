/**
 * The words papers name periods with, as regular-expression sources and readers: a month's name, a quarter,
 * a financial year. One grammar for the labels, headings, axes and titles that print them.
 */

/**
 * A month's name as papers print it, whole or cut short ('Sep', 'Sept', 'September'), never the start of
 * another word ('market', 'decrease', 'mayor'). A regular expression's source, for patterns with the i flag.
 */
export const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])';
const MONTH_WHOLE = new RegExp(`^${MONTH_NAME}\\.?$`, 'i');
const MONTH_ORDER = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The number (1–12) of a month's name, whole or short ('Sept', 'September'); 0 for any other word. */
export function monthNumber(word: string): number {
  return MONTH_WHOLE.test(word.trim()) ? MONTH_ORDER.indexOf(word.trim().slice(0, 3).toLowerCase()) + 1 : 0;
}

/** The start year of a financial year as printed ('2024/25', '24/25', '2024-2025'); null for a span that is not one year ('2022-2026'). */
export function financialYearStart(text: string): number | null {
  const y = /\b((?:19|20)?\d{2})\s*[/-]\s*(\d{2,4})\b/.exec(text);
  if (!y || (Number(y[1].slice(-2)) + 1) % 100 !== Number(y[2].slice(-2))) return null;
  return y[1].length === 2 ? 2000 + Number(y[1]) : Number(y[1]);
}

/** A quarter as printed: 'Q2', 'Quarter 2' (a regular expression's source). */
export const QUARTER_NAME = String.raw`(?:Q|Quarter\s*)[1-4]`;

/** A financial year as printed with its century: '2024/25', '2024-2025' (a regular expression's source; financialYearStart checks it is one year). */
export const FINANCIAL_YEAR = String.raw`(?:19|20)\d{2}\s*[/-]\s*\d{2,4}`;
