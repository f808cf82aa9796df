/**
 * Indicator identity across reports: observations of the same measure share a key even when it was
 * renumbered or retitled; two observations of one report never do. Evidence, strongest first:
 * pinned user links, identifier + title, title (with the figures carried on), description; value continuity
 * vetoes a link.
 */
import { contentTerms, terms, titleSimilarity } from '@kpi/normalise';
import { termVector, vectorCosine } from './term-vectors';

export interface IdentityNode {
  /** Stable id of the observation (database id). */
  id: number;
  reportId: number;
  /** Sort key of the report's period ('2024/25-4'), '' when unknown. */
  period: string;
  /** Content-derived order (period, document hash, position): never the ingest order. */
  order: string;
  committee: string | null;
  printedId: string | null;
  reportedId: string | null;
  title: string | null;
  description: string | null;
  unit: string | null;
  direction: string | null;
  current: number | null;
  previous: number | null;
}

export interface Pin {
  kind: 'link' | 'unlink';
  /** Observation selectors already resolved to observation ids. */
  a: number;
  b: number;
}

export interface IdentityLink {
  a: number;
  b: number;
  method: 'pinned' | 'identifier' | 'title' | 'description';
  score: number;
}

export interface IdentityResult {
  keyOf: Map<number, string>;
  links: IdentityLink[];
}

/** Identifier scheme: 'CoSMIC 003' → 'cosmic'; null for generic words ('Indicator 36', 'KPI 7') that any committee uses. */
export function idScheme(id: string | null): string | null {
  if (!id) return null;
  const scheme = (/^([A-Za-z&]+)/.exec(id)?.[1] ?? '').toLowerCase();
  return scheme && !/^(?:indicator|kpi|measure|pi)$/.test(scheme) ? scheme : null;
}

const norm = (t: string | null) => (t ? t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim() : null);

function normId(id: string | null): string | null {
  // 'PI-06', 'PI06' and 'PI 6' are one identifier printed three ways.
  return id ? id.toLowerCase().replace(/\s+/g, ' ').replace(/^([a-z&]+)[\s._-]*(?=\d)/, '$1 ').replace(/\b0+(\d)/, '$1').trim() : null;
}

/** The smallest and largest positive of a node's current and previous values; null when it has none. */
function valueRange(n: IdentityNode): { min: number; max: number } | null {
  const v = [n.current, n.previous].filter((x): x is number => x !== null && x > 0);
  return v.length ? { min: Math.min(...v), max: Math.max(...v) } : null;
}

/** Values in a plausible range of each other (a measure does not jump ×4 between quarters). */
function continuous(a: { min: number; max: number } | null, b: { min: number; max: number } | null): boolean {
  if (!a || !b) return true;
  return Math.max(a.max, b.max) / Math.min(a.min, b.min) <= 4;
}

/** The quarter after a period key ('2024/25-4' → '2025/26-1'), '' when unknown. */
function nextPeriod(period: string): string {
  const m = /^(\d{4})\/\d{2}-([1-4])$/.exec(period);
  if (!m) return '';
  const [start, q] = [Number(m[1]), Number(m[2])];
  return q < 4 ? `${start}/${String((start + 1) % 100).padStart(2, '0')}-${q + 1}` : `${start + 1}/${String((start + 2) % 100).padStart(2, '0')}-1`;
}

/**
 * A quarter's figure printed again as the next quarter's previous one ('47.9%' in Q1, 'Q1 47.9%' beside Q2's
 * 48.6%): the same series carried on, whatever its new number or wording.
 */
function carriedOn(a: IdentityNode, b: IdentityNode): boolean {
  const [early, late] = a.period < b.period ? [a, b] : [b, a];
  return early.current !== null && early.current === late.previous && nextPeriod(early.period) === late.period;
}

function compatible(a: IdentityNode, b: IdentityNode): boolean {
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  if (a.direction && b.direction && a.direction !== b.direction) return false;
  if (a.committee && b.committee && a.committee !== b.committee) return false;
  return true;
}

