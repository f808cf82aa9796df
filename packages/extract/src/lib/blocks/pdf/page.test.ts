import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { makePdf, type PdfPage, type PdfText } from '../../../test/make-pdf';

/** One KPI per page, as a county dashboard prints it: title and badge, figures as label/value columns, a chart, two boxes. */
function dashboardPage(title: string, rag: string, figures: [string, string][], periods: string[], description: string[], commentary: string[]): PdfPage {
  const texts: PdfText[] = [
    { x: 40, top: 40, text: title, size: 14, bold: true },
    { x: 420, top: 40, text: rag, size: 14, bold: true },
    ...figures.flatMap(([label, value], i) => [
      { x: 40, top: 80 + i * 16, text: label, size: 10, bold: true },
      { x: 130, top: 80 + i * 16, text: value, size: 10 },
    ]),
    ...['100', '75', '50', '25', '0'].map((t, i) => ({ x: 330 - t.length * 4.4, top: 80 + i * 30, text: t, size: 8 })),
    ...periods.map((p, i) => ({ x: 345 + i * 48, top: 210, text: p, size: 8 })),
    { x: 360, top: 228, text: 'Actual', size: 8 },
    { x: 430, top: 228, text: 'Floor', size: 8 },
    { x: 40, top: 270, text: 'Description', size: 10, bold: true },
    ...description.map((line, i) => ({ x: 40, top: 284 + i * 11, text: line, size: 9 })),
    { x: 284, top: 270, text: 'Commentary', size: 10, bold: true },
    ...commentary.map((line, i) => ({ x: 284, top: 284 + i * 11, text: line, size: 9 })),
  ];
  return { width: 595, height: 842, texts, rects: [{ x: 416, top: 38, w: 50, h: 18, fill: [0.2, 0.7, 0.3] }, { x: 350, top: 230, w: 7, h: 6 }, { x: 420, top: 230, w: 7, h: 6 }] };
}

