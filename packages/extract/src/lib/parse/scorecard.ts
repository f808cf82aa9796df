/**
 * Scorecards: one KPI per row, columns headed by the figures' labels (or periods, or ratings only), a
 * column of KPI names and perhaps a reference column; group rows ('Adult Social Care') are not KPIs.
 */
import type { Card, Cell, Provenance, ScorecardRow } from '../schema';
import { vocabulary } from '../lexicon';
import { headerRoles, isPeriodLabelLine, periodBasisOf, periodHeading, ragWord, sectionLabel, type Role } from '../vocabulary';
import { valueTokens } from '../tokens';
import { isBareCode, nameCellHeading } from '../identifiers';
import { fitsField } from './pairs';
import { cellProv, clean } from './cells';
import { groupedHeading, rowRoles, valueHeaderRoles } from './value-headings';

/** Where a scorecard's columns are: its heading row, the KPI's name and reference, each figure, each text. */
export interface ScorecardLayout {
  /** The heading's row (the lower one of a heading printed on two rows) and its cells, one per column. */
  header: number;
  head: string[];
  name: number;
  ref: number;
  updated: number;
  roles: ({ role: Role; label: string } | null)[];
  text: Partial<Record<'commentary' | 'pathToGreen' | 'actions', number>>;
}

const TEXT_COLUMNS = { commentary: 'commentary', path: 'pathToGreen', actions: 'actions' } as const;
/** Where a labelled comment row's text goes ('Comment: …', 'Corrective action: …'). */
const SECTION_FIELDS: Partial<Record<string, 'commentary' | 'pathToGreen' | 'actions'>> = TEXT_COLUMNS;

/** A name cut short: it ends with a word a name does not end with ('… to process new', '… per'). */
const DANGLING = /\b(?:of|in|to|for|per|and|the|a|an|with|by|within|from|at|new|than|or|into)$/i;

/** A KPI's name in a scorecard cell: words, not a figure, a period or a RAG. */
const isName = (t: string) => t.length >= 3 && t.length <= 250 && /[A-Za-z]{3}/.test(t) && !valueTokens(t) && !periodHeading(t) && !isPeriodLabelLine(t) && !PERIOD_NAME.test(t) && !ragWord(t, true) && !vocabulary().fieldsOf(t).length;
/** Row labels of a table of periods ('Quarter 2', 'Year to date', 'Month'): periods, not KPI names. */
const PERIOD_NAME = /^(?:(?:quarter|qtr|q)\s*[1-4]|year\s+to\s+date|ytd|month|quarter|year|this\s+(?:month|quarter|year)|last\s+(?:month|quarter|year))\b/i;

/**
 * A scorecard: a heading row naming figures of the card (by the vocabulary, or periods) and a column
 * of KPI names (headed 'Indicator', 'Measure', … or, unheaded, the first column of names).
 */
