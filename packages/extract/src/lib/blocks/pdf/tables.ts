/**
 * Tables from text geometry: a band of column headings and the rows aligned under them; a multi-row table
 * the previous page ended with may go on at the top of the next.
 */
import { headerRoles, periodHeading, ragLabel, ragWord, summaryStatus } from '../../vocabulary';
import { boxOf, FORM_REACH, linesOf, type Seg } from './geometry';
import { vocabulary } from '../../lexicon';
import { cellText, isHeaderCell, isNamedHeading, isValueCell, SUMMARY_HEAD, type PdfTable, type TableLayout } from './table-cells';
import { collectRows } from './table-rows';

export { continueTable } from './table-rows';
export { isValueCell, type PdfTable, type TableLayout } from './table-cells';

/**
 * The longest run of a column's stacked lines, top down, that reads as its heading (none: empty); a run the
 * vocabulary names ('KPI Ref') is preferred to a longer one that only begins with a heading word ('KPI Ref
 * Customer Services', a group row under the headings).
 */
function headingLines(segs: Seg[], isHead: (segs: Seg[]) => boolean): Seg[] {
  const lines = linesOf(segs);
  const runs = lines.map((_, n) => lines.slice(0, lines.length - n).flat());
  return runs.find((head) => isNamedHeading(cellText(head))) ?? runs.find(isHead) ?? [];
}

interface Column {
  x0: number;
  x1: number;
  segs: Seg[];
}

