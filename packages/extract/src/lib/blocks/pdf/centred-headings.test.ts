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
