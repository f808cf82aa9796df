/**
 * Tables of the paper family: what a table is (a card's value table, a scorecard, a RAG summary, the Key)
 * and a card's value table read. Columns are found by their headings, never by position alone; scorecards
 * are read in scorecard.ts, heading rows in value-headings.ts.
 */
import { prov as mkProv, type Cell, type Provenance, type RagKeyEntry } from '../schema';
import { fitsField, hasFigures, tablePairs } from './pairs';
import { vocabulary } from '../lexicon';
import { readSummaryTable } from './summary';
import { headerRoles, periodHeading, periodBasisOf, ragWord, type Role } from '../vocabulary';
import { cellProv, clean } from './cells';
import { rowRoles, valueHeaderRoles } from './value-headings';
import { scorecardLayout } from './scorecard';

export { valueHeaderRoles } from './value-headings';
export { cardOfScorecardRow, readScorecard, scorecardLayout, type ScorecardLayout } from './scorecard';

export interface ValueColumns {
  targetLabel: string | null;
  currentLabel: string | null;
  previousLabel: string | null;
  floorLabel?: string | null;
  cells: Partial<Record<Role, Cell>>;
  /** A 'RAG Rating' column printed in the same table, when there is one. */
  rag?: Cell | null;
}


/** A card's value table: a heading row over a value row. */
export function readValueTable(rows: string[][], base: Provenance): ValueColumns | null {
  for (let h = 0; h < rows.length; h++) {
    const roles = valueHeaderRoles(rows[h]);
    if (!roles) continue;
    const v = rows.slice(h + 1).findIndex((r) => r.some((c) => clean(c)));
    if (v < 0) return null;
    const valueRow = rows[h + 1 + v];
    const out: ValueColumns = { targetLabel: null, currentLabel: null, previousLabel: null, cells: {} };
    const ragCol = rows[h].findIndex((c) => /^(?:rag(?:\s+(?:rating|status))?|status|rating)$/i.test(clean(c)));
    if (ragCol >= 0 && clean(valueRow[ragCol] ?? '')) out.rag = { raw: clean(valueRow[ragCol]), prov: cellProv(base, h + 1 + v, ragCol) };
    rowRoles(roles, rows[h], valueRow).forEach((r, col) => {
      if (!r) return;
      const raw = clean(valueRow[col] ?? '');
      // A heading that may name several fields ('Aim': a direction or a target) takes the one its value fits.
      const candidates = headerRoles(clean(rows[h][col]))?.length === 1 ? vocabulary().fieldsOf(clean(rows[h][col])) : [];
      const role = candidates.length > 1 ? (candidates.find((f) => !out.cells[f] && fitsField(f, raw)) ?? r.role) : r.role;
      if (out.cells[role]) return;
      out.cells[role] = { raw, prov: cellProv(base, h + 1 + v, col) };
      r = { ...r, role };
      if (r.role === 'target') out.targetLabel = clean(rows[h][col]);
      if (r.role === 'current') out.currentLabel = clean(rows[h][col]);
      if (r.role === 'previous') out.previousLabel = clean(rows[h][col]);
      if (r.role === 'floor') out.floorLabel = clean(rows[h][col]);
    });
    return out;
  }
  // A vertical layout (label cells beside value cells) is read as label–value pairs (pairs.ts).
  return null;
}

/** The period basis of a value table's current column ('Current Quarter', or a period heading such as 'Q2 2024/25'). */
export function basisOf(cols: ValueColumns) {
  return periodBasisOf(cols.currentLabel) ?? periodBasisOf(cols.previousLabel) ?? (cols.currentLabel ? periodHeading(cols.currentLabel)?.basis ?? null : null);
}

export type TableKind = 'value' | 'scorecard' | 'summary' | 'key' | 'other';

const kinds = new WeakMap<string[][], { vocabulary: object; kind: TableKind }>();
const cardTables = new WeakSet<string[][]>();

/** A one-row scorecard right under a card's heading is that card's value table ('KPI 7: …' over 'Indicator | Target | Actual'). */
export function isOwnValueTable(rows: string[][]): void {
  cardTables.add(rows);
}

/** What a table is, from its headings (worked out once per table and vocabulary: the parser asks often). */
export function tableKind(rows: string[][]): TableKind {
  if (cardTables.has(rows)) return 'value';
  const known = kinds.get(rows);
  if (known && known.vocabulary === vocabulary()) return known.kind;
  const kind = kindOf(rows);
  kinds.set(rows, { vocabulary: vocabulary(), kind });
  return kind;
}

function kindOf(rows: string[][]): TableKind {
  const head = rows.slice(0, 3).map((r) => r.map(clean).join(' | ').toLowerCase());
  // A column of KPI names under figures' headings is a scorecard, even where its cells say 'N/A' or 'Baseline'.
  if (scorecardLayout(rows)) return 'scorecard';
  if (readSummaryTable(rows, mkProv())) return 'summary';
  if (head.some((h) => /data item|explanation/.test(h)) || isStatusKey(rows)) return 'key';
  if (rows.some((r) => valueHeaderRoles(r))) return 'value';
  if (readValueTable(rows, mkProv())) return 'value';
  const pairs = tablePairs(rows, mkProv()).pairs;
  if (hasFigures(pairs) || pairs.length >= 2 || (pairs.length === 1 && rows.length === 1)) return 'value';
  return 'other';
}

const KEY_ENTRY = /^(?:[•·▪●\-*]\s*)?(Red|Amber|Green|Blue|Baseline|Contextual|In\s+[Dd]evelopment|Suspended)\s*(?:[–—-]\s+|:\s*)(\S.*)$/;

/** RAG definitions ('Red – current performance is off target by more than 10%') in a piece of text. */
export function readRagKeyText(text: string, at: Provenance): RagKeyEntry[] {
  const parts = text.split(/\s*[•·▪●]\s+/).map(clean).filter(Boolean);
  const out: RagKeyEntry[] = [];
  for (const part of parts) {
    const m = KEY_ENTRY.exec(part);
    if (m) out.push({ status: ragWord(m[1]) ?? clean(m[1]), definition: clean(m[2]), prov: at });
  }
  return out;
}

/** The RAG definitions inside a Key table (the row whose first cell says 'RAG'). */
export function readKeyTable(rows: string[][], base: Provenance): RagKeyEntry[] {
  const out: RagKeyEntry[] = [];
  rows.forEach((row, r) => {
    // A two-column key: the status, then what it means ('Amber | Floor achieved but target not met').
    const status = ragWord(clean(row[0] ?? ''), true);
    if (status && isDefinition(row[1])) return void out.push({ status, definition: clean(row[1]), prov: cellProv(base, r, 1) });
    if (!/\brag\b/i.test(row[0] ?? '')) return;
    row.slice(1).forEach((cell, c) => out.push(...readRagKeyText(cell, cellProv(base, r, c + 1))));
  });
  return out;
}

/** A key's explanation of a status: words, not a count or a figure. */
const isDefinition = (cell: string | undefined) => !!cell && clean(cell).split(' ').length >= 3 && /[a-z]/i.test(cell);

/** Statuses down the first column, each explained in words beside it: the paper's RAG key. */
function isStatusKey(rows: string[][]): boolean {
  return rows.filter((r) => r.length >= 2 && ragWord(clean(r[0] ?? ''), true) && isDefinition(r[1])).length >= 2;
}
