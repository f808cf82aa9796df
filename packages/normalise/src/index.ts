/** @kpi/normalise — numbers, periods, observations, identity across quarters and consistency findings. */
export { parseValue, parseCount, parsePercentage, parseDirection, parseChange, parseRag, unitOf } from './lib/value';
export { resolvePeriod, fiscalYearLabel, fiscalStartYear, fiscalQuarterOf, quarterBounds, quarterReportedIn, parseDate, isoDate, type Period } from './lib/period';
export { normaliseReport, matchScorecard } from './lib/observations';
export { terms, cosine, titleSimilarity } from './lib/similarity';
export { assignKeys, idScheme, slug, type IdentityNode, type IdentityLink, type IdentityResult, type Pin } from './lib/identity';
export { reconcile, periodKey, type ArchiveObservation, type ArchiveReport, type Reconciliation } from './lib/reconcile';
export { RULES, runRules, type Finding, type Rule, type RuleContext, type Source, type Severity, type ArchivePoint } from './lib/findings/index';
export { quarterKey } from './lib/findings/series-vs-card';
export { bandsOf } from './lib/findings/rag-vs-rule';
