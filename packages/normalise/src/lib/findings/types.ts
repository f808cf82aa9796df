import { describeProv } from '@kpi/extract';
import type { ArchiveObservation, ArchiveReport } from '../reconcile';

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

/** Where a compared figure was printed. */
export interface Source {
  what: string;
  file: string;
  ref: string;
  page?: number | null;
  value?: unknown;
}

/** A chart data label read from a paper, tied to the card on its page. */
export interface ArchivePoint {
  observationId: number;
  series: string;
  periodLabel: string;
  raw: string;
  sourceRef: string;
}

export interface RuleContext {
  observations: ArchiveObservation[];
  reports: ArchiveReport[];
  points?: ArchivePoint[];
  keyOf: Map<number, string>;
  idOf: (o: ArchiveObservation) => string | null;
  committeeOf: (reportId: number) => string | null;
}

export type Rule = (ctx: RuleContext) => Finding[];

/** Human name of an observation for messages: its identifier, else its title, else 'an unnamed card'. */
export function nameOf(ctx: RuleContext, o: ArchiveObservation): string {
  return ctx.idOf(o) ?? o.observation.title ?? `the card at ${o.observation.sourceRef}`;
}

/** Base fields of a finding about one observation. */
export function about(ctx: RuleContext, o: ArchiveObservation) {
  return { reportId: o.reportId, observationId: o.observationId, indicatorKey: ctx.keyOf.get(o.observationId) ?? null, reportedId: ctx.idOf(o) };
}

/** A source entry for a field of an observation. */
export function sourceOf(o: ArchiveObservation, what: string, field?: keyof ArchiveObservation['observation']['where'], value?: unknown): Source {
  const p = field ? o.observation.where?.[field] : undefined;
  const ref = p ? describeProv(p) : o.observation.sourceRef;
  return { what, file: o.fileName, ref, page: p?.page ?? o.observation.sourcePage, value };
}

export const period = (r: { fiscalYear: string | null; quarter: number | null }) => (r.fiscalYear ? `Q${r.quarter} ${r.fiscalYear}` : 'an unknown period');