/** Tables found from a band of column headings and the rows aligned under them. */
export function findTables(segs: Seg[], used: Set<Seg>, pageWidth: number): PdfTable[] {
  const free = segs.filter((s) => !used.has(s)).sort((a, b) => a.y - b.y || a.x - b.x);
  const taken = new Set<Seg>();
  const tables: PdfTable[] = [];
  for (const start of free) {
    if (taken.has(start) || !isHeaderCell(start.text)) continue;
    // The header band: non-value cells within a short vertical band, side by side, stacked lines joined.
    // The band stops at the first line below that holds a value (the first data row).
    // Its cells are printed at one size: a larger heading just above ('Indicator 30: …') is not one of them.
    // A word under a heading that completes it ('Intervention' / 'level') is the heading's second line, not a value.
    const completes = (s: Seg) => free.some((a) => a !== s && Math.abs(a.x - s.x) < 2 && a.y < s.y && s.y - a.y < a.h * 2 && isNamedHeading(`${a.text} ${s.text}`));
    const firstValue = Math.min(...free.filter((s) => !taken.has(s) && s.y > start.y + start.h * 0.5 && s.y <= start.y + 40 && isValueCell(s.text) && !isHeaderCell(s.text) && !completes(s)).map((s) => s.y));
    // Status words on the heading line itself ('Service | Blue | Green | Amber | Red | Total') head a summary's
    // columns when two or more differ; under a heading they are values.
    const statusHeads = new Set(free.filter((s) => !taken.has(s) && Math.abs(s.y - start.y) < start.h * 0.5 && Math.abs(s.h - start.h) < start.h * 0.2 && summaryStatus(s.text) !== null));
    if (new Set([...statusHeads].map((s) => summaryStatus(s.text))).size < 2) statusHeads.clear();
    // Months side by side on the heading line ('Jul-25 | Aug-25 | Sep-25') head a monthly table's columns; one
    // month alone is a card's date line.
    const monthHeads = new Set(free.filter((s) => !taken.has(s) && Math.abs(s.y - start.y) < start.h * 0.5 && periodHeading(s.text)?.basis === 'month'));
    if (monthHeads.size < 2) monthHeads.clear();
    const heads = new Set([...statusHeads, ...monthHeads]);
    // A form's line: each label has its value or text beside it ('Change  Improved  Rating  Blue',
    // 'Commentary  The figure includes…'); label–value pairs, not a table's headings.
    if (!heads.size) {
      const line = free.filter((s) => !taken.has(s) && Math.abs(s.y - start.y) < start.h * 0.5).sort((a, b) => a.x - b.x);
      const labels = line.filter((s) => isHeaderCell(s.text) && !isValueCell(s.text));
      const next = (s: Seg) => line[line.indexOf(s) + 1];
      // A status beside a RAG label is its value even where the word heads columns too ('RAG Rating  Baseline').
      const valueOf = (label: Seg, value: Seg) => isValueCell(value.text) && (!isHeaderCell(value.text) || (ragLabel(label.text) !== null && ragWord(value.text) !== null));
      const besideValue = labels.filter((s) => next(s) !== undefined && valueOf(s, next(s)));
      // A text row ('Commentary  The figure includes…') is one label at the start of its line, its text close by.
      const textRow = labels.length === 1 && labels[0] === line[0] && next(labels[0]) !== undefined && !isHeaderCell(next(labels[0]).text) && next(labels[0]).text.trim().split(/\s+/).length >= 4 && next(labels[0]).x - (labels[0].x + labels[0].w) < FORM_REACH;
      if ((besideValue.length && besideValue.length * 2 >= labels.length) || textRow) continue;
    }
    const isHead = (segs: Seg[]) => segs.every((s) => heads.has(s)) || isHeaderCell(cellText(segs));
    const band = free.filter((s) => !taken.has(s) && s.y >= start.y - 12 && s.y <= start.y + 30 && s.y < firstValue - 1 && s.h < start.h * 1.6 && s.h > start.h * 0.8 && (!isValueCell(s.text) || isHeaderCell(s.text) || heads.has(s) || completes(s)));
    const columns: Column[] = [];
    for (const s of band.sort((a, b) => a.x - b.x)) {
      const col = columns.find((c) => Math.min(c.x1, s.x + s.w) - Math.max(c.x0, s.x) > -2);
      if (col) {
        col.segs.push(s);
        col.x0 = Math.min(col.x0, s.x);
        col.x1 = Math.max(col.x1, s.x + s.w);
      } else columns.push({ x0: s.x, x1: s.x + s.w, segs: [s] });
    }
    // A column is a heading only if its stacked lines, from the band's first line, are one: a group row
    // under the headings ('Planning' over the first KPI) is cut off and left for the rows.
    for (const c of columns) {
      c.segs = headingLines(c.segs, isHead);
      c.x0 = Math.min(...c.segs.map((s) => s.x));
      c.x1 = Math.max(...c.segs.map((s) => s.x + s.w));
    }
    const headerCols = columns.filter((c) => c.segs.length);
    const roles = new Set(headerCols.flatMap((c) => headerRoles(cellText(c.segs))?.map((r) => r.role) ?? []));
    const summaryLike = headerCols.some((c) => SUMMARY_HEAD.test(cellText(c.segs))) || statusHeads.size > 0;
    if (headerCols.length < 2 || (headerCols.length < 3 && !summaryLike) || (roles.size < 2 && !summaryLike && headerCols.length < 4)) continue;
    const cols = headerCols.sort((a, b) => a.x0 - b.x0);
    const headerSegs = cols.flatMap((c) => c.segs);
    const headerBottom = Math.max(...headerSegs.map((s) => s.y + s.h));
    const spacing = cols.length > 1 ? (cols[cols.length - 1].x0 - cols[0].x0) / (cols.length - 1) : 100;
    // A cell may reach from its heading's left edge (or halfway from the previous heading) to the next heading.
    const bounds = cols.map((c, i) => ({
      lo: i === 0 ? c.x0 - Math.min(spacing * 0.4, 30) : Math.min(c.x0, (cols[i - 1].x1 + c.x0) / 2),
      hi: i === cols.length - 1 ? Math.min(pageWidth, c.x1 + spacing * 0.45) : cols[i + 1].x0 - 0.5,
    }));
    for (let i = 1; i < bounds.length; i++) bounds[i].lo = Math.max(bounds[i].lo, bounds[i - 1].lo + 1);
    for (let i = 0; i < bounds.length - 1; i++) bounds[i].hi = Math.min(bounds[i].hi, bounds[i + 1].lo);
    const kind: TableLayout['kind'] = SUMMARY_HEAD.test(cellText(cols[0].segs)) && !/data item/i.test(cellText(cols[0].segs)) ? 'summary' : /^data item$/i.test(cellText(cols[0].segs)) ? 'key' : 'grid';
    // Rows: lines under the heading that stay inside the columns.
    const body = free.filter((s) => !taken.has(s) && !headerSegs.includes(s) && s.y > headerBottom - 2);
    const periodCols = cols.filter((c) => periodHeading(cellText(c.segs)) !== null).length;
    // A card's value table has one row; a column of KPI names or references makes it a scorecard.
    // A first column of periods ('Quarter | Actual | Target', a row per quarter) is a trend of several rows.
    const byPeriod = /^(?:quarter|qtr|month|period|year|date)$/i.test(cellText(cols[0].segs));
    const valueTable = kind === 'grid' && !byPeriod && (roles.has('current') || periodCols > 0) && !cols.some((c) => /kpi|indicator|measure/i.test(cellText(c.segs)) || ['name', 'ref'].includes(vocabulary().scorecardColumnOf(cellText(c.segs)) ?? ''));
    const layout: TableLayout = { header: cols.map((c) => cellText(c.segs)), bounds, spans: cols.map((c) => ({ x0: c.x0, x1: c.x1 })), kind, oneRow: valueTable };
    const rows = collectRows(body, layout, headerBottom);
    if (!rows.length) {
      // Headings at the foot of a page, nothing under them: the table goes on overleaf.
      // Only a clear heading row: three columns or more, none of them a value ('RAG Rating  Baseline' is a pair).
      if (body.some((s) => s.y > headerBottom - 2) || cols.length < 3 || headerSegs.some((s) => isValueCell(s.text))) continue;
      headerSegs.forEach((s) => taken.add(s));
      tables.push({ rows: [layout.header], segs: headerSegs, box: boxOf(headerSegs), layout: { ...layout, open: true } });
      continue;
    }
    const all = [...headerSegs, ...rows.flat(2)];
    all.forEach((s) => taken.add(s));
    tables.push({ rows: [layout.header, ...rows.map((r) => r.map(cellText))], segs: all, box: boxOf(all), layout: { ...layout, rowHeight: rows[0].flat()[0]?.h } });
  }
  return tables;
}
