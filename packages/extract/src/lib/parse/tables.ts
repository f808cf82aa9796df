/**
 * Tables of the paper family: a card's value table, a scorecard, a RAG summary table, the Key.
 * Columns are found by their headings, never by position alone.
 */
import { prov as mkProv, type Cell, type Provenance, type ScorecardRow, type RagKeyEntry } from '../schema';
import { fitsField, hasFigures, tablePairs } from './pairs';
import { vocabulary } from '../lexicon';
import { readSummaryTable } from './summary';
import { headerRoles, isPeriodLabelLine, periodHeading, indicatorHeading, periodBasisOf, ragWord, type Role } from '../vocabulary';
import { valueTokens } from '../tokens';

export interface ValueColumns {
  targetLabel: string | null;
  currentLabel: string | null;
  previousLabel: string | null;
  floorLabel?: string | null;
  cells: Partial<Record<Role, Cell>>;
  /** A 'RAG Rating' column printed in the same table, when there is one. */
  rag?: Cell | null;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function cellProv(base: Provenance, row: number, col: number): Provenance {
  return { ...base, origin: 'table', cell: { table: base.index, row, col } };
}

/** Roles of a heading row, one per column (null for an unknown column); null if it is no value header. */
export function valueHeaderRoles(row: string[]): ({ role: Role; label: string } | null)[] | null {
  const roles = row.map((c) => {
    const r = headerRoles(clean(c));
    return r && r.length === 1 ? r[0] : null;
  });
  // Labels beside their values ('Target | 90% | Actual | 85%') are a form's row, not column headings.
  if (row.some((c, i) => !roles[i] && clean(c) && valueTokens(clean(c)) && !/^(?:19|20)\d{2}$/.test(clean(c)))) return null;
  // Columns headed by periods: the latest is the current value, the one before it the previous.
  if (!roles.some((r) => r?.role === 'current' || r?.role === 'previous')) {
    const periods = row.map((c, i) => ({ i, p: periodHeading(c) })).filter((x) => x.p && !roles[x.i]);
    const basis = periods[0]?.p?.basis;
    if (periods.length >= 2 && periods.every((x) => x.p!.basis === basis)) {
      periods.sort((a, b) => b.p!.key - a.p!.key);
      roles[periods[0].i] = { role: 'current', label: clean(row[periods[0].i]) };
      roles[periods[1].i] = { role: 'previous', label: clean(row[periods[1].i]) };
    } else if (periods.length === 1 && roles.some((r) => r && r.role !== 'current' && r.role !== 'previous')) {
      // One period column beside other headings ('Target | Q3 2025/26 | Direction of Travel'): the latest figure.
      roles[periods[0].i] = { role: 'current', label: clean(row[periods[0].i]) };
    }
  }
  const found = new Set(roles.filter(Boolean).map((r) => r!.role));
  const hasValue = found.has('current') || found.has('previous');
  return hasValue && found.size >= 2 ? roles : null;
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
    roles.forEach((r, col) => {
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

/** Where a scorecard's columns are: its heading row, the KPI's name and reference, each figure, each text. */
export interface ScorecardLayout {
  header: number;
  name: number;
  ref: number;
  updated: number;
  roles: ({ role: Role; label: string } | null)[];
  text: Partial<Record<'commentary' | 'pathToGreen' | 'actions', number>>;
}

const TEXT_COLUMNS = { commentary: 'commentary', path: 'pathToGreen', actions: 'actions' } as const;

/** A KPI's name in a scorecard cell: words, not a figure, a period or a RAG. */
const isName = (t: string) => t.length >= 3 && t.length <= 250 && /[A-Za-z]{3}/.test(t) && !valueTokens(t) && !periodHeading(t) && !isPeriodLabelLine(t) && !PERIOD_NAME.test(t) && !ragWord(t, true);
/** Row labels of a table of periods ('Quarter 2', 'Year to date', 'Month'): periods, not KPI names. */
const PERIOD_NAME = /^(?:(?:quarter|qtr|q)\s*[1-4]|year\s+to\s+date|ytd|month|quarter|year|this\s+(?:month|quarter|year)|last\s+(?:month|quarter|year))\b/i;

/**
 * A scorecard: a heading row naming figures of the card (by the vocabulary, or periods) and a column
 * of KPI names (headed 'Indicator', 'Measure', … or, unheaded, the first column of names).
 */
export function scorecardLayout(rows: string[][]): ScorecardLayout | null {
  const v = vocabulary();
  for (let h = 0; h < Math.min(rows.length, 3); h++) {
    const head = rows[h].map(clean);
    const roles = valueHeaderRoles(head) ?? ratingHeaderRoles(head);
    if (!roles) continue;
    const body = rows.slice(h + 1).filter((r) => r.some((c) => clean(c)));
    if (!body.length) continue;
    const free = (i: number) => !roles[i];
    const headed = (kind: 'name' | 'ref' | 'updated') => head.findIndex((c, i) => free(i) && v.scorecardColumnOf(c) === kind);
    const ref = headed('ref');
    let name = headed('name');
    // Unheaded names: the first or second column (after a reference), not a text section, mostly names.
    if (name < 0) name = [0, 1].find((i) => i < head.length && free(i) && i !== ref && !v.sectionOf(head[i]) && body.filter((r) => isName(clean(r[i] ?? ''))).length >= Math.ceil(body.length * 0.6)) ?? -1;
    if (name < 0) continue;
    // A heading that may name several fields ('Aim': a direction or a target) takes the free one its values fit.
    head.forEach((c, i) => {
      const fields = roles[i] ? v.fieldsOf(c) : [];
      if (fields.length < 2) return;
      const values = body.map((r) => clean(r[i] ?? '')).filter(Boolean);
      const taken = new Set(roles.filter((r, k) => r && k !== i).map((r) => r!.role));
      const fit = fields.find((f) => !taken.has(f) && values.every((x) => fitsField(f, x)));
      if (fit) roles[i] = { role: fit, label: c };
    });
    const text: ScorecardLayout['text'] = {};
    head.forEach((c, i) => {
      const section = free(i) && i !== name ? v.sectionOf(c) : null;
      if (section && section in TEXT_COLUMNS) text[TEXT_COLUMNS[section as keyof typeof TEXT_COLUMNS]] ??= i;
    });
    return { header: h, name, ref, updated: headed('updated'), roles, text };
  }
  return null;
}

/** Headings of ratings only ('Indicator | Previous RAG | Latest RAG'): each KPI's latest and previous RAG. */
function ratingHeaderRoles(head: string[]): ({ role: Role; label: string } | null)[] | null {
  const roles = head.map((c) => {
    const r = headerRoles(c);
    return r?.length === 1 && (r[0].role === 'rag' || r[0].role === 'previousRag') ? r[0] : null;
  });
  return roles.some((r) => r?.role === 'rag') && roles.some((r) => r?.role === 'previousRag') ? roles : null;
}

/** Rows of a scorecard table (one KPI per row); a row naming a service or group, with no figures, is not a KPI. */
export function readScorecard(rows: string[][], base: Provenance): ScorecardRow[] {
  const layout = scorecardLayout(rows);
  if (!layout) return [];
  const { header: h, name: nameCol, ref, roles, text } = layout;
  const head = rows[h].map(clean);
  const colOf = (role: Role) => roles.findIndex((r) => r?.role === role);
  const out: ScorecardRow[] = [];
  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r].map(clean);
    const name = row[nameCol] ?? '';
    if (!name || valueHeaderRoles(row) || v().scorecardColumnOf(name) === 'name') continue;
    const cell = (c: number): Cell | null => (c >= 0 && row[c] !== undefined && row[c] !== '' ? { raw: row[c], prov: cellProv(base, r, c) } : null);
    if (roles.every((x, c) => !x || !row[c]) && !cell(ref)) continue; // a group row ('Adult Social Care')
    const heading = indicatorHeading(name);
    const printed = cell(ref)?.raw ?? null;
    const current = colOf('current');
    const currentLabel = current >= 0 ? head[current] : null;
    const textOf = (c: number | undefined) => (c !== undefined && row[c] ? row[c] : null);
    out.push({
      printedId: printed ?? heading?.id ?? null,
      title: printed ? name : (heading?.title ?? name),
      target: cell(colOf('target')),
      direction: cell(colOf('direction')),
      current: cell(current),
      previous: cell(colOf('previous')),
      change: cell(colOf('change')),
      lastUpdated: layout.updated >= 0 ? row[layout.updated] || null : null,
      rag: cell(colOf('rag')),
      prov: cellProv(base, r, nameCol),
      floor: cell(colOf('floor')),
      floorLabel: colOf('floor') >= 0 ? head[colOf('floor')] : null,
      previousRag: cell(colOf('previousRag')),
      currentLabel,
      periodBasis: periodBasisOf(currentLabel) ?? (currentLabel ? (periodHeading(currentLabel)?.basis ?? null) : null),
      commentary: textOf(text.commentary),
      pathToGreen: textOf(text.pathToGreen),
      actions: textOf(text.actions),
    });
  }
  return out;
}

const v = vocabulary;

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
