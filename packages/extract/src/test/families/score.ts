/**
 * Test support: run the real pipeline (blocksFromBytes → parseBlocks, the package's public entry) on a
 * generated file and score it against the truth: cards found and spurious, then field by field.
 * Cards match by title, then (titles missing or wrong) by the most agreeing fields, earliest first.
 * Values are compared as printed (whitespace and case folded only; '1,234' is not '1234'); RAGs as
 * the canonical word (a printed 'G' or 'GREEN' is Green), since the card keeps the printed text.
 */
import { ragWord } from '../../lib/vocabulary';
import { blocksFromBytes, cardOfScorecardRow, parseBlocks, type Card, type Format, type ParsedReport } from '../../index';
import type { CardModel, RagName, ReportModel } from './model';
import type { Family } from './families/common';

export const FIELDS = ['printedId', 'title', 'target', 'floor', 'floorLabel', 'current', 'previous', 'previousRag', 'direction', 'change', 'rag', 'description', 'commentary', 'pathToGreen', 'actions', 'summary', 'committee'] as const;
export type Field = (typeof FIELDS)[number];

export interface Score {
  cards: number;
  found: number;
  spurious: number;
  fields: Record<Field, { right: number; total: number }>;
  /** The first few wrong fields, 'card 2 current: want "94%" got "94"', to show what went wrong. */
  misses: string[];
  error: string | null;
}

/** What a paper in this family prints: the model with the fields the family never prints set to null. */
export function truthOf(model: ReportModel, family: Family): ReportModel {
  const omit = new Set(family.omits ?? []);
  const cards = model.cards.map((c): CardModel => ({
    ...c,
    floor: omit.has('floor') ? null : c.floor,
    previousRag: omit.has('previousRag') ? null : c.previousRag,
    directionText: omit.has('directionText') ? null : c.directionText,
    change: omit.has('change') ? null : c.change,
    description: omit.has('description') ? null : c.description,
    commentary: omit.has('commentary') ? null : c.commentary,
    pathToGreen: omit.has('pathToGreen') ? null : c.pathToGreen,
    actions: omit.has('actions') ? null : c.actions,
  }));
  return { ...model, cards };
}

export function emptyScore(): Score {
  return { cards: 0, found: 0, spurious: 0, fields: Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Score['fields'], misses: [], error: null };
}

/** Sum of scores (for a family over seeds, or over all families). */
export function addScore(a: Score, b: Score): Score {
  const out = emptyScore();
  out.cards = a.cards + b.cards;
  out.found = a.found + b.found;
  out.spurious = a.spurious + b.spurious;
  for (const f of FIELDS) out.fields[f] = { right: a.fields[f].right + b.fields[f].right, total: a.fields[f].total + b.fields[f].total };
  out.misses = [...a.misses, ...b.misses];
  out.error = a.error ?? b.error;
  return out;
}

/** Fields right over fields scored, all fields together. */
export function fieldRatio(s: Score): { right: number; total: number } {
  return FIELDS.reduce((acc, f) => ({ right: acc.right + s.fields[f].right, total: acc.total + s.fields[f].total }), { right: 0, total: 0 });
}

/** Read the file bytes through the pipeline and score the result. */
export async function scoreFile(name: string, format: Format, bytes: Uint8Array, truth: ReportModel): Promise<Score> {
  try {
    const doc = await blocksFromBytes(name, format, bytes);
    return scoreReport(parseBlocks(doc.blocks), truth);
  } catch (e) {
    const s = scoreReport(null, truth);
    s.error = (e as Error).message;
    return s;
  }
}

