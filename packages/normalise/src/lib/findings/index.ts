/** Every consistency rule, by rule id; a finding is data with the rule's id. */
import type { Finding, Rule, RuleContext } from './types';
import { canonicalReports } from './renditions';
import { summaryCountVsCards } from './summary-count-vs-cards';
import { scorecardVsCard } from './scorecard-vs-card';
import { ragVsRule } from './rag-vs-rule';
import { changeVsValues } from './change-vs-values';
import { coverVsCard, countVsList } from './narrative';
import { identifierRenumbered, previousVsPriorCurrent, titleVariant } from './history';
import { missingField } from './card-fields';
import { ragKeyDiffers } from './rag-key-differs';
import { seriesVsCard } from './series-vs-card';
import { narrativeArithmetic } from './narrative-arithmetic';

export type { Finding, Rule, RuleContext, Source, Severity, ArchivePoint } from './types';

export const RULES: Record<string, Rule> = {
  'summary-count-vs-cards': summaryCountVsCards,
  'scorecard-vs-card': scorecardVsCard,
  'rag-vs-rule': ragVsRule,
  'change-vs-values': changeVsValues,
  'cover-vs-card': coverVsCard,
  'previous-vs-prior-current': previousVsPriorCurrent,
  'count-vs-list': countVsList,
  'missing-field': missingField,
  'title-variant': titleVariant,
  'identifier-renumbered': identifierRenumbered,
  'rag-key-differs': ragKeyDiffers,
  'series-vs-card': seriesVsCard,
  'narrative-arithmetic': narrativeArithmetic,
};

/** Run every rule on one rendition of each paper; findings come back in a stable order. */
export function runRules(ctx: RuleContext): Finding[] {
  const keep = canonicalReports(ctx.reports, ctx.observations, ctx.committeeOf);
  const observations = ctx.observations.filter((o) => keep.has(o.reportId));
  const kept = new Set(observations.map((o) => o.observationId));
  const scoped: RuleContext = { ...ctx, reports: ctx.reports.filter((r) => keep.has(r.reportId)), observations, points: ctx.points?.filter((p) => kept.has(p.observationId)) };
  const out: Finding[] = [];
  for (const [rule, run] of Object.entries(RULES)) {
    for (const f of run(scoped)) out.push({ ...f, rule });
  }
  return out;
}
