/**
 * Tables from text geometry: a band of column headings and the rows aligned under them; a multi-row table
 * the previous page ended with may go on at the top of the next.
 */
import { headerRoles, isPeriodColumnHeading, periodHeading, ragLabel, ragWord, summaryStatus } from '../../vocabulary';
import { boxOf, FORM_REACH, linesOf, type Seg } from './geometry';
import { vocabulary } from '../../lexicon';
import { cellText, isCutMonth, isHeaderCell, ragHoles, SUMMARY_HEAD, textColumn, type PdfTable, type TableLayout } from './table-cells';
import { isNamedHeading, isValueCell } from '../cell-kinds';
import { collectRows } from './table-rows';
import { gutterAt, PANEL_GAP_DEPTH, repeatOf } from './table-split';
import { apart, groupHeadings, headingLines, headText, otherHeadings, type Column } from './table-headings';

export { continueTable } from './table-overleaf';
import { overleafTail } from './table-overleaf';
export { type PdfTable, type TableLayout } from './table-cells';

/** Tables found from a band of column headings and the rows aligned under them. */
/** Two lines of one heading cell: left-aligned, or centred in the cell (browsers centre headings). */
const stackedOn = (a: Seg, b: Seg) => Math.abs(a.x - b.x) < 2 || Math.abs(a.x + a.w / 2 - (b.x + b.w / 2)) < 1.5;

