/**
 * RAG summary tables in every shape a paper prints them: statuses as rows (`Status | Number | %`) or as
 * columns (`Service | G | A | R | TOTAL`), words or letters, a Total row (not a status), per-section rows,
 * `-` or `–` for none. Counts keep the printed text; `-` is read as 0 by the normaliser.
 */
import type { Cell, Provenance, SummaryCount } from '../schema';
import { summaryStatus } from '../vocabulary';
import { escapeRegExp, OTHER_STATUSES, vocabulary } from '../lexicon';
import type { Item } from './items';
import { cellProv, clean } from './cells';
import { labelPeriodKey, latestFirst } from './label-periods';

const TOTAL = /^(?:total|totals|all|overall|grand total)$/i;
const NONE = /^[-–—]$/;
const COUNT = /^\d[\d,]*$/;
const PERCENT = /^\d+(?:\.\d+)?\s*%$/;

/** A count with its share in brackets ('12 (67%)'). */
const COUNT_SHARE = /^(\d[\d,]*)\s*\((\d+(?:\.\d+)?\s*%)\)$/;

const isCount = (t: string) => COUNT.test(t) || NONE.test(t) || COUNT_SHARE.test(t);

/** A count cell's count and, printed with it in brackets, its percentage: each as its own text. */
function countCell(raw: string, prov: Provenance): { count: Cell; percentage: Cell | null } {
  const m = COUNT_SHARE.exec(raw);
  return m ? { count: { raw: m[1], prov }, percentage: { raw: m[2], prov } } : { count: { raw, prov }, percentage: null };
}


/** Statuses down the first column: one row per status, count and percentage columns found by heading or content. */
function statusRows(rows: string[][], base: Provenance): SummaryCount[] | null {
  const body = rows.map((r, i) => ({ r: r.map(clean), i })).filter(({ r }) => r.some(Boolean));
  const statusRows = body.filter(({ r }) => summaryStatus(r[0] ?? ''));
  if (statusRows.length < 2) return null;
  const others = body.filter(({ r }) => !summaryStatus(r[0] ?? '') && !TOTAL.test(r[0] ?? ''));
  // The header (and at most a caption) may not be statuses; more than that is another kind of table.
  if (others.length > 2) return null;
  const header = others[0]?.r ?? [];
  const width = Math.max(...body.map(({ r }) => r.length));
  let countCol = -1;
  let pctCol = -1;
  // Counts for several periods ('Status | Q2 2024/25 | Q3 2024/25'): the latest period's.
  const countCols = [...Array(width).keys()].slice(1).filter((c) => {
    const values = statusRows.map(({ r }) => r[c] ?? '').filter(Boolean);
    return values.length > 0 && values.every(isCount) && labelPeriodKey(header[c] ?? '') !== null;
  });
  const latest = latestFirst(countCols.map((c) => header[c]));
  if (latest) countCol = countCols[latest[0]];
  for (let c = 1; c < width; c++) {
    if (latest && countCols.includes(c)) continue;
    const values = statusRows.map(({ r }) => r[c] ?? '').filter(Boolean);
    if (!values.length) continue;
    const h = header[c] ?? '';
    if (pctCol < 0 && (/percent|%/i.test(h) || (values.every((v) => PERCENT.test(v) || NONE.test(v)) && values.some((v) => PERCENT.test(v))))) pctCol = c;
    else if (countCol < 0 && values.every(isCount)) countCol = c;
  }
  if (countCol < 0 && pctCol < 0) return null;
  const out: SummaryCount[] = [];
  for (const { r, i } of statusRows) {
    const cell = (c: number): Cell | null => (c >= 0 && r[c] && (isCount(r[c]) || PERCENT.test(r[c])) ? { raw: r[c], prov: cellProv(base, i, c) } : null);
    const counted = cell(countCol);
    const split = counted ? countCell(counted.raw, counted.prov) : null;
    const count = split?.count ?? null;
    const percentage = cell(pctCol) ?? split?.percentage ?? null;
    if (!count && !percentage) continue;
    out.push({ status: summaryStatus(r[0])!, count, percentage, prov: cellProv(base, i, 0) });
  }
  return out.length ? out : null;
}

