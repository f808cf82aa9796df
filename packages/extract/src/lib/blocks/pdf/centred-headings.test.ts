import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { makePdf, row, type PdfText } from '../../../test/make-pdf';

/** Browsers and Word centre a table's headings by default: a wide first column's heading stands far right of its text. */
describe('a first column whose heading is centred over a wide cell', () => {
  test('KPI names start at the margin, left of the centred Indicator heading', async () => {
    const texts: PdfText[] = [
      ...row(80, [[130, 'Indicator'], [300, 'Target'], [360, 'Previous'], [430, 'Current'], [500, 'RAG']], 10, true),
      ...row(100, [[42, 'Percentage of invoices paid within 30 days'], [300, '95%'], [360, '94.1%'], [430, '93.4%'], [500, 'Amber']]),
      ...row(116, [[42, 'Business rates collected'], [300, '£42.5m'], [360, '£31.9m'], [430, '£43.1m'], [500, 'Green']]),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.map((b) => b.rows)).toEqual([
      [
        ['Indicator', 'Target', 'Previous', 'Current', 'RAG'],
        ['Percentage of invoices paid within 30 days', '95%', '94.1%', '93.4%', 'Amber'],
        ['Business rates collected', '£42.5m', '£31.9m', '£43.1m', 'Green'],
      ],
    ]);
  });

  test("a RAG summary's statuses start at the margin, left of the centred Status heading", async () => {
    const texts: PdfText[] = [
      ...row(80, [[113, 'Status'], [250, 'Number of indicators'], [380, '%']], 10, true),
      ...row(100, [[42, 'Green – on or above target'], [290, '3'], [378, '60%']]),
      ...row(116, [[42, 'Red – more than 5% below target'], [290, '2'], [378, '40%']]),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks[0].rows?.map((r) => r[0])).toEqual(['Status', 'Green – on or above target', 'Red – more than 5% below target']);
  });
});

describe('a group row right under the headings', () => {
  test("a service's name lying across the Ref and Indicator columns is a group row, not those headings' second line", async () => {
    const texts: PdfText[] = [
      { x: 50, top: 50, text: 'Southmoor City Council', size: 14, bold: true },
      ...row(100, [[55, 'Ref'], [101, 'Indicator'], [342, 'Target'], [387, 'Q2 Actual'], [454, 'Q1 Actual'], [520, 'RAG']], 10, true),
      ...row(120, [[55, 'Housing Services']], 10, true),
      ...row(140, [[55, 'HOU 1'], [101, 'Average days to re-let void council homes'], [342, '28'], [387, '31.5'], [454, '33.2'], [520, 'Amber']], 10),
      ...row(160, [[55, 'HOU 2'], [101, 'Percentage of rent collected'], [342, '98.5%'], [387, '97.9%'], [454, '98.1%'], [520, 'Amber']], 10),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.find((b) => b.kind === 'table')?.rows).toEqual([
      ['Ref', 'Indicator', 'Target', 'Q2 Actual', 'Q1 Actual', 'RAG'],
      ['Housing Services', '', '', '', '', ''],
      ['HOU 1', 'Average days to re-let void council homes', '28', '31.5', '33.2', 'Amber'],
      ['HOU 2', 'Percentage of rent collected', '98.5%', '97.9%', '98.1%', 'Amber'],
    ]);
  });
});

