/** Cards (and scorecard rows) → observations: values parsed, scorecard rows matched, headless cards named. */
import { cardOfScorecardRow, describeProv, escapeRegExp, type Card, type ParsedReport, type ScorecardRow } from '@kpi/extract';
import type { NormalisedReport, Observation } from './model';
import { parseChange, parseDirection, parseRag, parseValue } from './value';
import { inUnit, unitOf } from './units';
import { readInContext } from './in-context';
import { isoDate, resolvePeriod } from './period';
import { titleSimilarity } from './similarity';
import { chartValues, summaryRows } from './figures';

/** Resolve a parsed report's period and turn its cards into observations. */
export function normaliseReport(parsed: ParsedReport): NormalisedReport {
  const period = resolvePeriod(parsed.periodEvidence);
  const observations = parsed.cards.map(fromCard);
  matchScorecard(observations, parsed.scorecard);
  if (parsed.arrowKey === 'movement') for (const o of observations) readArrowsAsMovement(o);
  if (parsed.arrowKey === 'performance') for (const o of observations) o.notes.push(ARROWS_PERFORMANCE_NOTE);
  if (parsed.ratingWords && Object.keys(parsed.ratingWords).length) for (const o of observations) readKeyWords(o, parsed.ratingWords);
  if (parsed.ragKey.length >= 2) for (const o of observations) readByKeyDefinitions(o, parsed.ragKey);
  return {
    meta: {
      committee: parsed.committee,
      fiscalYear: period.fiscalYear,
      quarter: period.quarter,
      periodStart: period.periodStart,
      periodEnd: period.periodEnd,
      kind: parsed.kind,
      producedOn: isoDate(parsed.producedOn),
      periodSource: period.source,
    },
    observations,
    summary: summaryRows(parsed.summary),
    ragKey: parsed.ragKey,
    claims: parsed.claims,
    charts: chartValues(parsed.charts),
  };
}

/** The note on every observation of a paper whose key says arrows show the figure's movement (rules read it too). */
export const ARROWS_MOVEMENT_NOTE = 'arrows:movement';

/** The note on every observation of a paper whose key says arrows show performance ('↑ improved'): an arrow is no movement. */
export const ARROWS_PERFORMANCE_NOTE = 'arrows:performance';

/** A paper whose arrows show the figure's movement: the change is improving where it moved the better way. */
function readArrowsAsMovement(o: Observation): void {
  o.notes.push(ARROWS_MOVEMENT_NOTE);
  o.change = parseChange(o.changeRaw, { direction: o.direction });
}

/** The note on an observation whose second threshold is a margin round the target ('Tolerance | 5 days' by 'Target | 28'). */
export const FLOOR_MARGIN_NOTE = 'floor:margin';

/**
 * A second threshold that is a margin round the target, not a level: printed with ± or a sign, or a tolerance
 * under half the target's size ('Tolerance: 5 days' by a target of 28); a floor, minimum or intervention level
 * is a level however far below the target it stands.
 */
function isMargin(target: number | null, floor: number | null, floorRaw: string | null, label: string | null): boolean {
  if (floorRaw && /^\s*(?:±|\+\s*\/?\s*-|\+)/.test(floorRaw)) return true;
  return /\btolerance\b/i.test(label ?? '') && target !== null && floor !== null && target !== 0 && Math.abs(floor) < Math.abs(target) / 2;
}

/** Ratings in the words the paper's key defines ('Warning' where 'Warning = within tolerance'): noted, as they are the paper's. */
function readKeyWords(o: Observation, words: Record<string, string>): void {
  const taught = (raw: string | null) => (raw ? (words[raw.trim().toLowerCase()] ?? null) : null);
  const rag = o.rag ?? taught(o.ragRaw);
  const previousRag = o.previousRag ?? taught(o.previousRagRaw);
  if (rag === o.rag && previousRag === o.previousRag) return;
  Object.assign(o, { rag, previousRag });
  o.notes.push('rag:from-key');
}

