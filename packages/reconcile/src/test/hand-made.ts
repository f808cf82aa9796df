/**
 * Test support: small hand-made archives for rule tests. Cards are written as their printed text
 * (`current: '82%'`); the numbers are parsed by normalise, as an ingest would.
 */
import { prov, type NarrativeClaim, type Provenance } from '@kpi/extract';
import { parseChange, parseDirection, parseRag, parseValue, type Observation } from '@kpi/normalise';
import type { ArchiveObservation, ArchivePoint, ArchiveReport } from '../lib/archive';
import type { RuleContext } from '../lib/rules/finding';

/** A card as printed: raw strings for the values; anything else of an Observation may be given as is. */
export interface CardText extends Partial<Omit<Observation, 'target' | 'current' | 'previous' | 'floor'>> {
  id?: string;
  target?: string;
  current?: string;
  previous?: string;
  /** A second threshold as printed, with its label: ['Floor', '75%']. */
  floor?: [string, string];
  direction?: 'higher' | 'lower';
}

/** One observation from a card's printed text; `where` records a page per field so sources can be checked. */
export function observation(c: CardText): Observation {
  const { id, target, current, previous, floor, rag, ...rest } = c;
  const page = rest.sourcePage ?? 1;
  const at = (line: number): Provenance => prov({ page, line: { start: line, end: line } });
  return {
    origin: 'card',
    printedId: id ?? null,
    reportedId: id ?? null,
    reportedIdSource: id ? 'printed' : null,
    title: null,
    targetLabel: 'Target',
    target: parseValue(target ?? null),
    directionRaw: rest.direction ? `${rest.direction === 'higher' ? 'Higher' : 'Lower'} is better` : null,
    direction: rest.direction ?? parseDirection(rest.directionRaw),
    current: parseValue(current ?? null),
    previous: parseValue(previous ?? null),
    unit: parseValue(current ?? target ?? null).unit,
    periodBasis: 'quarter',
    currentLabel: 'Current Quarter',
    changeRaw: null,
    change: rest.changeRaw ? parseChange(rest.changeRaw) : null,
    ragRaw: rag ?? null,
    rag: parseRag(rag ?? null),
    floorLabel: floor?.[0] ?? null,
    floor: parseValue(floor?.[1] ?? null),
    previousRagRaw: null,
    previousRag: null,
    description: null,
    commentary: null,
    pathToGreen: null,
    actions: null,
    usefulLinks: null,
    dated: null,
    sourcePage: page,
    sourceRef: `p. ${page}`,
    confidence: 0.9,
    notes: [],
    where: { heading: at(1), target: at(2), current: at(3), previous: at(4), change: at(5), rag: at(6), ...(floor ? { floor: at(7) } : {}) },
    scorecard: null,
    ...rest,
  };
}

/** A report as printed: period, committee, cards and whatever cover parts the test needs. */
export interface ReportText {
  file: string;
  year?: string | null;
  quarter?: number | null;
  committee?: string | null;
  kind?: string;
  cards?: CardText[];
  claims?: NarrativeClaim[];
  summary?: ArchiveReport['summary'];
  ragKey?: ArchiveReport['ragKey'];
}

/** A hand-made archive and the context a rule sees; keys are the lower-cased identifiers unless given. */
export interface HandMade {
  observations: ArchiveObservation[];
  reports: ArchiveReport[];
  ctx: RuleContext;
}

/** Build an archive from reports, ids in the order given; `keys` maps identifiers to one indicator key. */
export function archive(reports: ReportText[], options: { points?: ArchivePoint[]; keys?: Record<string, string> } = {}): HandMade {
  const observations: ArchiveObservation[] = [];
  const out: ArchiveReport[] = [];
  reports.forEach((r, i) => {
    const reportId = i + 1;
    const base = { documentSha: `sha-${reportId}`, fileName: r.file, committee: r.committee ?? 'Example Committee', fiscalYear: r.year === undefined ? '2024/25' : r.year, quarter: r.quarter === undefined ? 2 : r.quarter, kind: r.kind ?? 'scorecard-and-cards' };
    out.push({ reportId, ...base, committeeSource: 'printed', claims: r.claims ?? [], summary: r.summary ?? [], ragKey: r.ragKey ?? [] });
    (r.cards ?? []).forEach((c, position) => observations.push({ observationId: observations.length + 1, reportId, position, ...base, observation: observation(c) }));
  });
  const idOf = (o: ArchiveObservation) => o.observation.reportedId ?? o.observation.printedId;
  const keyOf = new Map<number, string>();
  for (const o of observations) {
    const id = idOf(o);
    if (id) keyOf.set(o.observationId, options.keys?.[id] ?? id.toLowerCase().replace(/\s+/g, '-'));
  }
  const committees = new Map(out.map((r) => [r.reportId, r.committee]));
  return { observations, reports: out, ctx: { observations, reports: out, points: options.points, keyOf, idOf, committeeOf: (id) => committees.get(id) ?? null } };
}

/** A narrative claim as the parser would give it. */
export function claim(c: Partial<NarrativeClaim> & Pick<NarrativeClaim, 'kind' | 'text'>): NarrativeClaim {
  return { count: null, status: null, fromStatus: null, items: [], prov: prov({ page: 1, line: { start: 10, end: 10 } }), ...c };
}

/** An item listed under a claim. */
export const item = (printedId: string | null, title: string, commentary: string | null = null): NarrativeClaim['items'][number] => ({ printedId, title, commentary, prov: prov({ page: 1, line: { start: 11, end: 11 } }) });
