/**
 * The same paper is often archived in several formats (PDF, Word, text). Each group of renditions has one
 * primary: the published PDF or Word file before a markdown or text dump, then the one read with the most
 * confidence. Findings are raised once, on the primary; counting views count the primary only.
 */
import { periodKey, type ArchiveObservation, type ArchiveReport } from '../archive';

/** Published formats first: a text dump is a copy of a paper, not the paper. */
const FORMAT_RANK: Record<string, number> = { pdf: 0, docx: 0, md: 1, markdown: 1, txt: 2 };
const formatRank = (fileName: string) => FORMAT_RANK[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 3;

/** For every report, the report id of its paper's primary rendition (itself when it is the primary). */
export function renditionPrimaries(reports: ArchiveReport[], observations: ArchiveObservation[], committeeOf: (id: number) => string | null): Map<number, number> {
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
  const out = new Map<number, number>();
  for (const group of groups.values()) {
    const score = (r: ArchiveReport) => {
      const obs = byReport.get(r.reportId) ?? [];
      return obs.reduce((s, o) => s + o.observation.confidence, 0) / Math.max(1, obs.length);
    };
    group.sort((a, b) => formatRank(a.fileName) - formatRank(b.fileName) || score(b) - score(a) || a.documentSha.localeCompare(b.documentSha));
    for (const r of group) out.set(r.reportId, group[0].reportId);
  }
  return out;
}

/** Report ids to check: one per group of renditions of the same paper (its primary). */
export function canonicalReports(reports: ArchiveReport[], observations: ArchiveObservation[], committeeOf: (id: number) => string | null): Set<number> {
  return new Set(renditionPrimaries(reports, observations, committeeOf).values());
}
