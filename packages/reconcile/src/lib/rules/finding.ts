/** The shape of a finding and the helpers every rule uses to fill it. */
import { describeProv, type Message, type Provenance } from '@kpi/extract';
import type { ArchiveObservation, ArchivePoint, ArchiveReport } from '../archive';

/** The severities of extract's messages, so a problem is graded the same wherever it is found. */
export type Severity = Message['severity'];

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

/**
 * Where a compared figure was printed: the file and, as structured as the paper allows, the position
 * (page, line range or table cell, box) in the same terms as extract's Provenance; `ref` renders it
 * for people ('p. 3, line 40').
 */
export interface Source {
  what: string;
  file: string;
  ref: string;
  page?: number | null;
  line?: Provenance['line'];
  cell?: Provenance['cell'];
  box?: Provenance['box'];
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

/** A source at a position; without one, `ref` says in words where to look. Only known parts of the position are given. */
export function sourceAt(what: string, file: string, at: Provenance | null | undefined, value?: unknown, ref = ''): Source {
  const s: Source = { what, file, ref: at ? describeProv(at) : ref };
  if (at?.page != null) s.page = at.page;
  if (at?.line) s.line = at.line;
  if (at?.cell) s.cell = at.cell;
  if (at?.box) s.box = at.box;
  if (value !== undefined) s.value = value;
  return s;
}

/** A source entry for a field of an observation: where that field was printed, else where the card starts. */
export function sourceOf(o: ArchiveObservation, what: string, field?: keyof ArchiveObservation['observation']['where'], value?: unknown): Source {
  const p = field ? o.observation.where?.[field] : undefined;
  return { ...sourceAt(what, o.fileName, p, value, o.observation.sourceRef), page: p?.page ?? o.observation.sourcePage };
}

/** Statuses that rate a figure against its target (the others say it is not rated: Contextual, Baseline, ...). */
export const isRated = (rag: string | null | undefined): boolean => rag === 'Red' || rag === 'Amber' || rag === 'Green' || rag === 'Blue';
