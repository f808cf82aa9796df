/**
 * Tables of the paper family: what a table is (a card's value table, a scorecard, a RAG summary, the Key)
 * and a card's value table read. Columns are found by their headings, never by position alone; scorecards
 * are read in scorecard.ts, heading rows in value-headings.ts.
 */
import { prov as mkProv, type Cell, type Provenance, type RagKeyEntry } from '../schema';
import { fitsField, hasFigures, tablePairs } from './pairs';
import { vocabulary } from '../lexicon';
import { readSummaryTable } from './summary';
import { headerRoles, periodHeading, periodBasisOf, ragLabel, ragWord, type Role } from '../vocabulary';
import { labelPeriodKey, latestFirst } from './label-periods';
import { cellProv, clean } from './cells';
import { groupedHeading, rowRoles, valueHeaderRoles } from './value-headings';
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


/**
 * A value table printed on its side: periods head the columns, each row is a field ('Actual | 93% | 91%',
 * 'Target | 95% | 95%', 'RAG | Amber | Red'). The latest period with a figure is this quarter's, the one
 * before it last quarter's (the previous value, the previous RAG).
 */
function readTransposed(rows: string[][], base: Provenance): ValueColumns | null {
  const head = rows[0]?.map(clean) ?? [];
  const periods = head.flatMap((c, i) => (i > 0 && labelPeriodKey(c) ? [i] : []));
  const order = latestFirst(periods.map((i) => head[i]));
  const body = rows.slice(1).map((r, k) => ({ r: r.map(clean), k: k + 1 })).filter((x) => x.r.some(Boolean));
  const fielded = body.map((x) => ({ ...x, field: vocabulary().fieldOf(x.r[0] ?? '') ?? (ragLabel(x.r[0] ?? '') ? ('rag' as const) : null) })).filter((x) => x.field);
  if (!order || fielded.length < 2 || fielded.length < body.length - 1) return null;
  const out: ValueColumns = { targetLabel: null, currentLabel: null, previousLabel: null, cells: {} };
  for (const { r, k, field } of fielded) {
    const filled = order.map((o) => periods[o]).filter((c) => r[c]);
    const cell = (c: number | undefined): Cell | null => (c === undefined ? null : { raw: r[c], prov: cellProv(base, k, c) });
    const latest = cell(filled[0]);
    const before = cell(filled[1]);
    if (!latest) continue;
    if (field === 'current') {
      out.cells.current ??= latest;
      out.currentLabel ??= head[filled[0]];
      if (before) (out.cells.previous ??= before), (out.previousLabel ??= head[filled[1]]);
    } else if (field === 'rag') {
      out.rag ??= latest;
      if (before) out.cells.previousRag ??= before;
    } else if (!out.cells[field!]) {
      out.cells[field!] = latest;
      if (field === 'target') out.targetLabel = r[0];
      if (field === 'floor') out.floorLabel = r[0];
    }
  }
  return out.cells.current || out.cells.target ? out : null;
}

/**
 * A table of a measure's history: three or more periods down the first column ('Quarter' over 'Q1', 'Q2',
 * 'Q3'), or across the top over two rows of figures or more ('Month | Apr-24 | May-24 | …' over 'Actual'
 * and 'Target'). One row under period headings is a card's own value table.
 */
export function isTrendTable(rows: string[][]): boolean {
  const head = rows[0]?.map(clean) ?? [];
  const body = rows.slice(1).filter((r) => r.some((c) => clean(c)));
  if (body.filter((r) => labelPeriodKey(clean(r[0] ?? ''))).length >= 3) return true;
  return body.length >= 2 && (/^(?:month|quarter|qtr|period|year|date)$/i.test(head[0] ?? '') || head.slice(1).filter((c) => labelPeriodKey(c)).length >= 3);
}

