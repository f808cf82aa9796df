/** @kpi/normalise — parsed report → normalised report: numbers, periods, observations; text similarity. */
export type { Value, Observation, NormalisedReport, SummaryRow, Chart } from './lib/model';
export { parseValue, parseDirection, parseChange, parseRag, unitOf } from './lib/value';
export { resolvePeriod, fiscalYearLabel, fiscalStartYear, fiscalQuarterOf, quarterBounds, quarterReportedIn, parseDate, isoDate, type Period } from './lib/period';
export { normaliseReport, matchScorecard } from './lib/observations';
export { summaryRows, chartValues } from './lib/figures';
export { terms, cosine, titleSimilarity } from './lib/similarity';
