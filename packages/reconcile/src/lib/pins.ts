import type { ArchiveObservation, UserPin } from './archive';
import type { Pin } from './identity';

/** Turn pins by identifier, key or exact title into pairs of observation ids. */
export function resolvePins(pins: UserPin[], observations: ArchiveObservation[], idOf: (o: ArchiveObservation) => string | null): Pin[] {
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
