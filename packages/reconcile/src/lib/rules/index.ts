/** Every consistency rule, in the order findings are listed; a finding is data with its rule's id. */
import type { Finding, Rule, RuleContext } from './finding';
import { canonicalReports } from './renditions';
import { summaryCountVsCards } from './summary-count-vs-cards';
import { scorecardVsCard } from './scorecard-vs-card';
import { ragVsRule } from './rag-vs-rule';
import { changeVsValues } from './change-vs-values';
import { coverVsCard } from './cover-vs-card';
import { previousVsPriorCurrent } from './previous-vs-prior-current';
import { countVsList } from './count-vs-list';
import { missingField } from './missing-field';
import { titleVariant } from './title-variant';
import { identifierRenumbered } from './identifier-renumbered';
import { ragKeyDiffers } from './rag-key-differs';
import { seriesVsCard } from './series-vs-card';
import { narrativeArithmetic } from './narrative-arithmetic';

/** The rules run on every reconciliation (docs/contract.md lists their ids). */
export const RULES: readonly Rule[] = [
  summaryCountVsCards,
  scorecardVsCard,
  ragVsRule,
  changeVsValues,
  coverVsCard,
  previousVsPriorCurrent,
  countVsList,
  missingField,
  titleVariant,
  identifierRenumbered,
  ragKeyDiffers,
  seriesVsCard,
  narrativeArithmetic,
];

/** Run `rules` on one rendition of each paper; findings come back in a stable order, each with its rule's id. */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const keep = canonicalReports(ctx.reports, ctx.observations, ctx.committeeOf);
  const observations = ctx.observations.filter((o) => keep.has(o.reportId));
  const kept = new Set(observations.map((o) => o.observationId));
  const scoped: RuleContext = { ...ctx, reports: ctx.reports.filter((r) => keep.has(r.reportId)), observations, points: ctx.points?.filter((p) => kept.has(p.observationId)) };
  return rules.flatMap((rule) => rule.check(scoped).map((draft) => ({ rule: rule.id, ...draft })));
}
