/** @kpi/normalise — parsed report → normalised report: numbers, periods, observations; text similarity. */
export type { Value, Observation, NormalisedReport, SummaryRow, Chart } from './lib/model';
export { normaliseReport, ARROWS_MOVEMENT_NOTE, ARROWS_PERFORMANCE_NOTE, FLOOR_MARGIN_NOTE } from './lib/observations';
export { parseValue, parseDirection, parseChange, parseRag } from './lib/value';
export { fiscalYearLabel, fiscalStartYear, quarterName, quarterOfIndex } from './lib/period';
export { terms, contentTerms, cosine, titleSimilarity } from './lib/similarity';
