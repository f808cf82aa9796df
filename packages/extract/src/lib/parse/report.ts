/**
 * Blocks → report: cards, scorecard, RAG summary, RAG key, narrative claims and the report's
 * identity (committee, period evidence, kind). Format-independent: it only reads blocks.
 */
import { arrowKey } from './arrow-key';
import { taughtRatings } from './key-words';
import type { Block, Card, ChartBlockRef, Provenance, Rag, RagKeyEntry, ReportKind, ScorecardRow, SummaryCount, NarrativeClaim } from '../schema';
import { toItems, type Item } from './items';
import { assembleCard } from './cards';
import { fragments, type Fragment } from './fragments';
import { withProfile, type Profile } from '../lexicon';
import { isOwnValueTable, readKeyTable, readRagKeyText, readScorecard, tableKind, valueHeaderRoles } from './tables';
import { readSummaryTable, summaryFromLines } from './summary';
import { readClaims } from './claims';
import { tablePairs } from './pairs';
import { findCommittee } from './committee';
import { periodEvidence, type PeriodEvidence } from './period-evidence';

export type { PeriodEvidence } from './period-evidence';

/** What the parser found, before periods are resolved by the normalise stage. */
export interface ParsedReport {
  committee: string | null;
  kind: ReportKind;
  producedOn: string | null;
  periodEvidence: PeriodEvidence[];
  cards: Card[];
  scorecard: ScorecardRow[];
  summary: SummaryCount[];
  ragKey: RagKeyEntry[];
  claims: NarrativeClaim[];
  charts: ChartBlockRef[];
  /** What the paper's key says its arrows show: the figure's movement ('▲ figure has gone up') or performance ('↑ improved'); null without a key. */
  arrowKey?: 'movement' | 'performance' | null;
  /** Status words the paper's key defines that the vocabulary lacks ('ok' → Green), by word in lower case. */
  ratingWords?: Record<string, Rag>;
}

const KEY_START = /^(?:rag\s+)?key:?$|^data item\s+explanation$/i;

/** The structures found in a document before cards are built: items, tables read, fragments. */
export interface Structure {
  blocks: Block[];
  items: Item[];
  /** Item positions that belong to a scorecard, summary, key or key section (never part of a card). */
  skip: Set<number>;
  scorecard: ScorecardRow[];
  summary: SummaryCount[];
  ragKey: RagKeyEntry[];
  fragments: Fragment[];
}

/** Blocks → items, the paper's tables read, and the item stream cut into card candidates. */
export function structure(input: Block[]): Structure {
  const blocks = joinSplitTables(input);
  const items = toItems(blocks);
  const skip = new Set<number>();
  const scorecard: ScorecardRow[] = [];
  const summary: SummaryCount[] = [];
  const ragKey: RagKeyEntry[] = [];

  items.forEach((it, pos) => {
    if (it.kind !== 'table' || !it.rows) return;
    const kind = tableKind(it.rows);
    if (kind === 'value') return;
    if (kind === 'scorecard') {
      const rows = readScorecard(it.rows, it.prov);
      // A one-row scorecard under a card's identified heading is the card's own value table.
      if (rows.length === 1 && items[pos - 1]?.cls.type === 'heading') return isOwnValueTable(it.rows);
      skip.add(pos);
      scorecard.push(...rows);
      return;
    }
    // A box of the card's text ('Commentary' and its text in a table of their own) belongs to the card.
    if (kind === 'other' && tablePairs(it.rows, it.prov).sections.length) return;
    skip.add(pos);
    if (kind === 'summary') summary.push(...(readSummaryTable(it.rows, it.prov) ?? []));
    else if (kind === 'key') ragKey.push(...readKeyTable(it.rows, it.prov));
  });
  markKeySection(items, skip);
  summary.push(...summaryFromLines(items, skip));
  if (!ragKey.length) {
    for (const block of blocks) {
      if (block.kind === 'paragraph' || block.kind === 'list-item') ragKey.push(...readRagKeyText(block.text.replace(/\n(?!\s*[•·▪●])/g, ' '), block.prov));
    }
  }
  return { blocks, items, skip, scorecard, summary, ragKey, fragments: fragments(items, skip) };
}

/** Parse a document's blocks into a report; a profile extends the vocabulary. */
export function parseBlocks(input: Block[], profile: Profile | null = null): ParsedReport {
  return withProfile(profile, () => parseStructure(structure(input)));
}

