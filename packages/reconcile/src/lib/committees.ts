/** Committees inferred for reports that print none: by the identifier schemes of their cards and cover items. */
import { idScheme } from './identity';
import type { ArchiveObservation, ArchiveReport } from './archive';

/** Committees for reports that do not print theirs, from the identifier schemes they share with reports that do. */
export function inferCommittees(observations: ArchiveObservation[], reports: ArchiveReport[]) {
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
