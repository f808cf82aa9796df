/**
 * Test and benchmark support: a long committee performance paper as a real PDF, laid out like the
 * published ones — a cover with a RAG summary table, a scorecard continued across pages, then one KPI
 * card per page (value table, RAG, description, commentary, a bar chart with axis ticks, data labels,
 * a target line, period labels and a legend, path to green), with a running header and page numbers.
 */
import { makePdf, row, type PdfPage, type PdfShape, type PdfText } from './make-pdf';

export interface LongPaperOptions {
  /** Number of KPI cards (one page each). */
  cards: number;
  /** Varies the figures, so papers made with different seeds are distinct documents. */
  seed?: number;
  committee?: string;
  /** Identifier prefix of the measures (`ASC 12`). */
  prefix?: string;
}

const SUBJECTS = ['adults supported to live at home', 'carers assessed within 28 days', 'reviews completed on time', 'safeguarding enquiries closed', 'people in residential care', 'reablement packages completed', 'complaints answered within 10 days', 'direct payments in place', 'hospital discharges within 7 days', 'occupational therapy waits'];
const LEADS = ['Percentage of', 'Number of', 'Rate of'];
const PERIODS = [['Q3', '2023/24'], ['Q4', '2023/24'], ['Q1', '2024/25'], ['Q2', '2024/25']];
const RAGS = ['Green', 'Amber', 'Red'] as const;

/** Helvetica advance widths (per 1,000 units) of the characters figures use; others count as 556. */
const WIDTH: Record<string, number> = { ',': 278, '.': 278, '%': 889, ' ': 278, '-': 333 };
const textWidth = (s: string, size: number) => ([...s].reduce((n, c) => n + (WIDTH[c] ?? 556), 0) * size) / 1000;

