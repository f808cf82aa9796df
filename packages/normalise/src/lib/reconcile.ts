/**
 * Reconciliation over the whole archive: indicator keys, identifiers deduced for headless cards,
 * committees inferred from identifier schemes, and every consistency finding. A pure function of
 * the stored data, so the order documents were ingested in cannot change its result.
 */
import type { NarrativeClaim, Observation } from '@kpi/extract';
import { assignKeys, idScheme, type IdentityNode, type Pin } from './identity';
import { cosine, terms, titleSimilarity } from './similarity';
import { runRules, type ArchivePoint, type Finding } from './findings/index';
import { renditionPrimaries } from './findings/renditions';

export interface ArchiveObservation {
  observationId: number;
  reportId: number;
  documentSha: string;
  position: number;
  fiscalYear: string | null;
  quarter: number | null;
  committee: string | null;
  kind: string;
  fileName: string;
  observation: Observation;
}

export interface ArchiveReport {
  reportId: number;
  documentSha: string;
  fileName: string;
  committee: string | null;
  committeeSource: string | null;
  fiscalYear: string | null;
  quarter: number | null;
  kind: string;
  claims: NarrativeClaim[];
  summary: { status: string; count: number | null; percentage: number | null; sourceRef: string | null }[];
  ragKey: { status: string; definition: string; sourceRef: string | null }[];
}

export interface Reconciliation {
  keys: Map<number, string>;
  reportedIds: Map<number, { id: string; source: string }>;
  committees: Map<number, { committee: string; source: string }>;
  aliases: { indicatorKey: string; identifier: string | null; title: string | null; method: string; score: number; observationId: number }[];
  findings: Finding[];
  /** Report id → the primary rendition's report id, for reports that are another format of the same paper. */
  renditionOf: Map<number, number>;
}

/** A report's period as a sortable string ('2024/25-2'); '' when unknown. */
export const periodKey = (r: { fiscalYear: string | null; quarter: number | null }) => (r.fiscalYear ? `${r.fiscalYear}-${r.quarter ?? 0}` : '');

