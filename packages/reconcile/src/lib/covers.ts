import { cosine, terms, titleSimilarity } from '@kpi/normalise';
import { periodKey, type ArchiveObservation, type ArchiveReport } from './archive';

/**
 * A cover report names indicators ('Indicator 198: The percentage of clients engaging with …'); a headless
 * card of the same committee and period whose description or title carries those words is that indicator.
 */
export function deduceFromCovers(observations: ArchiveObservation[], reports: ArchiveReport[], committeeOf: (id: number) => string | null) {
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
