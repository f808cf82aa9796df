/** A value table's heading row: which column holds which figure of the card (by the vocabulary, or periods). */
import { bilingual, headerRoles, isQuarterAlone, periodHeading, periodWithoutQualifier, type Role } from '../vocabulary';
import { valueTokens } from '../tokens';
import { clean } from './cells';
import { labelPeriodKey, latestFirst, periodBefore } from './label-periods';
import { vocabulary } from '../lexicon';

type Roles = ({ role: Role; label: string } | null)[];

/** A heading that is a period and nothing else: 'Q2 2024/25', 'Sep-25', '2023/24', or a quarter alone ('Q3'). */
const isPeriodOnly = (cell: string): boolean => {
  // What the figure is, after the period ('Q1 2024/25 (%)', 'Sep 2024 (YTD)', 'Jun 2024 (Q1)'), does not change which period heads the column.
  const t = periodWithoutQualifier(cell);
  // In two languages ('Chwarter 2 / Quarter 2'), either side.
  const sides = bilingual(t);
  return periodHeading(t) !== null || isQuarterAlone(t) || (sides !== null && sides.filter(isPeriodOnly).length === 1);
};

/**
 * A group's label before its column's ('Last quarter Actual', 'This quarter RAG', a heading printed on two
 * rows): the figure is the group's value, the rating the group's RAG.
 */
function composedRole(cell: string): { role: Role; label: string } | null {
  const words = cell.split(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const group = headerRoles(words.slice(0, k).join(' '));
    const own = headerRoles(words.slice(k).join(' '));
    if (group?.length !== 1 || own?.length !== 1 || (group[0].role !== 'current' && group[0].role !== 'previous')) continue;
    const previous = group[0].role === 'previous';
    if (own[0].role === 'current') return { role: group[0].role, label: cell };
    if (own[0].role === 'rag') return { role: previous ? 'previousRag' : 'rag', label: cell };
  }
  return null;
}

/** Roles of a heading row, one per column (null for an unknown column); null if it is no value header. */
export function valueHeaderRoles(row: string[]): Roles | null {
  const cells = row.map(clean);
  const roles: Roles = cells.map((c) => {
    const r = headerRoles(c);
    if (r?.length === 1) return r[0];
    // A heading only a column may print ('Q2 position'), where nothing else reads it.
    const column = r ? null : vocabulary().columnFieldOf(c);
    return composedRole(c) ?? (column ? { role: column, label: c } : null);
  });
  // Labels beside their values ('Target | 90% | Actual | 85%') are a form's row, not column headings.
  if (cells.some((c, i) => !roles[i] && c && valueTokens(c) && !/^(?:19|20)\d{2}$/.test(c))) return null;
  // A secondary column beside the main one for the same field ('Baseline | Target'): the main one holds it;
  // of secondary ones only, the likelier ('Annual target' over 'Baseline'). Not a main one for an earlier
  // period ('2023-24 Actual' beside '2024-25 YTD': last year's outturn beside this year's figure so far).
  const rank = cells.map((c) => vocabulary().secondaryRank(c));
  const single = cells.map((c) => vocabulary().fieldsOf(c).length === 1);
  const earlier = (k: number, i: number) => {
    const [a, b] = [labelPeriodKey(cells[k]), labelPeriodKey(cells[i])];
    return a !== null && b !== null && a.yearless === b.yearless && a.key < b.key;
  };
  roles.forEach((r, i) => {
    const better = (k: number) => k !== i && roles[k]?.role === r?.role && single[k] && rank[k] < rank[i] && !earlier(k, i);
    if (r && rank[i] > 0 && roles.some((_, k) => better(k))) roles[i] = null;
  });
  // Several columns under the current value's label, each naming a period ('Q2 outturn | Q1 outturn').
  const currents = roles.flatMap((r, i) => (r?.role === 'current' ? [i] : []));
  const dated = currents.length >= 2 ? latestFirst(currents.map((i) => cells[i])) : null;
  if (dated) {
    const hasPrevious = roles.some((r) => r?.role === 'previous');
    currents.forEach((i) => (roles[i] = null));
    roles[currents[dated[0]]] = { role: 'current', label: cells[currents[dated[0]]] };
    if (!hasPrevious && periodBefore(cells[currents[dated[1]]], cells[currents[dated[0]]])) roles[currents[dated[1]]] = { role: 'previous', label: cells[currents[dated[1]]] };
  }
  // Several RAG or target columns each naming a period ('Q2 RAG | Q3 RAG'): the latest is the card's, the RAG
  // before it the previous one.
  for (const role of ['rag', 'target'] as const) {
    const cols = roles.flatMap((r, i) => (r?.role === role && labelPeriodKey(cells[i]) ? [i] : []));
    const order = cols.length >= 2 ? latestFirst(cols.map((i) => cells[i])) : null;
    if (!order) continue;
    const hasPrevious = roles.some((r) => r?.role === 'previousRag');
    cols.forEach((i) => (roles[i] = null));
    roles[cols[order[0]]] = { role, label: cells[cols[order[0]]] };
    if (role === 'rag' && !hasPrevious) roles[cols[order[1]]] = { role: 'previousRag', label: cells[cols[order[1]]] };
  }
  // A value label with a period among period columns ('Outturn 2023/24 | Q2 2024/25 | Q3 2024/25'): all by period.
  const valueCols = cells.flatMap((c, i) => ((roles[i]?.role === 'current' || roles[i]?.role === 'previous') && labelPeriodKey(c) ? [i] : []));
  const periodCols = cells.flatMap((c, i) => (!roles[i] && isPeriodOnly(c) ? [i] : []));
  const mixed = valueCols.length && periodCols.length ? [...valueCols, ...periodCols] : [];
  const byPeriod = mixed.length >= 2 ? latestFirst(mixed.map((i) => cells[i])) : null;
  if (byPeriod) {
    mixed.forEach((i) => (roles[i] = null));
    roles[mixed[byPeriod[0]]] = { role: 'current', label: cells[mixed[byPeriod[0]]] };
    if (periodBefore(cells[mixed[byPeriod[1]]], cells[mixed[byPeriod[0]]])) roles[mixed[byPeriod[1]]] = { role: 'previous', label: cells[mixed[byPeriod[1]]] };
  }
  // Columns headed by periods: the latest is the current value, the one before it the previous; a comparator
  // beside them ('Same period last year', 'Year to date') gives way.
  const figure = (i: number) => roles[i]?.role === 'current' || roles[i]?.role === 'previous';
  if (!roles.some((_, i) => figure(i) && rank[i] === 0)) {
    const periods = cells.flatMap((c, i) => (!roles[i] && isPeriodOnly(c) ? [i] : []));
    const order = latestFirst(periods.map((i) => cells[i]));
    if (order) cells.forEach((_, i) => figure(i) && (roles[i] = null));
    if (order) {
      roles[periods[order[0]]] = { role: 'current', label: cells[periods[order[0]]] };
      roles[periods[order[1]]] = { role: 'previous', label: cells[periods[order[1]]] };
    } else if (periods.length === 1 && periodHeading(cells[periods[0]]) && roles.some((r) => r && r.role !== 'current' && r.role !== 'previous')) {
      // One period column beside other headings ('Target | Q3 2025/26 | Direction of Travel'): the latest figure.
      roles[periods[0]] = { role: 'current', label: cells[periods[0]] };
    }
  }
  const found = new Set(roles.filter(Boolean).map((r) => r!.role));
  const hasValue = found.has('current') || found.has('previous');
  return hasValue && found.size >= 2 ? roles : null;
}