/** Statuses across a heading row: counts from the Total row, else the only data row, else the column sums. */
function statusColumns(rows: string[][], base: Provenance): SummaryCount[] | null {
  for (let h = 0; h < Math.min(rows.length, 3); h++) {
    const header = rows[h].map(clean);
    const cols = header.map((c, i) => ({ i, status: i > 0 || header.length > 2 ? summaryStatus(c) : null })).filter((x) => x.status);
    if (cols.length < 2) continue;
    const data = rows
      .slice(h + 1)
      .map((r, k) => ({ r: r.map(clean), i: h + 1 + k }))
      .filter(({ r }) => cols.some((c) => isCount(r[c.i] ?? '')));
    if (!data.length) continue;
    const pctRow = data.find(({ r }) => (!isCount(r[0] ?? '') && /%|percent/i.test(r[0] ?? '')) || cols.every((c) => PERCENT.test(r[c.i] ?? '') || NONE.test(r[c.i] ?? '')));
    const countRows = data.filter((d) => d !== pctRow);
    const total = countRows.find(({ r }) => TOTAL.test(r[0] ?? '')) ?? (countRows.length === 1 ? countRows[0] : null);
    const out: SummaryCount[] = [];
    for (const c of cols) {
      if (TOTAL.test(header[c.i])) continue;
      let count: Cell | null = null;
      let share: Cell | null = null;
      if (total) {
        const raw = total.r[c.i] ?? '';
        if (isCount(raw)) ({ count, percentage: share } = countCell(raw, cellProv(base, total.i, c.i)));
      } else if (countRows.length) {
        // No total printed: the sum of the sections' rows, with the first row's cell as the place to look.
        const sum = countRows.reduce((n, { r }) => n + (COUNT.test(r[c.i] ?? '') ? Number(r[c.i].replace(/,/g, '')) : 0), 0);
        count = { raw: String(sum), prov: cellProv(base, countRows[0].i, c.i) };
      }
      const pctRaw = pctRow?.r[c.i] ?? '';
      const percentage = PERCENT.test(pctRaw) ? { raw: pctRaw, prov: cellProv(base, pctRow!.i, c.i) } : share;
      if (count || percentage) out.push({ status: c.status!, count, percentage, prov: cellProv(base, h, c.i) });
    }
    if (out.length >= 2) return out;
  }
  return null;
}

/** A RAG summary table's counts, whichever way it is printed; null when the table is not one. */
export function readSummaryTable(rows: string[][], base: Provenance): SummaryCount[] | null {
  if (!rows.length) return null;
  return statusRows(rows, base) ?? statusColumns(rows, base);
}

/** A summary printed as text lines ('Red 1 10%', 'Amber – 0', 'Green: 5'): one status per line. */
export function summaryLine(text: string): { status: string; count: string | null; percentage: string | null } | null {
  const t = clean(text).replace(LIST_MARK, '');
  const m = /^([A-Za-z][A-Za-z ]{0,24}?)\s*[:|,]?\s+(\d[\d,]*|[-–—])(?:\s+\(?(\d+(?:\.\d+)?\s*%)\)?)?\s*$/.exec(t);
  if (m) {
    const status = summaryStatus(m[1]);
    return status ? { status, count: m[2], percentage: m[3]?.replace(/\s+/g, '') ?? null } : null;
  }
  const p = PROSE.exec(t);
  const status = p ? summaryStatus(p[3]) : null;
  return p && status ? { status, count: p[1], percentage: (p[2] ?? p[4])?.replace(/\s+/g, '') ?? null } : null;
}

/** A bullet before a summary line ('•', '·', 'o', '-'). */
const LIST_MARK = /^(?:[•·▪◦●o-]\s+)/;
/**
 * A summary sentence ('38 of 46 (83%) indicators are rated as Green', '78 are green (82%)'): a count of
 * indicators (no other noun: '21 actions are green' counts actions, not KPIs), then the status.
 */
