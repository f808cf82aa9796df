/**
 * What a table cell holds, in any format's tables: a heading the vocabulary names, or a value. The PDF page
 * reader finds tables by them; text readers find tables flattened or aligned by spaces by them.
 */
import { FINANCIAL_YEAR, headerRoles, isMonthEndHeading, isPeriodColumnHeading, isQuarterAlone, MONTH_NAME, periodHeading, periodWithoutQualifier, QUARTER_NAME, ragLabel, summaryStatus } from '../vocabulary';
import { tokenType } from '../tokens';
import { remembered } from '../memo';
import { vocabulary } from '../lexicon';

/** A quarter, year or month printed before or after a heading's label ('Q2 2025/26 Actual', 'RAG Q2'). */
const PERIOD = `${QUARTER_NAME}|${FINANCIAL_YEAR}`;
const PERIOD_EDGE = new RegExp(String.raw`^(?:${PERIOD}|${MONTH_NAME}[\s-]+\d{2,4})(?:\s+${FINANCIAL_YEAR})?\s+|\s+(?:${PERIOD})(?:\s+${FINANCIAL_YEAR})?$`, 'i');

/** A heading by the vocabulary: a field or RAG label, a quarter or year, a scorecard's name/ref/date or comments column. */
export const isNamedHeading = remembered(function isNamedHeading(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 60) return false;
  // A summary's status columns headed by letters ('G | A | R | TOTAL'); status words are values elsewhere.
  if (t.length === 1 && summaryStatus(t) !== null) return true;
  // Any field label of the vocabulary ('Actual this quarter', 'Goal', 'RAG status') or a quarter or year
  // ('Q3 2025/26', '2024/25'); a month is not, since a card's date line ('September 2025') looks the same.
  if (headerRoles(t) !== null || ragLabel(t) !== null || (periodHeading(t)?.basis ?? 'month') !== 'month' || isQuarterAlone(t) || isMonthEndHeading(t)) return true;
  // A quarter or year with what its figure is ('Q2 (YTD)', 'Q1 2024/25 (%)').
  const period = periodWithoutQualifier(t);
  if (period !== t && ((periodHeading(period)?.basis ?? 'month') !== 'month' || isQuarterAlone(period))) return true;
  // A scorecard's other columns: the KPI's name and reference, its date, a comments column; a trend's periods.
  if (vocabulary().scorecardColumnOf(t) !== null || vocabulary().sectionOf(t) !== null || vocabulary().columnFieldOf(t) !== null || isPeriodColumnHeading(t)) return true;
  // A label with its period before or after it ('Q2 2025/26 Actual', 'Last year Q2').
  const bare = t.replace(PERIOD_EDGE, '');
  return bare !== t && bare.length > 1 && (headerRoles(bare) !== null || ragLabel(bare) !== null);
});

const MONTH_VALUE = new RegExp(`^${MONTH_NAME}\\.?[-\\s]\\d{2,4}$`, 'i');

/** A cell that holds a value (number, month, RAG word, direction) rather than a heading or prose. */
export const isValueCell = remembered(function isValueCell(text: string): boolean {
  const t = text.trim();
  if (MONTH_VALUE.test(t)) return true;
  if (/^(?:red|amber|green|blue|contextual|baseline)$/i.test(t)) return true;
  if (/^(?:higher|lower)\b/i.test(t)) return true;
  // A value with its unit ('37.0 days') is one token; otherwise every word must be a value ('84% 92%').
  return tokenType(t) !== null || t.split(/\s+/).every((w) => tokenType(w) !== null);
});