/** A small deterministic generator (mulberry32), so a seed always gives the same paper. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Card {
  id: string;
  title: string;
  target: number;
  series: number[];
  rag: (typeof RAGS)[number];
}

function cardsOf(o: Required<LongPaperOptions>): Card[] {
  const rnd = random(o.seed * 7919 + 1);
  return Array.from({ length: o.cards }, (_, i) => {
    const target = 60 + Math.floor(rnd() * 30);
    const series = PERIODS.map(() => 40 + Math.floor(rnd() * 55));
    const [cur] = series.slice(-1);
    const rag = cur >= target ? 'Green' : cur >= target - 5 ? 'Amber' : 'Red';
    return { id: `${o.prefix} ${i + 1}`, title: `${LEADS[i % LEADS.length]} ${SUBJECTS[(i + o.seed) % SUBJECTS.length]}`, target, series, rag };
  });
}

const change = (c: Card) => (c.series[3] > c.series[2] ? 'Improving' : c.series[3] < c.series[2] ? 'Declining' : 'Unchanged');

function cardPage(c: Card): PdfPage {
  const texts: PdfText[] = [];
  const shapes: PdfShape[] = [];
  const cols = [40, 130, 240, 330, 430];
  texts.push({ x: 40, top: 50, text: `Indicator ${c.id}: ${c.title}`, size: 13, bold: true });
  texts.push(...row(80, [[cols[0], 'Target'], [cols[1], 'Direction for'], [cols[2], 'Current'], [cols[3], 'Previous'], [cols[4], 'Change in']], 9, true));
  texts.push(...row(91, [[cols[1], 'Improvement'], [cols[2], 'Quarter'], [cols[3], 'Quarter'], [cols[4], 'Performance']], 9, true));
  texts.push(...row(108, [[cols[0] + 4, `${c.target}%`], [cols[1] + 4, 'Higher is better'], [cols[2] + 4, `${c.series[3]}%`], [cols[3] + 4, `${c.series[2]}%`], [cols[4] + 4, change(c)]], 10));
  texts.push({ x: 40, top: 135, text: 'RAG Rating', size: 10, bold: true }, { x: 40, top: 149, text: c.rag, size: 10 });
  texts.push({ x: 40, top: 180, text: 'Indicator Description', size: 10, bold: true });
  texts.push({ x: 40, top: 194, text: `The ${c.title.toLowerCase()} at the end of the quarter, as recorded in the case system.`, size: 9 });
  texts.push({ x: 40, top: 205, text: 'Figures are provisional until the annual return is published.', size: 9 });
  texts.push({ x: 40, top: 230, text: 'Commentary', size: 10, bold: true });
  const commentary = [
    `Performance moved from ${c.series[2]}% to ${c.series[3]}% this quarter against a target of ${c.target}%.`,
    `Over the last year the figure ranged between ${Math.min(...c.series)}% and ${Math.max(...c.series)}%.`,
    'Demand remained high in the north of the county and two teams carried vacancies.',
    'The service expects the new triage arrangements to show their effect next quarter.',
  ];
  commentary.forEach((t, i) => texts.push({ x: 40, top: 244 + i * 11, text: t, size: 9 }));
  // The chart: title, axis ticks (right-aligned, evenly spaced), bars with data labels, a target line, periods, legend.
  const plotTop = 360;
  const plotBottom = 560;
  texts.push({ x: 80, top: plotTop - 28, text: `Quarterly trend: ${c.title}`, size: 10, bold: true });
  const ticks = [100, 80, 60, 40, 20, 0];
  ticks.forEach((v, j) => texts.push({ x: 76 - textWidth(String(v), 8), top: plotTop + j * 40 - 4, text: String(v), size: 8 }));
  shapes.push({ line: { x: 80, top: plotTop, x2: 80, top2: plotBottom } }, { line: { x: 80, top: plotBottom, x2: 540, top2: plotBottom } });
  const yOf = (v: number) => plotBottom - (v / 100) * (plotBottom - plotTop);
  c.series.forEach((v, p) => {
    const cx = 130 + p * 110;
    shapes.push({ rect: { x: cx - 20, top: yOf(v), w: 40, h: plotBottom - yOf(v) } });
    texts.push({ x: cx - textWidth(`${v}%`, 8) / 2, top: yOf(v) - 12, text: `${v}%`, size: 8 });
  });
  shapes.push({ line: { x: 80, top: yOf(c.target), x2: 540, top2: yOf(c.target) } });
  c.series.forEach((_, p) => texts.push({ x: 130 + p * 110 + 24, top: yOf(c.target) - 10, text: `${c.target}%`, size: 7 }));
  PERIODS.forEach(([q, y], p) => {
    const cx = 130 + p * 110;
    texts.push({ x: cx - textWidth(q, 8) / 2, top: plotBottom + 6, text: q, size: 8 }, { x: cx - textWidth(y, 8) / 2, top: plotBottom + 16, text: y, size: 8 });
  });
  texts.push({ x: 130, top: plotBottom + 34, text: 'Actual', size: 8 }, { x: 240, top: plotBottom + 34, text: 'Target', size: 8 });
  texts.push({ x: 40, top: 640, text: 'Path to Green', size: 10, bold: true });
  texts.push({ x: 40, top: 654, text: c.rag === 'Green' ? 'Not applicable: the measure is on target.' : `Recover ${c.target - c.series[3]} points by the end of the year through weekly case reviews.`, size: 9 });
  texts.push({ x: 40, top: 680, text: 'Actions', size: 10, bold: true });
  texts.push({ x: 40, top: 694, text: '• Review the allocation of cases between teams every month.', size: 9 });
  texts.push({ x: 40, top: 705, text: '• Report progress to the committee at the next meeting.', size: 9 });
  return { texts, shapes };
}

/** Build a long paper: cover with a RAG summary, scorecard pages, one card per page. */
export function makeLongPaper(options: LongPaperOptions): Uint8Array {
  const o: Required<LongPaperOptions> = { seed: 1, committee: 'Adult Social Care', prefix: 'ASC', ...options };
  const cards = cardsOf(o);
  const count = (r: string) => cards.filter((c) => c.rag === r).length;
  const cover: PdfText[] = [
    { x: 40, top: 60, text: `${o.committee} Committee`, size: 18, bold: true },
    { x: 40, top: 90, text: 'Performance Report: Quarter 2 2024/25', size: 14 },
    { x: 40, top: 130, text: `This report sets out the ${cards.length} key performance indicators for the quarter ending September 2024.`, size: 10 },
    { x: 40, top: 170, text: 'Summary of RAG ratings', size: 12, bold: true },
    ...row(195, [[40, 'Status'], [200, 'Number'], [300, 'Percentage']], 9, true),
    ...RAGS.flatMap((r, i) => row(212 + i * 16, [[40, r], [200, String(count(r))], [300, `${((count(r) / cards.length) * 100).toFixed(1)}%`]])),
  ];
  const pages: PdfPage[] = [{ texts: cover }];
  const perPage = 44;
  const cols = [40, 300, 360, 420, 480, 540];
  for (let i = 0; i < cards.length; i += perPage) {
    const first = i === 0;
    const texts: PdfText[] = first ? [{ x: 40, top: 40, text: 'Scorecard', size: 14, bold: true }] : [];
    const top = first ? 70 : 50;
    if (first) texts.push(...row(top, [[cols[0], 'KPI'], [cols[1], 'Target'], [cols[2], 'Current'], [cols[3], 'Previous'], [cols[4], 'Change'], [cols[5], 'RAG']], 8, true));
    cards.slice(i, i + perPage).forEach((c, j) => texts.push(...row(top + 16 + j * 16, [[cols[0], `${c.id}: ${c.title}`], [cols[1], `${c.target}%`], [cols[2], `${c.series[3]}%`], [cols[3], `${c.series[2]}%`], [cols[4], change(c)], [cols[5], c.rag]], 7)));
    pages.push({ texts });
  }
  pages.push(...cards.map(cardPage));
  pages.forEach((p, n) => p.texts.push({ x: 40, top: 18, text: `${o.committee} Committee - Performance Report Q2 2024/25`, size: 8 }, { x: 500, top: 815, text: `Page ${n + 1} of ${pages.length}`, size: 8 }));
  return makePdf(pages);
}