/** Reconcile the archive. `pins` are the user's link/unlink decisions by identifier, key or title. */
export function reconcile(observations: ArchiveObservation[], reports: ArchiveReport[], pins: { kind: 'link' | 'unlink'; a: string; b: string }[] = [], points: ArchivePoint[] = []): Reconciliation {
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

  const aliases = observations.map((o) => {
    const link = identity.links.find((l) => l.a === o.observationId || l.b === o.observationId);
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

/** Committees for reports that do not print theirs, from the identifier schemes they share with reports that do. */
function inferCommittees(observations: ArchiveObservation[], reports: ArchiveReport[]) {
  const schemeCommittee = new Map<string, Map<string, number>>();
  const schemesOf = new Map<number, Set<string>>();
  const add = (reportId: number, id: string | null) => {
    const scheme = idScheme(id);
    if (!scheme) return;
    if (!schemesOf.has(reportId)) schemesOf.set(reportId, new Set());
    schemesOf.get(reportId)!.add(scheme);
  };
  for (const o of observations) add(o.reportId, o.observation.printedId ?? o.observation.reportedId);
  for (const r of reports) for (const c of r.claims) for (const i of c.items) add(r.reportId, i.printedId);
  for (const r of reports) {
    if (!r.committee || r.committeeSource === 'inferred') continue;
    for (const s of schemesOf.get(r.reportId) ?? []) {
      const m = schemeCommittee.get(s) ?? new Map<string, number>();
      m.set(r.committee, (m.get(r.committee) ?? 0) + 1);
      schemeCommittee.set(s, m);
    }
  }
  const out = new Map<number, { committee: string; source: string }>();
  for (const r of reports) {
    if (r.committee && r.committeeSource !== 'inferred') continue;
    const votes = new Map<string, number>();
    for (const s of schemesOf.get(r.reportId) ?? []) for (const [c, n] of schemeCommittee.get(s) ?? []) votes.set(c, (votes.get(c) ?? 0) + n);
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) out.set(r.reportId, { committee: best[0], source: 'inferred' });
  }
  return out;
}

/**
 * A cover report names indicators ('Indicator 198: The percentage of clients engaging with …'); a headless
 * card of the same committee and period whose description or title carries those words is that indicator.
 */
function deduceFromCovers(observations: ArchiveObservation[], reports: ArchiveReport[], committeeOf: (id: number) => string | null) {
  const out = new Map<number, { id: string; source: string }>();
  const byPeriod = new Map<string, ArchiveObservation[]>();
  for (const o of observations) {
    const k = `${committeeOf(o.reportId)}|${periodKey(o)}`;
    byPeriod.set(k, [...(byPeriod.get(k) ?? []), o]);
  }
  for (const cover of reports) {
    if (!periodKey(cover)) continue;
    const pool = (byPeriod.get(`${committeeOf(cover.reportId)}|${periodKey(cover)}`) ?? []).filter((o) => o.reportId !== cover.reportId);
    const known = new Set(pool.map((o) => o.observation.reportedId?.toLowerCase()).filter(Boolean));
    const mentions = new Map<string, { title: string; commentary: string | null }>();
    for (const c of cover.claims) {
      for (const i of c.items) {
        if (!i.printedId || known.has(i.printedId.toLowerCase())) continue;
        const had = mentions.get(i.printedId);
        mentions.set(i.printedId, { title: i.title, commentary: i.commentary ?? had?.commentary ?? null });
      }
    }
    // Each card report of the period (a paper may be archived in several formats) is matched on its own.
    const byReport = new Map<number, ArchiveObservation[]>();
    for (const o of pool) if (!o.observation.reportedId && !out.has(o.observationId)) byReport.set(o.reportId, [...(byReport.get(o.reportId) ?? []), o]);
    for (const headless of byReport.values()) {
      const pairs: { o: ArchiveObservation; id: string; score: number }[] = [];
      for (const o of headless) {
        const have = new Set(terms(`${o.observation.title ?? ''} ${o.observation.description ?? ''}`));
        for (const [id, { title, commentary }] of mentions) {
          const want = terms(title);
          if (!want.length) continue;
          const contained = want.filter((t) => have.has(t)).length / want.length;
          const titled = o.observation.title ? titleSimilarity(o.observation.title, title) : 0;
          // A cover that quotes the card's commentary names it as surely as a title does.
          const quoted = commentary && o.observation.commentary ? cosine(terms(commentary), terms(o.observation.commentary)) : 0;
          pairs.push({ o, id, score: Math.max(contained, titled, quoted >= 0.6 ? quoted : 0) });
        }
      }
      pairs.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id) || a.o.position - b.o.position);
      const usedIds = new Set<string>();
      for (const p of pairs) {
        if (p.score < 0.5 || usedIds.has(p.id) || out.has(p.o.observationId)) continue;
        // Ambiguous: another headless card of the same paper fits this mention (nearly) as well.
        if (pairs.some((q) => q.id === p.id && q.o !== p.o && !out.has(q.o.observationId) && q.score > p.score - 0.15)) continue;
        usedIds.add(p.id);
        out.set(p.o.observationId, { id: p.id, source: 'cover' });
      }
    }
  }
  return out;
}

/** Turn pins by identifier, key or exact title into pairs of observation ids. */
function resolvePins(pins: { kind: 'link' | 'unlink'; a: string; b: string }[], observations: ArchiveObservation[], idOf: (o: ArchiveObservation) => string | null): Pin[] {
  const matches = (o: ArchiveObservation, sel: string) => {
    const s = sel.trim().toLowerCase();
    return [o.observation.printedId, idOf(o), o.observation.title].some((v) => v && v.toLowerCase() === s);
  };
  const out: Pin[] = [];
  for (const p of pins) {
    const A = observations.filter((o) => matches(o, p.a));
    const B = observations.filter((o) => matches(o, p.b));
    for (const x of A) for (const y of B) if (x !== y) out.push({ kind: p.kind, a: x.observationId, b: y.observationId });
  }
  return out;
}
