/** The shape of a finding and the helpers every rule uses to fill it. */
import { describeProv } from '@kpi/extract';
import type { ArchiveObservation, ArchivePoint, ArchiveReport } from '../archive';

export type Severity = 'error' | 'warning' | 'info';

/** A contradiction or gap in the papers, as data: rule id, figures compared and where each came from. */
export interface Finding {
  rule: string;
  severity: Severity;
  reportId: number | null;
  observationId: number | null;
  indicatorKey: string | null;
  reportedId: string | null;
  message: string;
  evidence: { compared: Record<string, unknown>; sources: Source[] };
}

/** A finding as a rule writes it; the rule's id is added by the runner, so each id is written once. */
export type Draft = Omit<Finding, 'rule'>;

/** Where a compared figure was printed. */
export interface Source {
  what: string;
  file: string;
  ref: string;
  page?: number | null;
  value?: unknown;
}

/** What every rule sees: the archive (one rendition per paper), keys and deduced identifiers and committees. */
export interface RuleContext {
  observations: ArchiveObservation[];
  reports: ArchiveReport[];
  points?: ArchivePoint[];
  keyOf: Map<number, string>;
  idOf: (o: ArchiveObservation) => string | null;
  committeeOf: (reportId: number) => string | null;
}

/** A consistency rule: its id and a function from the archive to findings. */
export interface Rule {
  id: string;
  check: (ctx: RuleContext) => Draft[];
}

/** Declare a rule; `id` is the `rule` of every finding it raises (and the name in docs/contract.md). */
export const defineRule = (id: string, check: Rule['check']): Rule => ({ id, check });

/** Human name of an observation for messages: its identifier, else its title, else where the card is. */
export function nameOf(ctx: RuleContext, o: ArchiveObservation): string {
  return ctx.idOf(o) ?? o.observation.title ?? `the card at ${o.observation.sourceRef}`;
}

/** Base fields of a finding about one observation. */
export function about(ctx: RuleContext, o: ArchiveObservation) {
  return { reportId: o.reportId, observationId: o.observationId, indicatorKey: ctx.keyOf.get(o.observationId) ?? null, reportedId: ctx.idOf(o) };
}

/** Base fields of a finding about a whole report (no one observation). */
export function aboutReport(r: Pick<ArchiveReport, 'reportId'>) {
  return { reportId: r.reportId, observationId: null, indicatorKey: null, reportedId: null };
}

/** A source entry for a field of an observation: where that field was printed, else where the card starts. */
export function sourceOf(o: ArchiveObservation, what: string, field?: keyof ArchiveObservation['observation']['where'], value?: unknown): Source {
  const p = field ? o.observation.where?.[field] : undefined;
  const ref = p ? describeProv(p) : o.observation.sourceRef;
  return { what, file: o.fileName, ref, page: p?.page ?? o.observation.sourcePage, value };
}

/** Statuses that rate a figure against its target (the others say it is not rated: Contextual, Baseline, ...). */
export const isRated = (rag: string | null | undefined): boolean => rag === 'Red' || rag === 'Amber' || rag === 'Green' || rag === 'Blue';
