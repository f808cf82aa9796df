/** @kpi/reconcile — pure: archive rows → indicator keys, deduced identifiers, inferred committees and findings. */
export { periodKey, periodName, type ArchiveObservation, type ArchiveReport, type ArchivePoint, type UserPin } from './lib/archive';
export { reconcile, type Reconciliation } from './lib/reconcile';
export { assignKeys, idScheme, slug, type IdentityNode, type IdentityLink, type IdentityResult, type Pin } from './lib/identity';
export { RULES, runRules } from './lib/rules/index';
export { type Finding, type Draft, type Rule, type RuleContext, type Source, type Severity } from './lib/rules/finding';