export function scorecardLayout(rows: string[][]): ScorecardLayout | null {
  const v = vocabulary();
  for (let top = 0; top < Math.min(rows.length, 3); top++) {
    // A heading on two rows (a period over its figures' labels) reads as one row, the lower one.
    const grouped = groupedHeading(rows[top], rows[top + 1]);
    const h = grouped ? top + 1 : top;
    const head = grouped ?? rows[h].map(clean);
    const roles = valueHeaderRoles(head) ?? ratingHeaderRoles(head);
    if (!roles) continue;
    const body = rows.slice(h + 1).filter((r) => r.some((c) => clean(c)));
    if (!body.length) continue;
    const free = (i: number) => !roles[i];
    const headed = (kind: 'name' | 'ref' | 'updated') => head.findIndex((c, i) => free(i) && v.scorecardColumnOf(c) === kind);
    let ref = headed('ref');
    let name = headed('name');
    // Two columns headed as names ('KPI | Measure'): the one holding codes ('HM01') is the reference.
    const second = head.findIndex((c, i) => i > name && free(i) && v.scorecardColumnOf(c) === 'name');
    if (ref < 0 && name >= 0 && second >= 0 && body.every((r) => isBareCode(clean(r[name] ?? '')))) [ref, name] = [name, second];
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
      const section = free(i) && i !== name ? v.columnSectionOf(c) : null;
      if (section && section in TEXT_COLUMNS) text[TEXT_COLUMNS[section as keyof typeof TEXT_COLUMNS]] ??= i;
    });
    return { header: h, head, name, ref, updated: headed('updated'), roles, text };
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
  const { header: h, head, name: nameCol, ref, roles, text } = layout;
  const out: ScorecardRow[] = [];
  // A table whose KPIs carry references and whose rows without one all read as parts ('Refuse'): breakdowns.
  const named = rows.slice(h + 1).filter((r) => new Set(r).size > 2);
  const unreferenced = named.filter((r) => !clean(r[ref] ?? ''));
  const referenced = ref >= 0 && named.length - unreferenced.length >= 2 && unreferenced.every((r) => isBreakdown(clean(r[nameCol] ?? ''), true));
  const inUse = new Set(head.flatMap((_, c) => (rows.slice(h + 1).some((row) => new Set(row).size > 1 && /\d/.test(row[c] ?? '')) ? [c] : [])));
  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r].map(clean);
    // A merged cell across the row (Word repeats it in every column; a PDF shows it in the first column only, as
    // a labelled comment 'Corrective action: …'): a group's name, or the KPI above's comment.
    const spanned = new Set(row.filter(Boolean));
    if (spanned.size === 1 && (row.filter(Boolean).length >= 2 || sectionLabel([...spanned][0])?.rest)) {
      const last = out[out.length - 1];
      const text = [...spanned][0];
      const labelled = sectionLabel(text);
      const field = labelled ? SECTION_FIELDS[labelled.section] : text.split(/\s+/).length >= 8 && /[.!]$/.test(text) ? 'commentary' : undefined;
      if (last && field && !last[field]) last[field] = labelled ? labelled.rest || null : text;
      continue;
    }
    const filled = rowRoles(roles, head, row, inUse);
    const colOf = (role: Role) => filled.findIndex((x) => x?.role === role);
    const name = row[nameCol] ?? '';
    if (!name || valueHeaderRoles(row) || vocabulary().scorecardColumnOf(name) === 'name') continue;
    const cell = (c: number): Cell | null => (c >= 0 && row[c] !== undefined && row[c] !== '' ? { raw: row[c], prov: cellProv(base, r, c) } : null);
    if (roles.every((x, c) => !x || !row[c]) && !cell(ref)) {
      // A KPI's name wrapped onto a row of its own ('Average days to process new' / 'Housing Benefit claims'):
      // the name cell in lower case, in brackets or after a word a name does not end with, and beside it at
      // most the ends of the KPI's text columns (a comment wrapped too); else a group row.
      const last = out[out.length - 1];
      const texts = Object.entries(text).filter(([, c]) => c !== undefined && row[c]) as [keyof typeof text, number][];
      const wrapped = row.filter(Boolean).length === 1 + texts.length && (/^[a-z(]/.test(name) || DANGLING.test(last?.title ?? ''));
      if (last && ref >= 0 && wrapped) {
        last.title = `${last.title} ${name}`;
        for (const [field, c] of texts) last[field] = last[field] ? `${last[field]} ${row[c]}` : row[c];
      }
      continue;
    }
    const heading = nameCellHeading(name);
    const printed = cell(ref)?.raw ?? null;
    // A breakdown under a referenced KPI ('Refuse', 'of which: dry recycling', no reference of its own):
    // a measure of its own, named by the KPI it breaks down so it links as that part.
    const parent = [...out].reverse().find((o) => !o.breakdownOf);
    // A one-word part shares its KPI's target ('Refuse | 40' under 'Missed bins | 40'); other parts say so.
    const sameTarget = colOf('target') >= 0 && !!row[colOf('target')] && row[colOf('target')] === parent?.target?.raw;
    const part = referenced && !printed && !heading && parent?.printedId && isBreakdown(name, sameTarget) ? parent : null;
    const current = colOf('current');
    const currentLabel = current >= 0 ? head[current] : null;
    const textOf = (c: number | undefined) => (c !== undefined && row[c] ? row[c] : null);
    out.push({
      printedId: printed ?? heading?.id ?? null,
      title: part ? `${part.title} – ${name.replace(/^(?:of\s+which|including|incl\.?)\s*:?\s*|^[-–•]\s*/i, '')}` : printed ? name : (heading?.title ?? name),
      ...(part ? { breakdownOf: part.printedId } : {}),
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


/**
 * A row's name that breaks down the KPI above: 'of which …', 'including …', a dash or bullet first, a name
 * in lower case; or one word only where `alike` (its target the KPI's), since a short name may be a KPI's own.
 */
const isBreakdown = (name: string, alike: boolean) => /^(?:of\s+which|including|incl\.?)\b/i.test(name) || /^[-–•]\s|^[a-z]/.test(name) || (alike && /^[A-Za-z-]+$/.test(name));

/** A KPI printed only as a scorecard row, in the shape of a card (what a scorecard cannot print is null). */
export function cardOfScorecardRow(row: ScorecardRow): Card {
  return {
    printedId: row.printedId,
    title: row.title,
    targetLabel: 'Target',
    target: row.target,
    direction: row.direction,
    current: row.current,
    previous: row.previous,
    change: row.change,
    currentLabel: row.currentLabel ?? null,
    periodBasis: row.periodBasis ?? null,
    rag: row.rag,
    floorLabel: row.floorLabel ?? null,
    floor: row.floor ?? null,
    previousRag: row.previousRag ?? null,
    description: null,
    commentary: row.commentary ?? null,
    pathToGreen: row.pathToGreen ?? null,
    actions: row.actions ?? null,
    usefulLinks: null,
    dated: null,
    start: row.prov,
    confidence: 0.8,
    notes: ['scorecard-only'],
  };
}