describe('a county dashboard page', () => {
  test('title, badge, figures, chart and two boxes come out as separate blocks in reading order', async () => {
    const pages = [
      dashboardPage('Number of households in temporary accommodation', 'Amber', [['Actual:', '412'], ['Target:', '380'], ['Floor:', '450'], ['Last quarter:', '398 (Green)']], ['Jun 24', 'Sep 24', 'Dec 24', 'Mar 25'],
        ['Households placed by the council in temporary accommodation', 'under homelessness duties, counted on the last day of', 'each quarter.'],
        ['Placements rose with the end of private tenancies.', 'A new prevention team starts in April.']),
      dashboardPage('Average days to process a new benefit claim', 'Green', [['Actual:', '18 days'], ['Target:', '20 days'], ['Floor:', '25 days'], ['Last quarter:', '21 days (Amber)']], ['Q1 24/25', 'Q2 24/25', 'Q3 24/25', 'Q4 24/25'],
        ['Calendar days from a complete claim to the decision,', 'averaged over all new claims decided in the quarter', 'by the benefits service.'],
        ['Automation of evidence checks cut the backlog.', 'Staffing is now at full complement.']),
    ];
    const { blocks, pages: count } = await pdfBlocks(makePdf(pages));
    expect(count).toBe(2);
    // The chart stands beside the figures and over the commentary: read after the badge, before the commentary.
    for (const page of [1, 2]) {
      const kinds = blocks.filter((b) => b.prov.page === page).map((b) => (b.kind === 'chart' ? 'chart' : b.text.split(/[\n:]/)[0]));
      expect(kinds.indexOf('chart')).toBeGreaterThan(1);
      expect(kinds.indexOf('chart')).toBeLessThan(kinds.indexOf('Commentary'));
    }
    const view = blocks.filter((b) => b.kind !== 'chart').map((b) => [b.prov.page, b.kind, b.text]);
    expect(view).toEqual([
      [1, 'heading', 'Number of households in temporary accommodation'],
      [1, 'paragraph', 'Amber'],
      [1, 'paragraph', 'Actual: 412'],
      [1, 'paragraph', 'Target: 380'],
      [1, 'paragraph', 'Floor: 450'],
      [1, 'paragraph', 'Last quarter: 398 (Green)'],
      [1, 'paragraph', 'Description\nHouseholds placed by the council in temporary accommodation\nunder homelessness duties, counted on the last day of\neach quarter.'],
      [1, 'paragraph', 'Commentary\nPlacements rose with the end of private tenancies.\nA new prevention team starts in April.'],
      [2, 'heading', 'Average days to process a new benefit claim'],
      [2, 'paragraph', 'Green'],
      [2, 'paragraph', 'Actual: 18 days'],
      [2, 'paragraph', 'Target: 20 days'],
      [2, 'paragraph', 'Floor: 25 days'],
      [2, 'paragraph', 'Last quarter: 21 days (Amber)'],
      [2, 'paragraph', 'Description\nCalendar days from a complete claim to the decision,\naveraged over all new claims decided in the quarter\nby the benefits service.'],
      [2, 'paragraph', 'Commentary\nAutomation of evidence checks cut the backlog.\nStaffing is now at full complement.'],
    ]);
    // Nothing from the chart (ticks, periods, legend) is left in a text block.
    const text = blocks.filter((b) => b.kind !== 'chart').map((b) => b.text).join('\n');
    expect(text).not.toMatch(/\b(?:Jun 24|Q1 24\/25|100|75)\b|^(?:Actual|Floor)$/m);
    // Boxes: the chart spans ticks to legend; the badge keeps its own place; description and commentary sit side by side.
    const box = (start: string) => blocks.find((b) => b.prov.page === 1 && (b.kind === 'chart' ? 'chart' : b.text).startsWith(start))!.prov.box!;
    expect(box('chart')).toEqual({ x: 316.8, y: 80, w: expect.any(Number), h: 156 });
    expect(box('Amber')).toEqual({ x: 420, y: 40, w: expect.any(Number), h: 14 });
    expect([box('Description').x, box('Description').y, box('Commentary').x, box('Commentary').y]).toEqual([40, 270, 284, 270]);
    expect(box('Commentary').x - (box('Description').x + box('Description').w)).toBeLessThan(9 * 3.2);
  });
});

describe('running headers and footers of a short paper', () => {
  test("on a paper of two pages, margin text on both and a protective marking are furniture, not a card's commentary", async () => {
    const page = (n: number, id: string, title: string, comment: string): PdfPage => ({
      width: 595,
      height: 842,
      texts: [
        { x: 57, top: 24, text: 'Audit and Governance Committee – 12 February 2025', size: 8 },
        { x: 63, top: 120, text: `${id}: ${title}`, size: 12, bold: true },
        { x: 63, top: 140, text: 'Target: 75%  Actual: 70%  RAG: Amber', size: 10 },
        { x: 63, top: 170, text: 'Commentary', size: 10, bold: true },
        { x: 63, top: 184, text: comment, size: 10 },
        { x: 57, top: 810, text: 'OFFICIAL', size: 8 },
        { x: 498, top: 810, text: `Page ${n} of 2`, size: 8 },
      ],
    });
    const pdf = makePdf([page(1, 'AG 01', 'Internal audit plan completed', 'Two audits deferred to Q4.'), page(2, 'AG 02', 'Recommendations implemented', 'Good progress.')]);
    const { blocks } = await pdfBlocks(pdf);
    expect(blocks.filter((b) => b.role !== 'content').map((b) => b.text)).toEqual(['Audit and Governance Committee – 12 February 2025', 'OFFICIAL', 'Page 1 of 2', 'Audit and Governance Committee – 12 February 2025', 'OFFICIAL', 'Page 2 of 2']);
    const { parseBlocks } = await import('../../parse/report');
    const r = parseBlocks(blocks);
    expect(r.cards.map((c) => [c.printedId, c.commentary])).toEqual([['AG 01', 'Two audits deferred to Q4.'], ['AG 02', 'Good progress.']]);
    expect(r.committee).toBe('Audit and Governance Committee');
  });
});
