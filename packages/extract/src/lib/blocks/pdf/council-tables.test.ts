import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { makePdf, type PdfText } from '../../../test/make-pdf';
import { parseBlocks } from '../../parse/report';

/** Cells at the columns' left edges, one line of text each ({ top, cells }). */
const lines = (xs: number[], rows: { top: number; cells: string[]; bold?: boolean }[]): PdfText[] =>
  rows.flatMap((r) => r.cells.flatMap((text, i) => (text ? [{ x: xs[i], top: r.top, text, size: 9, bold: r.bold }] : [])));

describe('scorecards headed in words the vocabulary does not know', () => {
  test("a police panel's 'Crime type' column of names beside period headings is a scorecard of every row (before: one row, the rest loose text)", async () => {
    const xs = [40, 150, 320, 490];
    const texts = [
      { x: 40, top: 40, text: 'Police and Crime Panel – 23 June 2025', size: 12, bold: true },
      ...lines(xs, [
        { top: 70, cells: ['Crime type', 'Earlier period May-23 to Apr-24', 'Later period May-24 to Apr-25', 'Change (%)'], bold: true },
        { top: 86, cells: ['All recorded crime', '95,509', '92,739', '- 2.9%'] },
        { top: 100, cells: ['Victim based crime', '87,928', '85,661', '- 2.6%'] },
        { top: 114, cells: ['Domestic burglary', '4,602', '4,890', '+ 6.3%'] },
      ]),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    const rows = parseBlocks(blocks).scorecard.map((r) => [r.title, r.previous?.raw, r.current?.raw]);
    expect(rows).toEqual([
      ['All recorded crime', '95,509', '92,739'],
      ['Victim based crime', '87,928', '85,661'],
      ['Domestic burglary', '4,602', '4,890'],
    ]);
  });

  test("rolling figures' headings wrapped in their cells ('Rolling 12 months to' / 'Mar-24') head their columns (before: no KPI)", async () => {
    const xs = [40, 200, 260, 380, 500];
    const texts = [
      { x: 40, top: 40, text: 'Employment Committee – 12 September 2024', size: 12, bold: true },
      ...lines(xs, [
        { top: 70, cells: ['Indicator', 'Target', 'Rolling 12 months to', 'Rolling 12 months to', 'RAG'], bold: true },
        { top: 81, cells: ['', '', 'Mar-24', 'Jun-24', ''], bold: true },
        { top: 97, cells: ['Staff turnover (%)', '12%', '13.1%', '11.7%', 'Green'] },
        { top: 111, cells: ['Agency spend (£000)', '1,500', '1,820', '1,610', 'Amber'] },
      ]),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.find((b) => b.kind === 'table')?.rows?.[0]).toEqual(['Indicator', 'Target', 'Rolling 12 months to Mar-24', 'Rolling 12 months to Jun-24', 'RAG']);
    expect(parseBlocks(blocks).scorecard.map((r) => [r.title, r.target?.raw, r.previous?.raw, r.current?.raw, r.rag?.raw])).toEqual([
      ['Staff turnover (%)', '12%', '13.1%', '11.7%', 'Green'],
      ['Agency spend (£000)', '1,500', '1,820', '1,610', 'Amber'],
    ]);
  });
  test("'Position at end of Q1 | Position at end of Q2' headings, wrapped, head a quarter's figures; a name wrapped before a figure ('… within' / '60 seconds') goes on (before: no KPI)", async () => {
    const xs = [40, 80, 300, 360, 440, 520];
    const texts = [
      { x: 40, top: 40, text: 'Policy and Resources Committee – 14 November 2024', size: 12, bold: true },
      ...lines(xs, [
        { top: 70, cells: ['Ref', 'Indicator', 'Target', 'Position at end', 'Position at end', 'RAG'], bold: true },
        { top: 81, cells: ['', '', '', 'of Q1', 'of Q2', ''], bold: true },
        { top: 97, cells: ['CS01', 'Calls answered within', '80%', '74.2%', '81.5%', 'Green'] },
        { top: 108, cells: ['', '60 seconds'] },
        { top: 124, cells: ['HS04', 'Average days to re-let void homes', '28', '35.1', '31.0', 'Amber'] },
      ]),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    const rows = parseBlocks(blocks).scorecard.map((r) => [r.printedId, r.title, r.target?.raw, r.current?.raw, r.previous?.raw, r.rag?.raw]);
    expect(rows).toEqual([
      ['CS01', 'Calls answered within 60 seconds', '80%', '81.5%', '74.2%', 'Green'],
      ['HS04', 'Average days to re-let void homes', '28', '31.0', '35.1', 'Amber'],
    ]);
  });
});

describe("a card's trend of one figure ('Period | Value', a row per year)", () => {
  test('is a table of two columns, its years no chart axis, and no card of its own (before: a card titled "Period" with 13.4%)', async () => {
    const texts = [
      { x: 40, top: 40, text: 'Health and Wellbeing Board – Quarter 2 2024/25', size: 12, bold: true },
      { x: 40, top: 66, text: 'HWB 4: Smoking prevalence in adults (18+)', size: 11, bold: true },
      { x: 40, top: 88, text: 'Latest data: 11.9% (2023)', size: 9 },
      { x: 40, top: 104, text: 'Target: 12.0%', size: 9 },
      ...lines([47, 203], [
        { top: 128, cells: ['Period', 'Value'], bold: true },
        { top: 144, cells: ['2020', '13.4%'] },
        { top: 158, cells: ['2021', '13.0%'] },
        { top: 172, cells: ['2022', '12.6%'] },
        { top: 186, cells: ['2023', '11.9%'] },
      ]),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.filter((b) => b.kind === 'chart')).toEqual([]);
    expect(blocks.find((b) => b.kind === 'table')?.rows).toEqual([['Period', 'Value'], ['2020', '13.4%'], ['2021', '13.0%'], ['2022', '12.6%'], ['2023', '11.9%']]);
    expect(parseBlocks(blocks).cards.map((c) => [c.printedId, c.current?.raw, c.target?.raw])).toEqual([['HWB 4', '11.9% (2023)', '12.0%']]);
  });
});