describe('a group row typed into a narrow first cell', () => {
  test("its name wraps there ('Waste and' / 'Recycling'): a group row, not the next row's reference nor the last one's", async () => {
    const texts: PdfText[] = [
      ...row(100, [[55, 'Ref'], [101, 'Indicator'], [342, 'Target'], [387, 'Q2 Actual'], [454, 'Q1 Actual'], [520, 'RAG']], 10, true),
      ...row(120, [[55, 'HOU 1'], [101, 'Average days to re-let void council homes'], [342, '28'], [387, '31.5'], [454, '33.2'], [520, 'Amber']], 10),
      ...row(136, [[55, 'Waste and']], 10),
      ...row(148, [[55, 'Recycling']], 10),
      ...row(164, [[55, ''], [101, 'Percentage of household waste recycled'], [342, '50%'], [387, '49.0%'], [454, '48.1%'], [520, 'Amber']], 10),
      ...row(180, [[55, 'WR 2'], [101, 'Missed bins per 100,000 collections'], [342, '50'], [387, '61'], [454, '58'], [520, 'Red']], 10),
    ].filter((t) => t.text);
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.find((b) => b.kind === 'table')?.rows).toEqual([
      ['Ref', 'Indicator', 'Target', 'Q2 Actual', 'Q1 Actual', 'RAG'],
      ['HOU 1', 'Average days to re-let void council homes', '28', '31.5', '33.2', 'Amber'],
      ['Waste and Recycling', '', '', '', '', ''],
      ['', 'Percentage of household waste recycled', '50%', '49.0%', '48.1%', 'Amber'],
      ['WR 2', 'Missed bins per 100,000 collections', '50', '61', '58', 'Red'],
    ]);
  });
});

describe("a code over its name in one cell ('RB01' / 'Percentage of Council Tax collected')", () => {
  test("the name's line running past halfway to the next heading is the row's, not a group row (before: the first row's name was lost)", async () => {
    const texts: PdfText[] = [
      ...row(88, [[39, 'Indicator'], [283, 'Target'], [330, 'Q1'], [375, 'Q2'], [420, 'RAG']], 10, true),
      ...row(107, [[39, 'RB01'], [283, '56.0%'], [330, '28.9%'], [375, '56.4%'], [420, 'Green']], 10),
      ...row(121, [[39, 'Percentage of Council Tax collected']], 10),
      ...row(139, [[39, 'RB02'], [283, '20.0'], [330, '21.3'], [375, '24.6'], [420, 'Red']], 10),
      ...row(153, [[39, 'Average days to process new benefit claims']], 10),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.find((b) => b.kind === 'table')?.rows?.map((r) => r[0])).toEqual(['Indicator', 'RB01 Percentage of Council Tax collected', 'RB02 Average days to process new benefit claims']);
  });
});

describe('headings aligned to the foot of their cells, a group row under them (a spreadsheet printed)', () => {
  test("the group row lies across 'Ref' and 'KPI' on the headings' lower line: a group row, and the table keeps its columns (before: one card named by the sheet's title)", async () => {
    const texts: PdfText[] = [
      { x: 35, top: 36, text: 'KPI Tracker 2024-25 — Audit and Governance Committee', size: 9, bold: true },
      ...row(49, [[457, '2023/24']], 7.5, true),
      ...row(57, [[37, 'Ref'], [62, 'KPI'], [291, 'Owner'], [381, 'Frequency'], [424, 'Polarity'], [457, 'Outturn'], [517, 'Q1'], [544, 'Q2'], [656, 'RAG']], 7.5, true),
      ...row(67, [[37, 'Corporate Services']], 7.5, true),
      ...row(78, [[37, 'CS01'], [62, 'Percentage of council tax collected'], [291, 'Head of Revenues'], [381, 'Quarterly'], [424, 'Higher'], [457, '96.8%'], [517, '28.9%'], [544, '56.4%'], [656, 'G']], 7.5),
      ...row(89, [[37, 'CS02'], [62, 'Days lost to sickness per FTE'], [291, 'HR Manager'], [381, 'Quarterly'], [424, 'Lower'], [457, '9.4'], [517, '2.6'], [544, '5.3'], [656, 'A']], 7.5),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 792, height: 612, texts }]));
    const { parseBlocks } = await import('../../parse/report');
    const r = parseBlocks(blocks);
    expect([...r.cards, ...r.scorecard].map((c) => [c.printedId, c.title, c.current?.raw, c.previous?.raw])).toEqual([
      ['CS01', 'Percentage of council tax collected', '56.4%', '28.9%'],
      ['CS02', 'Days lost to sickness per FTE', '5.3', '2.6'],
    ]);
  });
});
