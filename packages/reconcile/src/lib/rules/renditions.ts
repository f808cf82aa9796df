/**
 * The same paper is often archived in several formats (PDF, Word, text). Findings are raised once, on
 * one rendition per paper: the one read with the most confidence.
 */
import { periodKey, type ArchiveObservation, type ArchiveReport } from '../archive';

/** Report ids to check: one per group of renditions of the same paper. */
export function canonicalReports(reports: ArchiveReport[], observations: ArchiveObservation[], committeeOf: (id: number) => string | null): Set<number> {
  const byReport = new Map<number, ArchiveObservation[]>();
  for (const o of observations) byReport.set(o.reportId, [...(byReport.get(o.reportId) ?? []), o]);
  const groups = new Map<string, ArchiveReport[]>();
  for (const r of reports) {
    const obs = byReport.get(r.reportId) ?? [];
    const figures = obs.map((o) => `${o.observation.current.value ?? o.observation.current.raw}/${o.observation.target.value ?? o.observation.target.raw}`).sort().join(',');
    const summary = r.summary.map((s) => `${s.status}:${s.count}`).sort().join(',');
    const sig = `${committeeOf(r.reportId)}|${periodKey(r)}|${r.kind}|${figures}|${summary}|${r.claims.length}`;
    groups.set(sig, [...(groups.get(sig) ?? []), r]);
  }
  const out = new Set<number>();
  for (const group of groups.values()) {
    const score = (r: ArchiveReport) => {
      const obs = byReport.get(r.reportId) ?? [];
      return obs.reduce((s, o) => s + o.observation.confidence, 0) / Math.max(1, obs.length);
    };
    group.sort((a, b) => score(b) - score(a) || a.documentSha.localeCompare(b.documentSha));
    out.add(group[0].reportId);
  }
  return out;
}