const fold = (s: string | null | undefined) => (s == null ? null : s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase());
const foldId = (s: string | null | undefined) => (s == null ? null : s.replace(/[\s\-–]+/g, '').toLowerCase());
const RAG_LETTERS: Record<string, RagName> = { g: 'Green', a: 'Amber', r: 'Red', b: 'Blue' };
/** A printed RAG as its canonical word: 'G' → Green, 'AMBER' → Amber; null if it is not a RAG. */
export function canonicalRag(raw: string | null | undefined): string | null {
  const t = fold(raw);
  if (!t) return null;
  // A cell shown by colour alone is read as the extractor writes it ('■ #ff0000'): its rating is the colour's.
  if (/^■ #[0-9a-f]{6}$/i.test(raw!.trim())) return ragWord(raw!.trim());
  if (RAG_LETTERS[t]) return RAG_LETTERS[t];
  return t.charAt(0).toUpperCase() + t.slice(1);
}
/** A printed count as a number: '-' and '–' are zero; null if not a count. */
const countOf = (raw: string | null | undefined) => (raw == null ? null : /^[-–—]$/.test(raw.trim()) ? 0 : /^\d[\d,]*$/.test(raw.trim()) ? Number(raw.replace(/,/g, '')) : null);

type Pick = [Field, string | null, string | null, (a: string | null, b: string | null) => boolean];
const same = (a: string | null, b: string | null) => fold(a) === fold(b);

function pairs(t: CardModel, g: Card | null): Pick[] {
  return [
    ['printedId', t.printedId, g?.printedId ?? null, (a, b) => foldId(a) === foldId(b)],
    ['title', t.title, g?.title ?? null, same],
    ['target', t.target, g?.target?.raw ?? null, same],
    ['floor', t.floor?.raw ?? null, g?.floor?.raw ?? null, same],
    ['floorLabel', t.floor?.label ?? null, g?.floorLabel ?? null, same],
    ['current', t.current, g?.current?.raw ?? null, same],
    ['previous', t.previous, g?.previous?.raw ?? null, same],
    ['previousRag', t.previousRag, g?.previousRag?.raw ?? null, (a, b) => canonicalRag(a) === canonicalRag(b)],
    ['direction', t.directionText, g?.direction?.raw ?? null, same],
    ['change', t.change, g?.change?.raw ?? null, same],
    ['rag', t.rag, g?.rag?.raw ?? null, (a, b) => canonicalRag(a) === canonicalRag(b)],
    ['description', t.description, g?.description ?? null, same],
    ['commentary', t.commentary, g?.commentary ?? null, same],
    ['pathToGreen', t.pathToGreen, g?.pathToGreen ?? null, same],
    ['actions', t.actions, g?.actions ?? null, same],
  ];
}

/** Match extracted cards to truth cards (by title, then by most agreeing fields) and score every field. */
export function scoreReport(parsed: ParsedReport | null, truth: ReportModel): Score {
  const s = emptyScore();
  // A paper with no cards reports its KPIs as scorecard rows: those are what the archive keeps.
  const got = parsed?.cards.length ? parsed.cards : (parsed?.scorecard ?? []).map(cardOfScorecardRow);
  s.cards = truth.cards.length;
  const match = new Map<number, number>();
  const used = new Set<number>();
  truth.cards.forEach((t, i) => {
    const j = got.findIndex((g, k) => !used.has(k) && fold(g.title) === fold(t.title));
    if (j >= 0) (match.set(i, j), used.add(j));
  });
  // Then the remaining pairs in order of how many fields agree (earliest first on a tie), so one missed
  // card does not shift every later card onto its neighbour's figures.
  const candidates: [number, number, number][] = [];
  truth.cards.forEach((t, i) => {
    if (match.has(i)) return;
    got.forEach((g, k) => {
      if (used.has(k)) return;
      const agree = pairs(t, g).filter(([, want, have, eq]) => want !== null && eq(want, have)).length;
      if (agree > 0) candidates.push([agree, i, k]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, k] of candidates) if (!match.has(i) && !used.has(k)) (match.set(i, k), used.add(k));
  truth.cards.forEach((t, i) => {
    const g = match.has(i) ? got[match.get(i)!] : null;
    const fields = pairs(t, g);
    // A card matched only by order counts as found when its title or current value is right.
    if (g && (same(t.title, g.title) || (t.current !== null && same(t.current, g.current?.raw ?? null)))) s.found++;
    for (const [f, want, have, eq] of fields) {
      if (want === null && have === null) continue;
      s.fields[f].total++;
      if (g && eq(want, have)) s.fields[f].right++;
      else if (s.misses.length < 12) s.misses.push(`card ${i + 1} ${f}: want ${JSON.stringify(want)} got ${g ? JSON.stringify(have) : '(no card)'}`);
    }
  });
  s.spurious = got.length - used.size + [...match.entries()].filter(([i, j]) => !(same(truth.cards[i].title, got[j].title) || same(truth.cards[i].current, got[j].current?.raw ?? null))).length;
  s.fields.committee.total++;
  if (parsed?.committee === truth.committee) s.fields.committee.right++;
  else if (s.misses.length < 12) s.misses.push(`committee: want ${JSON.stringify(truth.committee)} got ${JSON.stringify(parsed?.committee ?? null)}`);
  for (const want of truth.summary ?? []) {
    s.fields.summary.total++;
    const have = parsed?.summary.find((x) => canonicalRag(x.status) === want.status);
    if (have && countOf(have.count?.raw) === want.count) s.fields.summary.right++;
    else if (s.misses.length < 12) s.misses.push(`summary ${want.status}: want ${want.count} got ${have ? JSON.stringify(have.count?.raw) : '(none)'}`);
  }
  return s;
}
