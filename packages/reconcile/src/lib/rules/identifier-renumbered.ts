import { periodKey, periodName, type ArchiveObservation } from '../archive';
import { byKey, normId } from './by-measure';
import { about, defineRule, sourceOf, type Draft } from './finding';

/** The same measure under different identifiers in different reports. */
export const identifierRenumbered = defineRule('identifier-renumbered', (ctx) => {
  const out: Draft[] = [];
  for (const [key, list] of byKey(ctx)) {
    const seen: { id: string; o: ArchiveObservation }[] = [];
    for (const o of list) {
      const id = ctx.idOf(o);
      if (!id) continue;
      const prior = seen.find((s) => normId(s.id) !== normId(id) && periodKey(s.o) < periodKey(o));
      if (prior && !seen.some((s) => normId(s.id) === normId(id))) {
        out.push({
          severity: 'info',
          ...about(ctx, o),
          indicatorKey: key,
          message: `${prior.id} (${periodName(prior.o)}) is reported as ${id} in ${periodName(o)}`,
          evidence: { compared: { before: prior.id, after: id }, sources: [sourceOf(prior.o, prior.id, 'heading', prior.id), sourceOf(o, id, 'heading', id)] },
        });
      }
      seen.push({ id, o });
    }
  }
  return out;
});