/**
 * A rating word the vocabulary gives a status the paper's key does not have ('Exceeded', Blue by the vocabulary,
 * where the key has no Blue and says 'Green – target met or exceeded'): the status whose definition uses the word.
 */
function readByKeyDefinitions(o: Observation, key: { status: string; definition: string }[]): void {
  const statuses = new Set(key.map((k) => k.status));
  const redefine = (rag: string | null, raw: string | null) => {
    const word = raw?.trim();
    if (!rag || !word || statuses.has(rag) || word.toLowerCase() === rag.toLowerCase()) return rag;
    // The word as the definition affirms it, not denied ('unlikely to be completed', 'not met').
    const pattern = new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i');
    const denied = new RegExp(`\\b(?:not|unlikely|never|no|fails?\\s+to|yet\\s+to)\\b[^.;,]*\\b${escapeRegExp(word)}\\b`, 'i');
    const defining = key.filter((k) => pattern.test(k.definition) && !denied.test(k.definition));
    return defining.length === 1 ? defining[0].status : rag;
  };
  const rag = redefine(o.rag, o.ragRaw);
  const previousRag = redefine(o.previousRag, o.previousRagRaw);
  if (rag === o.rag && previousRag === o.previousRag) return;
  Object.assign(o, { rag, previousRag });
  o.notes.push('rag:from-key');
}

/** The direction a second threshold implies: the floor sits on the bad side of the target. */
export function directionFromFloor(target: number | null, floor: number | null): 'higher' | 'lower' | null {
  if (target === null || floor === null || target === floor) return null;
  return floor < target ? 'higher' : 'lower';
}

function fromCard(card: Card): Observation {
  // The value columns' headings say a unit too ('Current (£000)', 'Actual (mins)').
  const labels = [card.currentLabel, card.targetLabel];
  const printedValues = readInContext([card.target, card.current, card.previous, card.floor].map((c) => parseValue(c?.raw)), card.title, labels);
  // The current value's unit first: a target in weeks and figures in days are counted in days.
  const unit = unitOf([printedValues[1], printedValues[2], printedValues[0]], card.title, labels);
  const [target, current, previous, floor] = printedValues.map((v) => inUnit(v, unit, card.title, labels));
  const printed = parseDirection(card.direction?.raw);
  // No direction printed: a floor below the target means higher is better, above it lower is better.
  // A margin round the target (a tolerance of '5 days') says no direction.
  const margin = card.floor !== null && isMargin(target.value, floor.value, card.floor.raw, card.floorLabel);
  const deduced = printed ?? (margin ? null : directionFromFloor(target.value, floor.value));
  return {
    origin: 'card',
    printedId: card.printedId,
    reportedId: card.printedId,
    reportedIdSource: card.printedId ? 'printed' : null,
    title: card.title,
    targetLabel: card.targetLabel,
    target,
    directionRaw: card.direction?.raw ?? null,
    direction: deduced,
    current,
    previous,
    unit,
    periodBasis: card.periodBasis,
    currentLabel: card.currentLabel,
    changeRaw: card.change?.raw ?? null,
    // A movement in words ('Up', 'Down') reads by the KPI's direction.
    change: parseChange(card.change?.raw, undefined, deduced),
    ragRaw: card.rag?.raw ?? null,
    rag: parseRag(card.rag?.raw),
    floorLabel: card.floor ? card.floorLabel : null,
    floor,
    previousRagRaw: card.previousRag?.raw ?? null,
    previousRag: parseRag(card.previousRag?.raw),
    description: card.description,
    commentary: card.commentary,
    pathToGreen: card.pathToGreen,
    actions: card.actions,
    usefulLinks: card.usefulLinks,
    dated: card.dated,
    sourcePage: card.start.page,
    sourceRef: describeProv(card.start),
    confidence: card.confidence,
    notes: [...card.notes, ...(printed === null && deduced !== null ? ['direction:from-floor'] : []), ...(margin ? [FLOOR_MARGIN_NOTE] : [])],
    where: {
      target: card.target?.prov,
      direction: card.direction?.prov,
      current: card.current?.prov,
      previous: card.previous?.prov,
      change: card.change?.prov,
      rag: card.rag?.prov,
      floor: card.floor?.prov,
      previousRag: card.previousRag?.prov,
      heading: card.printedId ? card.start : undefined,
    },
    scorecard: null,
  };
}