export function findTables(segs: Seg[], used: Set<Seg>, pageWidth: number, carry: TableLayout | null = null): PdfTable[] {
  const free = segs.filter((s) => !used.has(s)).sort((a, b) => a.y - b.y || a.x - b.x);
  const taken = new Set<Seg>();
  const tables: PdfTable[] = [];
  for (const start of free) {
    if (taken.has(start) || !isHeaderCell(start.text)) continue;
    // The header band: non-value cells within a short vertical band, side by side, stacked lines joined.
    // The band stops at the first line below that holds a value (the first data row).
    // Its cells are printed at one size: a larger heading just above ('Indicator 30: …') is not one of them.
    // A word under a heading that completes it ('Intervention' / 'level') is the heading's second line, not a
    // value; a rating under 'Status' is the first row's ('Status Amber' reads as a label and its value).
    const completes = (s: Seg) => !ragWord(s.text) && free.some((a) => a !== s && stackedOn(a, s) && a.y < s.y && s.y - a.y < a.h * 2 && (isNamedHeading(`${a.text} ${s.text}`) || isCutMonth(a.text, s.text)));
    // A word that reads as a value begins a wrapped heading when the lines under it complete one ('Same' /
    // 'Period Last' / 'Year'): a heading's first line, not a figure.
    const begins = (s: Seg) => {
      const under = free.filter((a) => a !== s && Math.abs(a.x - s.x) < 2 && a.y > s.y && a.y - s.y < s.h * 3.5).sort((a, b) => a.y - b.y);
      return under.some((_, k) => isNamedHeading([s, ...under.slice(0, k + 1)].map((a) => a.text).join(' ')));
    };
    const firstValue = Math.min(...free.filter((s) => !taken.has(s) && s.y > start.y + start.h * 0.5 && s.y <= start.y + 40 && isValueCell(s.text) && !isHeaderCell(s.text) && !completes(s)).map((s) => s.y));
    // Status words on the heading line itself ('Service | Blue | Green | Amber | Red | Total') head a summary's
    // columns when two or more differ; under a heading they are values.
    // The runs level with the first heading, found once for the three tests below.
    const level = free.filter((s) => !taken.has(s) && Math.abs(s.y - start.y) < start.h * 0.5);
    const statusHeads = new Set(level.filter((s) => Math.abs(s.h - start.h) < start.h * 0.2 && summaryStatus(s.text) !== null));
    // Statuses each right after a RAG label ('Status  Within tolerance  Status  Off target': cards side by side)
    // are the labels' values, not a summary's headings.
    const ordered = [...level].sort((a, b) => a.x - b.x);
    const labelled = [...statusHeads].every((s) => ragLabel(ordered[ordered.indexOf(s) - 1]?.text ?? '')?.rest === '');
    if (new Set([...statusHeads].map((s) => summaryStatus(s.text))).size < 2 || labelled) statusHeads.clear();
    // Months side by side on the heading line ('Jul-25 | Aug-25 | Sep-25') head a monthly table's columns; one
    // month alone is a card's date line.
    // A month broken at its hyphen in a narrow column ('Jul-' over '24') heads its column with the line under it.
    const rests = new Map(level.flatMap((s) => {
      const rest = free.find((a) => a !== s && stackedOn(s, a) && a.y > s.y && a.y - s.y < s.h * 2 && isCutMonth(s.text, a.text));
      return rest ? [[s, rest] as const] : [];
    }));
    const monthHeads = new Set(level.filter((s) => periodHeading(s.text)?.basis === 'month' || rests.has(s)));
    if (monthHeads.size < 2) monthHeads.clear();
    for (const s of [...monthHeads]) if (rests.has(s)) monthHeads.add(rests.get(s)!);
    const heads = new Set([...statusHeads, ...monthHeads]);
    // A form's line: each label has its value or text beside it ('Change  Improved  Rating  Blue',
    // 'Commentary  The figure includes…'); label–value pairs, not a table's headings.
    if (!heads.size) {
      const line = [...level].sort((a, b) => a.x - b.x);
      const labels = line.filter((s) => isHeaderCell(s.text) && !isValueCell(s.text));
      const next = (s: Seg) => line[line.indexOf(s) + 1];
      // A status beside a RAG label is its value even where the word heads columns too ('RAG Rating  Baseline').
      // So is a rating in words beside it that no value cell reads ('Status  Within tolerance', a card's pill).
      const valueOf = (label: Seg, value: Seg) => (isValueCell(value.text) && !isHeaderCell(value.text)) || (ragLabel(label.text) !== null && ragWord(value.text) !== null);
      const besideValue = labels.filter((s) => next(s) !== undefined && valueOf(s, next(s)));
      // A text row ('Commentary  The figure includes…') is one label at the start of its line, its text close by.
      const textRow = labels.length === 1 && labels[0] === line[0] && next(labels[0]) !== undefined && !isHeaderCell(next(labels[0]).text) && next(labels[0]).text.trim().split(/\s+/).length >= 4 && next(labels[0]).x - (labels[0].x + labels[0].w) < FORM_REACH;
      // Unless each label has its own figure right under it: then they head columns ('Target | Q2 2023/24 |
      // Higher is better' over '56.0% | 55.9%', a slide's figures with the direction beside them).
      const figureUnder = (label: Seg) => free.some((v) => v.y > label.y + label.h * 0.5 && v.y - (label.y + label.h) < label.h && Math.abs(v.x - label.x) < 2 && isValueCell(v.text) && !isHeaderCell(v.text));
      if (((besideValue.length && besideValue.length * 2 >= labels.length) || textRow) && !(labels.length >= 2 && labels.every(figureUnder))) continue;
    }
    const isHead = (segs: Seg[]) => segs.every((s) => heads.has(s)) || isHeaderCell(cellText(segs));
    const band = free.filter((s) => !taken.has(s) && s.y >= start.y - 12 && s.y <= start.y + 30 && s.y < firstValue - 1 && s.h < start.h * 1.6 && s.h > start.h * 0.8 && (!isValueCell(s.text) || isHeaderCell(s.text) || heads.has(s) || completes(s) || (Math.abs(s.y - start.y) < start.h * 0.5 && begins(s))));
    // A heading-like line standing alone above the headings (a title: 'Performance report Quarter 2 2024/25')
    // does not begin them: nothing beside it, and nothing right under it or it lies over the first heading and
    // the next (a group over its columns never covers the first).
    const beside = band.some((s) => s !== start && Math.abs(s.y - start.y) < start.h * 0.5);
    const below = band.filter((s) => s.y > start.y + start.h * 0.5 && s.y - (start.y + start.h) <= start.h * 1.2);
    const spanned = below.filter((s) => Math.min(s.x + s.w, start.x + start.w) - Math.max(s.x, start.x) > 0);
    if (!beside && (!below.length || (spanned.length >= 2 && Math.min(...spanned.map((s) => s.x)) <= Math.min(...below.map((s) => s.x)) + 1))) continue;
    // A line under the headings that lies across two of them ('Housing' under 'Ref' and 'Indicator') is a group
    // row of the body, not a heading's second line: it would join their columns into one. So is a title right
    // above them that is no heading ('Appendix A – Performance scorecard', a text dump's line above).
    // Headings aligned to the foot of their cells (a spreadsheet's) stand on a lower line than the first: a
    // group row lies across two headings of any line of headings above it.
    const first = band.filter((s) => Math.abs(s.y - start.y) < start.h * 0.5);
    const overlapping = (line: Seg[], s: Seg) => line.filter((f) => Math.min(f.x + f.w, s.x + s.w) - Math.max(f.x, s.x) > 0).length >= 2;
    const spansTwo = (s: Seg) => overlapping(first, s);
    const spansTwoAbove = (s: Seg) => linesOf(band.filter((b) => b.y < s.y - s.h * 0.5 && isHeaderCell(b.text))).some((line) => line.length >= 3 && overlapping(line, s));
    const across = (s: Seg) => (s.y > start.y + start.h * 0.5 && !isHeaderCell(s.text) && spansTwoAbove(s)) || ((s.y > start.y + start.h * 0.5 || (s.y < start.y - start.h * 0.5 && !isHeaderCell(s.text))) && spansTwo(s));
    band.splice(0, band.length, ...band.filter((s) => !across(s)));
    // Two columns need two runs apart: a heading over its own text ('Commentary' over a paragraph) is settled here, unread.
    if (!apart(band)) continue;
    for (const s of otherHeadings(first, heads)) heads.add(s);
    const grouping = groupHeadings(band);
    const columns: Column[] = [];
    for (const s of band.filter((s) => !grouping.segs.has(s)).sort((a, b) => a.x - b.x)) {
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
    for (const c of columns) {
      const group = c.segs.map((s) => grouping.over.get(s)).find(Boolean);
      if (group) Object.assign(c, { label: `${cellText(group)} ${cellText(c.segs)}`, group });
    }
    const headerCols = columns.filter((c) => c.segs.length);
    // A column's heading is read many times below: its text worked out once, now its runs are settled.
    for (const c of headerCols) c.label ??= cellText(c.segs);
    const roles = new Set(headerCols.flatMap((c) => headerRoles(headText(c))?.map((r) => r.role) ?? []));
    const summaryLike = headerCols.some((c) => SUMMARY_HEAD.test(headText(c))) || statusHeads.size > 0;
    const sorted = headerCols.sort((a, b) => a.x0 - b.x0);
    // Tables side by side (two cards' value tables on one line): their headings repeat; this one ends where
    // the repeat begins, and the next is found from its own first heading.
    // Or a gutter parts them (two panels' figures on one line): a gap far wider than the ones between headings.
    // Nothing printed under the headings may lie in the gap (a wide column of names leaves a wide gap too).
    const crossed = (lo: number, hi: number) => free.some((s) => s.y > start.y && s.y < start.y + PANEL_GAP_DEPTH && s.x < hi - 1 && s.x + s.w > lo + 1);
    const period = repeatOf(sorted.map((c) => headText(c).toLowerCase())) ?? gutterAt(sorted, crossed);
    const cols = period ? sorted.slice(0, period) : sorted;
    // A trend of one figure ('Period | Value', a row per year) is a table of two columns too.
    const trend = headerCols.length === 2 && isPeriodColumnHeading(headText(sorted[0])) && roles.size === 1;
    // So are two fields' labels side by side over their values ('Target | Last quarter' over '48.5% | 46.0%', a
    // slide's figures), or a field's and a period's ('Target | Q1 2024/25'), up to a panel's gutter.
    const fieldOrPeriod = (c: Column) => headerRoles(headText(c))?.length === 1 || (periodHeading(headText(c))?.basis ?? 'month') !== 'month';
    const fields = new Set(cols.flatMap((c) => headerRoles(headText(c))?.map((r) => r.role) ?? []));
    const pair = cols.length === 2 && fields.size + cols.filter((c) => !headerRoles(headText(c))).length === 2 && fields.size >= 1 && cols.every(fieldOrPeriod);
    if (!trend && (headerCols.length < 2 || (headerCols.length < 3 && !summaryLike && !pair) || (roles.size < 2 && !summaryLike && !pair && headerCols.length < 4))) continue;
    const edge = period ? sorted[period].x0 - 1 : pageWidth;
    const headerSegs = [...new Set(cols.flatMap((c) => [...(c.group ?? []), ...c.segs]))];
    const headerBottom = Math.max(...headerSegs.map((s) => s.y + s.h));
    const spacing = cols.length > 1 ? (cols[cols.length - 1].x0 - cols[0].x0) / (cols.length - 1) : 100;
    const wordsFirst = (textColumn(headText(cols[0])) && vocabulary().scorecardColumnOf(headText(cols[0])) === 'name') || SUMMARY_HEAD.test(headText(cols[0]));
    // A cell may reach from its heading's left edge (or halfway from the previous heading) to the next heading.
    const bounds = cols.map((c, i) => ({
      // A first column of names or statuses may have its heading centred over a wide cell: its text starts well
      // left of it (up to three headings' widths; not the page's margin, where another column may stand).
      lo: i === 0 ? (wordsFirst ? Math.max(0, c.x0 - 3 * (c.x1 - c.x0) - 30) : c.x0 - Math.min(spacing * 0.4, 30)) : Math.min(c.x0, (cols[i - 1].x1 + c.x0) / 2),
      hi: i === cols.length - 1 ? Math.min(edge, c.x1 + spacing * 0.45) : cols[i + 1].x0 - 0.5,
    }));
    for (let i = 1; i < bounds.length; i++) bounds[i].lo = Math.max(bounds[i].lo, bounds[i - 1].lo + 1);
    for (let i = 0; i < bounds.length - 1; i++) bounds[i].hi = Math.min(bounds[i].hi, bounds[i + 1].lo);
    const kind: TableLayout['kind'] = SUMMARY_HEAD.test(headText(cols[0])) && !/data item/i.test(headText(cols[0])) ? 'summary' : /^data item$/i.test(headText(cols[0])) ? 'key' : 'grid';
    // Rows: lines under the heading that stay inside the columns.
    const body = free.filter((s) => !taken.has(s) && !headerSegs.includes(s) && s.y > headerBottom - 2);
    const periodCols = cols.filter((c) => periodHeading(headText(c)) !== null).length;
    // A card's value table has one row; a column of KPI names or references makes it a scorecard.
    // A first column of periods ('Quarter | Actual | Target', a row per quarter) is a trend of several rows.
    const byPeriod = isPeriodColumnHeading(headText(cols[0]));
    // A first column headed by words the vocabulary does not know ('Crime type') beside figures' headings is the
    // KPIs' names: a scorecard of several rows.
    const namesFirst = cols.length >= 3 && !isNamedHeading(headText(cols[0])) && !isValueCell(headText(cols[0]));
    const valueTable = kind === 'grid' && !byPeriod && !namesFirst && (roles.has('current') || periodCols > 0) && !cols.some((c) => /kpi|indicator|measure/i.test(headText(c)) || ['name', 'ref'].includes(vocabulary().scorecardColumnOf(headText(c)) ?? ''));
    const layout: TableLayout = { header: cols.map(headText), bounds, spans: cols.map((c) => ({ x0: c.x0, x1: c.x1 })), kind, oneRow: valueTable };
    // The previous page's table with its headings repeated, first on this page: a row broken by the page
    // break finishes overleaf, its last lines first (Word's default for long tables).
    const repeated = carry !== null && !tables.length && carry.header.join('|') === layout.header.join('|') && !free.some((s) => !taken.has(s) && !headerSegs.includes(s) && s.y < headerBottom - 2 && s.y + s.h < Math.min(...headerSegs.map((h) => h.y)));
    const rows = collectRows(body, layout, headerBottom, repeated);
    const tail = repeated ? overleafTail(rows, { ...layout, rowHeight: carry.rowHeight }) : null;
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
    tables.push({ rows: [layout.header, ...rows.map((r) => r.map(cellText))], segs: all, box: boxOf(all), layout: { ...layout, rowHeight: rows[0].flat()[0]?.h }, holes: ragHoles(rows, cols, layout.header, bounds, tail ? 1 : 0), ...(tail ? { continuesRow: true } : {}) });
  }
  return tables;
}
