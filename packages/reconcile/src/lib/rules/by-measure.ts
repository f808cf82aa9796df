/** One measure's observations across reports, and the normal forms its identifiers and titles are compared in. */
import { periodKey, type ArchiveObservation } from '../archive';
import type { RuleContext } from './finding';

/** Titles compared without case and punctuation. */
export const normTitle = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/** Identifiers compared without case, spacing or leading zeros ('CoSMIC 003' = 'cosmic 3'). */
export const normId = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').replace(/\b0+(\d)/, '$1').trim();

/** Observations of each measure (by indicator key) in period order; observations without a period are left out. */
export function byKey(ctx: RuleContext): Map<string, ArchiveObservation[]> {
  const out = new Map<string, ArchiveObservation[]>();
  for (const o of ctx.observations) {
    const k = ctx.keyOf.get(o.observationId);
    if (!k || !periodKey(o)) continue;
    out.set(k, [...(out.get(k) ?? []), o]);
  }
  for (const list of out.values()) list.sort((a, b) => periodKey(a).localeCompare(periodKey(b)) || a.documentSha.localeCompare(b.documentSha) || a.position - b.position);
  return out;
}
