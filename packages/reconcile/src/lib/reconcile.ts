/**
 * Reconciliation over the whole archive: indicator keys, identifiers deduced for headless cards,
 * committees inferred from identifier schemes, and every consistency finding. A pure function of
 * the stored data, so the order documents were ingested in cannot change its result.
 */
import { periodKey, type ArchiveObservation, type ArchivePoint, type ArchiveReport, type UserPin } from './archive';
import { inferCommittees } from './committees';
import { deduceFromCovers } from './covers';
import { assignKeys, type IdentityNode } from './identity';
import { resolvePins } from './pins';
import type { Finding } from './rules/finding';
import { runRules } from './rules/index';
import { renditionPrimaries } from './rules/renditions';

/** What reconciliation derives, written back to the store as a whole. */
export interface Reconciliation {
  /** Observation id → indicator key. */
  keys: Map<number, string>;
  /** Identifiers deduced for headless cards, by observation id. */
  reportedIds: Map<number, { id: string; source: string }>;
  /** Committees inferred for reports that do not print theirs, by report id. */
  committees: Map<number, { committee: string; source: string }>;
  aliases: { indicatorKey: string; identifier: string | null; title: string | null; method: string; score: number; observationId: number }[];
  findings: Finding[];
  /** Report id → the primary rendition's report id, for reports that are another format of the same paper. */
  renditionOf: Map<number, number>;
}

/** Reconcile the archive. `pins` are the user's link/unlink decisions by identifier, key or title. */
export function reconcile(observations: ArchiveObservation[], reports: ArchiveReport[], pins: UserPin[] = [], points: ArchivePoint[] = []): Reconciliation {
  const reportById = new Map(reports.map((r) => [r.reportId, r]));
  const committees = inferCommittees(observations, reports);
  const committeeOf = (reportId: number) => reportById.get(reportId)?.committee ?? committees.get(reportId)?.committee ?? null;

  // Identifiers for headless cards from the same period's cover report, before identity (ids are evidence).
  const reportedIds = deduceFromCovers(observations, reports, committeeOf);
  const idOf = (o: ArchiveObservation) => reportedIds.get(o.observationId)?.id ?? o.observation.reportedId;

  const nodes: IdentityNode[] = observations.map((o) => ({
    id: o.observationId,
    reportId: o.reportId,
    period: periodKey(o),
    order: `${periodKey(o)}|${o.documentSha}|${String(o.position).padStart(5, '0')}`,
    committee: committeeOf(o.reportId),
    printedId: o.observation.printedId,
    reportedId: idOf(o),
    title: o.observation.title,
    description: o.observation.description,
    unit: o.observation.unit,
    direction: o.observation.direction,
    current: o.observation.current.value,
    previous: o.observation.previous.value,
  }));
  const identity = assignKeys(nodes, resolvePins(pins, observations, idOf));

  // Each observation's first link (as a search of the links would find it), looked up, not searched: the archive's size squared otherwise.
  const linkOf = new Map<number, (typeof identity.links)[number]>();
  for (const l of identity.links) {
    if (!linkOf.has(l.a)) linkOf.set(l.a, l);
    if (!linkOf.has(l.b)) linkOf.set(l.b, l);
  }
  const aliases = observations.map((o) => {
    const link = linkOf.get(o.observationId);
    return {
      indicatorKey: identity.keyOf.get(o.observationId)!,
      identifier: idOf(o),
      title: o.observation.title,
      method: link?.method ?? 'single',
      score: link ? Number(link.score.toFixed(3)) : 1,
      observationId: o.observationId,
    };
  });

  // Rules see the identifiers as deduced, with how they were found.
  const deduced = observations.map((o) => {
    const r = reportedIds.get(o.observationId);
    return r ? { ...o, observation: { ...o.observation, reportedId: r.id, reportedIdSource: r.source } } : o;
  });
  const findings = runRules({ observations: deduced, reports, points, keyOf: identity.keyOf, idOf, committeeOf });
  const renditionOf = new Map([...renditionPrimaries(reports, observations, committeeOf)].filter(([id, primary]) => id !== primary));
  return { keys: identity.keyOf, reportedIds, committees, aliases, findings, renditionOf };
}
