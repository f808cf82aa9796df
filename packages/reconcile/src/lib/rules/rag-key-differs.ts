import { periodKey, periodName, type ArchiveReport } from '../archive';
import { aboutReport, defineRule, type Draft } from './finding';

const norm = (d: string) => d.toLowerCase().replace(/[^a-z0-9%]+/g, ' ').trim();

/** Two reports of a committee (next to each other in time, or of the same quarter) define RAG statuses differently. */
export const ragKeyDiffers = defineRule('rag-key-differs', (ctx) => {
  const out: Draft[] = [];
  const withKey = ctx.reports.filter((r) => r.ragKey.length && periodKey(r));
  const byCommittee = new Map<string, ArchiveReport[]>();
  for (const r of withKey) {
    const c = ctx.committeeOf(r.reportId) ?? '';
    byCommittee.set(c, [...(byCommittee.get(c) ?? []), r]);
  }
  for (const list of byCommittee.values()) {
    list.sort((a, b) => periodKey(a).localeCompare(periodKey(b)) || a.documentSha.localeCompare(b.documentSha));
    const seenPairs = new Set<string>();
    for (let i = 1; i < list.length; i++) {
      const later = list[i];
      // Compare a cover with the cards of its own quarter, and each with the same kind of paper in the quarter before.
      const family = (r: ArchiveReport) => (r.kind === 'cover' ? 'cover' : 'cards');
      const earlierSameFamily = list.slice(0, i).filter((r) => family(r) === family(later) && periodKey(r) < periodKey(later));
      const prevPeriod = earlierSameFamily.length ? periodKey(earlierSameFamily[earlierSameFamily.length - 1]) : null;
      const partners = [
        ...list.slice(0, i).filter((r) => periodKey(r) === periodKey(later) && family(r) !== family(later)),
        ...earlierSameFamily.filter((r) => periodKey(r) === prevPeriod),
      ];
      for (const earlier of partners) {
        const sig = (r: ArchiveReport) => r.ragKey.map((k) => `${k.status}=${norm(k.definition)}`).sort().join('|');
        if (sig(earlier) === sig(later)) continue;
        const pair = `${sig(earlier)}#${sig(later)}`;
        if (seenPairs.has(pair)) continue;
        seenPairs.add(pair);
        const differences: { status: string; earlier: string | null; later: string | null }[] = [];
        const statuses = [...new Set([...earlier.ragKey, ...later.ragKey].map((k) => k.status))];
        for (const s of statuses) {
          const a = earlier.ragKey.find((k) => k.status === s);
          const b = later.ragKey.find((k) => k.status === s);
          if (a && b && norm(a.definition) === norm(b.definition)) continue;
          differences.push({ status: s, earlier: a?.definition ?? null, later: b?.definition ?? null });
        }
        if (!differences.length) continue;
        out.push({
          severity: 'warning',
          ...aboutReport(later),
          message: `${later.fileName} (${periodName(later)}) defines ${differences.map((d) => d.status).join(', ')} differently from ${earlier.fileName} (${periodName(earlier)})`,
          evidence: {
            compared: { differences },
            sources: [
              { what: 'earlier key', file: earlier.fileName, ref: earlier.ragKey[0]?.sourceRef ?? '' },
              { what: 'later key', file: later.fileName, ref: later.ragKey[0]?.sourceRef ?? '' },
            ],
          },
        });
      }
    }
  }
  return out;
});
