import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { makePdf, type PdfText } from '../../../test/make-pdf';

const blocksOf = async (texts: PdfText[], width = 595) => (await pdfBlocks(makePdf([{ width, height: 842, texts }]))).blocks;
const gapBetween = (a: { x: number; w: number }, b: { x: number }) => b.x - (a.x + a.w);

describe('side-by-side boxes and badges stay apart', () => {
  test('description | commentary boxes with a narrow gutter become two blocks, left column first', async () => {
    const blocks = await blocksOf([
      { x: 40, top: 100, text: 'Indicator Description', size: 10, bold: true },
      { x: 40, top: 114, text: 'The share of household waste collected at the kerbside', size: 9 },
      { x: 40, top: 125, text: 'and at recycling centres that is sent for recycling or', size: 9 },
      { x: 40, top: 136, text: 'composting, measured each quarter from contractor data.', size: 9 },
      { x: 284, top: 100, text: 'Commentary', size: 10, bold: true },
      { x: 284, top: 114, text: 'Garden waste tonnage fell in a dry summer.', size: 9 },
      { x: 284, top: 125, text: 'Food waste collections began in two districts.', size: 9 },
    ]);
    expect(blocks.map((b) => [b.kind, b.text, b.prov.page])).toEqual([
      ['paragraph', 'Indicator Description\nThe share of household waste collected at the kerbside\nand at recycling centres that is sent for recycling or\ncomposting, measured each quarter from contractor data.', 1],
      ['paragraph', 'Commentary\nGarden waste tonnage fell in a dry summer.\nFood waste collections began in two districts.', 1],
    ]);
    const [left, right] = blocks.map((b) => b.prov.box!);
    expect(left).toEqual({ x: 40, y: 100, w: expect.any(Number), h: 45 });
    expect(right).toEqual({ x: 284, y: 100, w: expect.any(Number), h: 34 });
    // The gutter is narrower than the old joining distance (3.2 font heights) yet wider than a word space.
    expect(gapBetween(left, right)).toBeGreaterThan(9 * 0.8);
    expect(gapBetween(left, right)).toBeLessThan(9 * 3.2);
  });

  test('a RAG badge printed right of a title is its own block after the title', async () => {
    const blocks = await blocksOf([
      { x: 40, top: 40, text: 'Percentage of household waste recycled', size: 14, bold: true },
      { x: 340, top: 40, text: 'Green', size: 14, bold: true },
      { x: 40, top: 70, text: 'Collections were steady across the county.', size: 10 },
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Percentage of household waste recycled', 'Green', 'Collections were steady across the county.']);
    const [title, badge] = blocks.map((b) => b.prov.box!);
    expect(gapBetween(title, badge)).toBeLessThan(14 * 3.2);
    expect(badge.x).toBe(340);
  });

  test('a badge printed larger than the title on the same baseline still reads after it', async () => {
    // Baseline of both at 52 pt from the top: the 12 pt title starts at 40, the 16 pt badge at 36.
    const blocks = await blocksOf([
      { x: 40, top: 40, text: 'Average days to process a new claim', size: 12, bold: true },
      { x: 300, top: 36, text: 'Amber', size: 16, bold: true },
    ]);
    expect(blocks.map((b) => [b.text, b.prov.box!.y])).toEqual([['Average days to process a new claim', 40], ['Amber', 36]]);
  });

  test('one paragraph, list markers and numbered paragraphs are not columns', async () => {
    const blocks = await blocksOf([
      { x: 40, top: 100, text: 'Performance improved in the quarter because two', size: 10 },
      { x: 40, top: 113, text: 'new staff joined and the backlog was cleared.', size: 10 },
      { x: 40, top: 140, text: '1.1', size: 10 },
      { x: 76, top: 140, text: 'This report analyses key performance indicators', size: 10 },
      { x: 76, top: 153, text: 'which link to several of the council ambitions.', size: 10 },
      { x: 80, top: 180, text: '•', size: 10 },
      { x: 92, top: 180, text: 'Note the performance information.', size: 10 },
      { x: 80, top: 193, text: '•', size: 10 },
      { x: 92, top: 193, text: 'Agree the actions in section 4.', size: 10 },
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Performance improved in the quarter because two\nnew staff joined and the backlog was cleared.',
      '1.1 This report analyses key performance indicators\nwhich link to several of the council ambitions.',
      '• Note the performance information.\n• Agree the actions in section 4.',
    ]);
  });
});