/** Group observations into measures; returns each observation's key and the links that made the groups. */
export function assignKeys(nodes: IdentityNode[], pins: Pin[] = []): IdentityResult {
  const sorted = [...nodes].sort((x, y) => x.order.localeCompare(y.order));
  const rank = new Map(sorted.map((n, i) => [n.id, i]));
  const parent = new Map<number, number>(sorted.map((n) => [n.id, n.id]));
  const members = new Map<number, IdentityNode[]>(sorted.map((n) => [n.id, [n]]));
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const unlinked = new Set(pins.filter((p) => p.kind === 'unlink').map((p) => `${Math.min(p.a, p.b)}:${Math.max(p.a, p.b)}`));
  const blocked = (ra: number, rb: number) => {
    const A = members.get(ra)!;
    const B = members.get(rb)!;
    const reports = new Set(A.map((n) => n.reportId));
    if (B.some((n) => reports.has(n.reportId))) return true;
    return A.some((x) => B.some((y) => unlinked.has(`${Math.min(x.id, y.id)}:${Math.max(x.id, y.id)}`)));
  };
  const links: IdentityLink[] = [];
  const union = (l: IdentityLink, force = false) => {
    const ra = find(l.a);
    const rb = find(l.b);
    if (ra === rb) return;
    if (!force && blocked(ra, rb)) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(drop, keep);
    members.set(keep, [...members.get(keep)!, ...members.get(drop)!]);
    members.delete(drop);
    links.push(l);
  };

  for (const p of pins) if (p.kind === 'link' && parent.has(p.a) && parent.has(p.b)) union({ a: p.a, b: p.b, method: 'pinned', score: 1 }, true);

  // Observations with the same identifier, title, description, unit and direction are one profile; the
  // same measure printed in many reports (or renditions) is compared once, so the work grows with the
  // number of distinct profiles, not with the archive.
  const profiles = new Map<string, IdentityNode[]>();
  for (const n of sorted) {
    const sig = JSON.stringify([normId(n.reportedId ?? n.printedId), norm(n.title), norm(n.description), n.unit, n.direction, n.committee]);
    profiles.set(sig, [...(profiles.get(sig) ?? []), n]);
  }
  const candidates: IdentityLink[] = [];
  for (const group of profiles.values()) {
    for (let k = 1; k < group.length; k++) {
      candidates.push({ a: group[0].id, b: group[k].id, method: group[0].reportedId ?? group[0].printedId ? 'identifier' : group[0].title ? 'title' : 'description', score: 3 });
    }
  }
  // Candidate links between profiles, scored, strongest first; ties broken by content order, never ingest order.
  // Everything a pair's test needs of one profile is worked out once per profile, not once per pair.
  const reps = [...profiles.values()].map((g) => g[0]);
  const rep = reps.map((n) => ({ id: normId(n.reportedId ?? n.printedId), t: termVector(terms(n.title ?? '')), c: termVector(contentTerms(n.title ?? '')), d: terms(n.description ?? ''), range: valueRange(n) }));
  const dv = rep.map((r) => (r.d.length >= 8 ? termVector(r.d) : null));
  for (let i = 0; i < reps.length; i++) {
    for (let j = i + 1; j < reps.length; j++) {
      const a = reps[i];
      const b = reps[j];
      if (a.reportId === b.reportId || !compatible(a, b) || !continuous(rep[i].range, rep[j].range)) continue;
      const idA = rep[i].id;
      // A pair's title similarity, when both have titles; its cosine part is the titles' term cosine.
      const titled = Boolean(a.title && b.title);
      if (idA && idA === rep[j].id) {
        const titleSim = titled ? titleSimilarity(a.title!, b.title!) : 0;
        // Titles of one measure renamed still share what they count ('Library visits', 'Number of visitors to
        // libraries'); letters alike, or only 'Percentage of', are two measures ('… household waste recycled',
        // '… land with unacceptable litter').
        if (!titled || (titleSim >= 0.5 && (titleSim >= 0.75 || vectorCosine(rep[i].c, rep[j].c) >= 0.3))) {
          candidates.push({ a: a.id, b: b.id, method: 'identifier', score: 2 + titleSim });
          continue;
        }
      }
      // A title link needs the titles' term cosine at 0.75 or more, so Jaro-Winkler is worked out only then.
      if (titled && vectorCosine(rep[i].t, rep[j].t) >= 0.75) {
        const titleSim = titleSimilarity(a.title!, b.title!);
        if (titleSim >= 0.86) {
          candidates.push({ a: a.id, b: b.id, method: 'title', score: 1 + titleSim });
          continue;
        }
      }
      // Reworded more freely ('Percentage of household waste sent for reuse, recycling and composting', '% of
      // household waste reused, recycled or composted'): one measure where the next quarter carries its figure on.
      if (titled && carriedOn(a, b) && vectorCosine(rep[i].c, rep[j].c) >= 0.6) {
        const titleSim = titleSimilarity(a.title!, b.title!);
        if (titleSim >= 0.6) {
          candidates.push({ a: a.id, b: b.id, method: 'title', score: 1 + titleSim * 0.9 });
          continue;
        }
      }
      const da = dv[i];
      const db = dv[j];
      if (da && db) {
        const descSim = vectorCosine(da, db);
        if (descSim >= 0.8) candidates.push({ a: a.id, b: b.id, method: 'description', score: descSim });
      }
    }
  }
  candidates.sort((x, y) => y.score - x.score || rank.get(x.a)! - rank.get(y.a)! || rank.get(x.b)! - rank.get(y.b)!);
  for (const c of candidates) union(c);

  // Name each group after its latest printed identifier (or title); collisions get a suffix.
  const keyOf = new Map<number, string>();
  const used = new Map<string, number>();
  const groups = [...members.values()]
    .map((g) => [...g].sort((x, y) => x.order.localeCompare(y.order)))
    .sort((x, y) => x[0].order.localeCompare(y[0].order));
  for (const group of groups) {
    const root = rank.get(group[0].id)!;
    const named = [...group].reverse().find((n) => n.printedId) ?? [...group].reverse().find((n) => n.reportedId);
    const title = [...group].reverse().find((n) => n.title)?.title;
    const described = group.find((n) => n.description)?.description;
    let base = slug(named?.printedId ?? named?.reportedId ?? title ?? (described ? `unidentified ${described.split(/\s+/).slice(0, 8).join(' ')}` : `unidentified-${root}`));
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    if (n > 1) base = `${base}-${n}`;
    for (const m of group) keyOf.set(m.id, base);
  }
  return { keyOf, links };
}

/** 'CoSMIC 003' → 'cosmic-003'. */
export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'indicator';
}