function fromScorecard(row: ScorecardRow): Observation {
  const obs = fromCard(cardOfScorecardRow(row));
  return { ...obs, origin: 'scorecard', reportedIdSource: row.printedId ? 'printed' : null, scorecard: row };
}

const sameNumber = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) < 1e-9;

/** How well a scorecard row fits a card: equal printed figures, and the title when both have one. */
function fit(obs: Observation, row: ScorecardRow): number {
  let score = 0;
  for (const [v, raw] of [
    [obs.target, row.target?.raw],
    [obs.current, row.current?.raw],
    [obs.previous, row.previous?.raw],
  ] as const) {
    const r = parseValue(raw);
    if (sameNumber(v.value, r.value)) score += 1;
    else if (v.value === null && r.value === null && v.raw && r.raw && v.raw.toLowerCase() === r.raw.toLowerCase()) score += 0.5;
  }
  if (obs.title) score += 2 * titleSimilarity(obs.title, row.title);
  return score;
}

/**
 * Pair cards with scorecard rows: by printed identifier first, then headless cards by figures
 * (a unique best fit with at least two equal figures). Rows left over become observations of their own.
 */
export function matchScorecard(observations: Observation[], rows: ScorecardRow[]): void {
  const free = new Set(rows);
  for (const obs of observations) {
    const row = obs.printedId ? [...free].find((r) => r.printedId && r.printedId.toLowerCase() === obs.printedId!.toLowerCase()) : undefined;
    if (row) {
      obs.scorecard = row;
      free.delete(row);
    }
  }
  const pairs: { obs: Observation; row: ScorecardRow; score: number }[] = [];
  for (const obs of observations.filter((o) => !o.scorecard && !o.printedId)) {
    for (const row of free) pairs.push({ obs, row, score: fit(obs, row) });
  }
  pairs.sort((a, b) => b.score - a.score);
  const taken = new Set<Observation>();
  for (const p of pairs) {
    if (p.score < 2 || taken.has(p.obs) || !free.has(p.row)) continue;
    const rival = pairs.find((q) => q.obs === p.obs && q.row !== p.row && free.has(q.row) && q.score === p.score);
    if (rival) continue;
    taken.add(p.obs);
    free.delete(p.row);
    p.obs.scorecard = p.row;
    p.obs.reportedId = p.row.printedId;
    p.obs.reportedIdSource = 'scorecard';
    p.obs.title ??= p.row.title;
    p.obs.notes.push('identified:scorecard');
    p.obs.confidence = Math.max(0.05, Number((p.obs.confidence - 0.05).toFixed(2)));
  }
  // Then by title: a table of ratings ('Indicator | Previous RAG | Latest RAG') names its KPIs as the cards do.
  const fold = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  for (const row of [...free]) {
    const same = observations.filter((o) => o.origin === 'card' && !o.scorecard && fold(o.title) === fold(row.title));
    if (same.length !== 1) continue;
    same[0].scorecard = row;
    free.delete(row);
  }
  // A row with no figure (ratings only) that matched no card adds nothing a card does not hold: kept only
  // where the paper has no cards.
  const cards = observations.some((o) => o.origin === 'card');
  for (const row of rows) if (free.has(row) && (!cards || row.target || row.current || row.previous)) observations.push(fromScorecard(row));
}