/** A card's value table: a heading row over a value row (or, on its side, a row per field under periods). */
export function readValueTable(rows: string[][], base: Provenance): ValueColumns | null {
  const transposed = readTransposed(rows, base);
  if (transposed) return transposed;
  for (let top = 0; top < rows.length; top++) {
    // A heading on two rows (a period over its figures' labels) reads as one row, the lower one.
    const grouped = groupedHeading(rows[top], rows[top + 1]);
    const h = grouped ? top + 1 : top;
    const heading = grouped ?? rows[h];
    const roles = valueHeaderRoles(heading);
    if (!roles) continue;
    let v = rows.slice(h + 1).findIndex((r) => r.some((c) => clean(c)));
    if (v < 0) return null;
    // A row per period ('Q1 | 80.1% | 85%', 'Q2 | …'): the latest period with a figure is the card's, the one
    // before it gives the previous value.
    const current = roles.findIndex((r) => r?.role === 'current');
    const periodRows = rows.slice(h + 1).map((r, k) => ({ k, r })).filter(({ r }) => r.some((c) => clean(c)));
    const byPeriod = periodRows.length >= 2 && current > 0 && !roles[0] ? latestFirst(periodRows.map(({ r }) => clean(r[0] ?? ''))) : null;
    const dated = byPeriod?.map((i) => periodRows[i]).filter(({ r }) => clean(r[current] ?? '')) ?? [];
    if (dated.length) v = dated[0].k;
    const valueRow = rows[h + 1 + v];
    const out: ValueColumns = { targetLabel: null, currentLabel: null, previousLabel: null, cells: {} };
    if (dated[1] && !roles.some((r) => r?.role === 'previous')) {
      out.cells.previous = { raw: clean(dated[1].r[current]), prov: cellProv(base, h + 1 + dated[1].k, current) };
      out.previousLabel = clean(dated[1].r[0]);
    }
    rowRoles(roles, heading, valueRow).forEach((r, col) => {
      if (!r) return;
      const raw = clean(valueRow[col] ?? '');
      // A heading that may name several fields ('Aim': a direction or a target) takes the one its value fits.
      const candidates = headerRoles(clean(heading[col]))?.length === 1 ? vocabulary().fieldsOf(clean(heading[col])) : [];
      const role = candidates.length > 1 ? (candidates.find((f) => !out.cells[f] && fitsField(f, raw)) ?? r.role) : r.role;
      if (out.cells[role]) return;
      out.cells[role] = { raw, prov: cellProv(base, h + 1 + v, col) };
      r = { ...r, role };
      if (r.role === 'target') out.targetLabel = clean(heading[col]);
      if (r.role === 'current') out.currentLabel = clean(heading[col]);
      if (r.role === 'previous') out.previousLabel = clean(heading[col]);
      if (r.role === 'floor') out.floorLabel = clean(heading[col]);
    });
    if (!out.rag && out.cells.rag) out.rag = out.cells.rag;
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

const KEY_STATUS = String.raw`Red|Amber|Green|Blue|Baseline|Contextual|In\s+[Dd]evelopment|Suspended`;
const KEY_ENTRY = new RegExp(String.raw`^(?:[•·▪●\-*]\s*)?(${KEY_STATUS})\s*(?:[–—-]\s+|[:=]\s*)(\S.*)$`);
/** Where one paragraph holds the whole key ('Green – on target; Amber – …; Red – …'): before each entry's status. */
const KEY_SPLIT = new RegExp(String.raw`\s*(?:[•·▪●]\s+|;\s*(?=(?:${KEY_STATUS})\s*(?:[–—-]\s|[:=])))`);

/** RAG definitions ('Red – current performance is off target by more than 10%', 'Green = on target') in a piece of text. */
export function readRagKeyText(text: string, at: Provenance): RagKeyEntry[] {
  const parts = text.replace(/^\s*(?:RAG\s+)?key\s*:\s*/i, '').split(KEY_SPLIT).map(clean).filter(Boolean);
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
