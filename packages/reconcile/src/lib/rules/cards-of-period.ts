/** Which cards a cover report's statements are checked against. */
import { periodKey, type ArchiveObservation } from '../archive';
import type { RuleContext } from './finding';

/** The cards of a committee's quarter: from the fullest card report of that period (not the cover itself). */
export function cardsOfPeriod(ctx: RuleContext, coverId: number, key: string): ArchiveObservation[] {
  const committee = ctx.committeeOf(coverId);
  const byReport = new Map<number, ArchiveObservation[]>();
  for (const o of ctx.observations) {
    if (o.reportId === coverId || periodKey(o) !== key || o.observation.origin !== 'card') continue;
    if (committee && ctx.committeeOf(o.reportId) && ctx.committeeOf(o.reportId) !== committee) continue;
    const list = byReport.get(o.reportId);
    if (list) list.push(o);
    else byReport.set(o.reportId, [o]);
  }
  const best = [...byReport.values()].sort((a, b) => b.length - a.length || meanConfidence(b) - meanConfidence(a) || a[0].documentSha.localeCompare(b[0].documentSha))[0];
  return best ?? [];
}

const meanConfidence = (obs: ArchiveObservation[]) => obs.reduce((s, o) => s + o.observation.confidence, 0) / obs.length;