const PROSE =
  /^(\d[\d,]*)\s+(?:(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*\s+)?(?:\((\d+(?:\.\d+)?\s*%)\)\s+)?(?:(?:key\s+|performance\s+|corporate\s+)*(?:indicators?|measures?|kpis?|pis?)\s+)?(?:are|is|were|was|have\s+been|has\s+been)\s+(?:(?:rated|rag\s+rated|assessed)\s+(?:as\s+)?)?([A-Za-z][A-Za-z ]{0,24}?)\s*(?:\((\d+(?:\.\d+)?\s*%)\))?\s*[.;,]?$/i;

/**
 * A count before a status in a sentence ('3 are rated Green', '1 (20%) Amber', '12 are on track', '7 were not
 * achieved'), or a status before its count ('Green: 12, Amber: 3'): the statuses are the vocabulary's names.
 */
function countedPatterns(): { after: RegExp; before: RegExp } {
  const v = vocabulary();
  let p = counted.get(v);
  if (!p) {
    const names = [...v.ragNames.keys(), ...OTHER_STATUSES.map((s) => s.toLowerCase())]
      .filter((n) => /^[a-z]/i.test(n))
      .sort((a, b) => b.length - a.length)
      .map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+'))
      .join('|');
    p = {
      after: new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:\\((\\d+(?:\\.\\d+)?\\s*%)\\)\\s*)?(?:(?:indicators?|measures?|kpis?)\\s+)?(?:(?:are|is|were|was|have\\s+been|has\\s+been)\\s+)?(?:(?:rated|assessed|rag\\s+rated|reported\\s+as)\\s+)?(?:as\\s+)?(${names})\\b`, 'gi'),
      before: new RegExp(`\\b(${names})\\s*[:=]\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\b`, 'gi'),
    };
    counted.set(v, p);
  }
  return p;
}
const counted = new WeakMap<object, { after: RegExp; before: RegExp }>();

/**
 * A sentence about the KPIs ('indicators', 'measures', 'KPIs' named) that counts two statuses or more: a count
 * per status; null otherwise.
 */
export function statusCounts(text: string): { status: string; count: string; percentage: string | null }[] | null {
  // This period's counts only: a comparison with an earlier one ('… last quarter 2 were Green') is cut off.
  const t = clean(text).split(/\b(?:last|previous|prior)\s+(?:quarter|year|period|month)|\bpreviously\b|\bcompared\b/i)[0];
  // Counts of actions, projects or risks are not the KPIs' ('at risk' is a status, not a risk).
  if (t.length > 300 || !/\b(?:indicators?|measures?|kpis?|pis)\b/i.test(t) || /\b(?:actions?|projects?|milestones?|risks?)\b/i.test(t.replace(/\bat\s+risk\b/gi, ''))) return null;
  const { after, before } = countedPatterns();
  const read = (status: string | null, count: string, percentage?: string) => (status ? [{ status, count, percentage: percentage?.replace(/\s+/g, '') ?? null }] : []);
  let out = [...t.matchAll(after)].flatMap((m) => read(summaryStatus(m[3]), m[1], m[2]));
  if (out.length < 2) out = [...t.matchAll(before)].flatMap((m) => read(summaryStatus(m[1]), m[2]));
  const statuses = new Set(out.map((c) => c.status));
  return statuses.size >= 2 && statuses.size === out.length ? out : null;
}

/** A RAG summary printed as text lines ('Status Number of KPIs' / 'Red 1 10%' / 'Amber -'): runs of two or more status lines. */
export function summaryFromLines(items: Item[], skip: Set<number>): SummaryCount[] {
  const out: SummaryCount[] = [];
  let run: { pos: number; line: NonNullable<ReturnType<typeof summaryLine>> }[] = [];
  const flush = () => {
    if (run.length >= 2) {
      for (const { pos, line } of run) {
        skip.add(pos);
        const prov = items[pos].prov;
        out.push({ status: line.status, count: line.count ? { raw: line.count, prov } : null, percentage: line.percentage ? { raw: line.percentage, prov } : null, prov });
      }
      if (/^status\b/i.test(items[run[0].pos - 1]?.text ?? '')) skip.add(run[0].pos - 1);
    }
    run = [];
  };
  items.forEach((it, pos) => {
    if (skip.has(pos) || (it.kind !== 'line' && it.kind !== 'list-item')) return flush();
    // One sentence counting several statuses ('Of the 5 indicators, 3 are Green, 1 Amber and 1 Red').
    const counted = statusCounts(it.text);
    if (counted) {
      flush();
      run = counted.map((line) => ({ pos, line }));
      return flush();
    }
    const line = summaryLine(it.text);
    if (line) run.push({ pos, line });
    // A Total line, or a status printed with no number, stays inside the run.
    else if (run.length && (/^(?:total|all)\b/i.test(it.text) || summaryStatus(it.text))) skip.add(pos);
    else flush();
  });
  flush();
  return out;
}