function parseStructure(found: Structure): ParsedReport {
  const { blocks, items, scorecard, summary, ragKey } = found;
  const cards: Card[] = [];
  let chartRuns = 0;
  for (const f of found.fragments) {
    const built = assembleCard(items, f);
    if (built) {
      cards.push(built.card);
      if (built.card.notes.includes('chart:text')) chartRuns++;
    }
  }

  const charts: ChartBlockRef[] = blocks
    .filter((b) => b.kind === 'chart' && b.chart)
    .map((b) => ({ title: b.chart!.title, series: b.chart!.series, prov: b.prov, card: cardIndexAt(cards, b.prov) }));

  const claims = readClaims(items, cards.length > 0);
  const all = items.map((i) => i.text).join(' ');
  // A line per paragraph and per table row: the period evidence weighs a row's periods together.
  const head = items.slice(0, 40).map((i) => itemText(i, ' ', '\n')).join('\n');
  const kind = decideKind(cards, scorecard, summary, charts.length + chartRuns, all);
  return {
    committee: findCommittee(blocks.slice(0, 40)),
    kind,
    producedOn: /produced\s+on:?\s*(\d{1,2}\s+[A-Za-z]+\s+\d{4})/i.exec(all)?.[1] ?? null,
    // A running header or footer is no card's text, but may be all that names the period ('Performance Report Q2 2024/25').
    periodEvidence: periodEvidence(items, head, [all, ...blocks.filter((b) => b.role !== 'content').map((b) => b.text)].join(' '), cards, [...scorecard, ...cards].map((k) => k.currentLabel ?? null)),
    cards,
    scorecard,
    summary,
    ragKey,
    claims,
    charts,
    arrowKey: arrowKey(items.map((i) => itemText(i, ' | ', '\n'))),
    // A key table's rows ('OK | On target') read as one line of entries.
    ratingWords: taughtRatings(items.map((i) => itemText(i, ' = ', '; '))),
  };
}

/** An item as text: a table's cells and rows joined by the separators given, other items' own text. */
function itemText(item: Item, cells: string, rows: string): string {
  return item.rows ? item.rows.map((r) => r.filter(Boolean).join(cells)).join(rows) : item.text;
}

/**
 * A table broken by a page break arrives as two tables: a heading row alone and then its values, or the
 * same heading row repeated. Join them so the grid is whole again.
 */
export function joinSplitTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    // A row broken across a page: its last lines finish the previous table's last row (page furniture between).
    if (b.kind === 'table' && b.continuesRow && b.rows && b.rows.length >= 2) {
      const at = out.findLastIndex((x) => x.role === 'content');
      const before = out[at];
      if (before?.kind === 'table' && before.rows && before.rows[0]?.length === b.rows[0].length) {
        const last = before.rows[before.rows.length - 1];
        const joined = last.map((cell, i) => [cell, b.rows![1][i] ?? ''].filter(Boolean).join(' '));
        out[at] = { ...before, rows: [...before.rows.slice(0, -1), joined] };
        if (b.rows.length > 2) out.push({ ...b, rows: [b.rows[0], ...b.rows.slice(2)], continuesRow: false });
        continue;
      }
    }
    const prev = out[out.length - 1];
    if (b.kind === 'table' && prev?.kind === 'table' && prev.rows && b.rows && prev.rows[0]?.length === b.rows[0]?.length) {
      const same = (x: string[], y: string[]) => x.join('|').toLowerCase() === y.join('|').toLowerCase();
      const headerOnly = prev.rows.length === 1 && valueHeaderRoles(prev.rows[0]) !== null && valueHeaderRoles(b.rows[0]) === null;
      // Values keep the place they were printed: a heading-only table lends its heading to the next one;
      // a repeated heading is joined only where there are no pages to cite (paged formats keep both tables).
      if (headerOnly) {
        out[out.length - 1] = { ...b, rows: [prev.rows[0], ...b.rows] };
        continue;
      }
      if (same(prev.rows[0], b.rows[0]) && prev.prov.page === null) {
        out[out.length - 1] = { ...prev, rows: [...prev.rows, ...b.rows.slice(1)] };
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

function cardIndexAt(cards: Card[], at: Provenance): number | null {
  if (at.page === null) return null;
  const i = cards.findIndex((c) => c.start.page === at.page);
  return i >= 0 ? i : null;
}

/** Skip the 'Key' section's explanations (they use the card labels) and read its RAG definitions. */
function markKeySection(items: Item[], skip: Set<number>) {
  const start = items.findIndex((it) => KEY_START.test(it.text.trim()));
  if (start < 0) return;
  for (let p = start; p < items.length; p++) {
    const it = items[p];
    const c = it.cls.type;
    if (p > start && (c === 'heading' || c === 'header' || (it.kind === 'table' && !skip.has(p)) || it.kind === 'heading')) break;
    if (it.kind === 'table' && p > start && skip.has(p) && tableKind(it.rows ?? []) !== 'key') break;
    skip.add(p);
  }
}

function decideKind(cards: Card[], scorecard: ScorecardRow[], summary: SummaryCount[], charts: number, all: string): ReportKind {
  // A scorecard alone (its rows become the observations) is still a scorecard report, not a cover.
  if (scorecard.length) return 'scorecard-and-cards';
  if (!cards.length) return 'cover';
  if (charts > 0 || /\bdashboard\b/i.test(all.slice(0, 400))) return 'dashboard';
  if (summary.length && cards.length < 3) return 'cover';
  return 'appendix';
}