/**
 * The roles for one row of figures under period headings: when the latest period is not filled in yet
 * ('Q4' still blank), the latest period with a figure is the current value and the one with a figure before
 * it the previous. Not when other rows of the table fill that period in (`inUse`, the columns holding a
 * figure in some row): then this KPI has no figure this period, and the period before stays the previous.
 */
export function rowRoles(roles: Roles, header: string[], values: string[], inUse?: Set<number>): Roles {
  const current = roles.findIndex((r) => r?.role === 'current');
  if (current < 0 || clean(values[current] ?? '') || inUse?.has(current)) return roles;
  const cells = header.map(clean);
  const periods = cells.flatMap((c, i) => (isPeriodOnly(c) && (!roles[i] || roles[i]!.role === 'current' || roles[i]!.role === 'previous') ? [i] : []));
  const order = latestFirst(periods.map((i) => cells[i]));
  if (!order) return roles;
  const filled = order.map((k) => periods[k]).filter((i) => clean(values[i] ?? ''));
  if (!filled.length) return roles;
  const out = roles.map((r, i) => (periods.includes(i) ? null : r));
  out[filled[0]] = { role: 'current', label: cells[filled[0]] };
  if (filled[1] !== undefined) out[filled[1]] = { role: 'previous', label: cells[filled[1]] };
  return out;
}

/**
 * A heading printed on two rows, a group over its columns ('Quarter 3 2024/25' over 'Actual | Target | RAG',
 * 'Last quarter' over 'Actual | RAG'): one heading per column, the group's words before the column's. Word
 * repeats a merged cell in every column it spans; other formats leave the cells after it empty. Null when the
 * first row groups nothing.
 */
export function groupedHeading(top: string[], under: string[] | undefined): string[] | null {
  if (!under) return null;
  const a = top.map(clean);
  const b = under.map(clean);
  // The row under the groups holds headings only, never a figure.
  if (b.some((c) => c && valueTokens(c) && !headerRoles(c))) return null;
  const groupOf: (string | null)[] = [];
  let grouped = false;
  for (let i = 0; i < a.length; i++) {
    const spans = a[i] && b[i] && b[i] !== a[i] && (a[i + 1] === a[i] || a[i - 1] === a[i] || (a[i + 1] === '' && b[i + 1]) || (!a[i - 1] && groupOf[i - 1] && b[i - 1]));
    groupOf.push(spans ? a[i] : !a[i] && b[i] && groupOf[i - 1] ? groupOf[i - 1] : null);
    if (groupOf[i] !== null && (a[i + 1] === a[i] || (a[i + 1] === '' && b[i + 1]))) grouped = true;
  }
  if (!grouped) return null;
  return a.map((c, i) => (groupOf[i] ? `${groupOf[i]} ${b[i]}` : c || b[i]));
}
