import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { makePdf, type PdfText } from '../../../test/make-pdf';

const blocksOf = async (texts: PdfText[]) => (await pdfBlocks(makePdf([{ width: 842, height: 595, texts }]))).blocks;

describe('labels and values printed apart', () => {
  test('a label column and a value column on shared baselines give one `Label: value` block per pair', async () => {
    const pairs = [['Actual:', '54.2%'], ['Target:', '55%'], ['Floor:', '50%'], ['Last quarter:', '53.1% (Amber)']];
    const blocks = await blocksOf(pairs.flatMap(([label, value], i) => [
      { x: 40, top: 80 + i * 16, text: label, size: 10, bold: true },
      { x: 150, top: 80 + i * 16, text: value, size: 10 },
    ]));
    expect(blocks.map((b) => [b.kind, b.text, b.prov.page])).toEqual([
      ['paragraph', 'Actual: 54.2%', 1],
      ['paragraph', 'Target: 55%', 1],
      ['paragraph', 'Floor: 50%', 1],
      ['paragraph', 'Last quarter: 53.1% (Amber)', 1],
    ]);
    // Each box spans label and value.
    expect(blocks[1].prov.box).toEqual({ x: 40, y: 96, w: 130, h: 10 });
    expect(blocks.every((b) => b.prov.box!.x === 40 && b.prov.box!.x + b.prov.box!.w > 150)).toBe(true);
  });

  test('known field labels pair without a colon; a long left line ending in a colon beside another box does not', async () => {
    const blocks = await blocksOf([
      { x: 40, top: 80, text: 'Target', size: 10, bold: true },
      { x: 200, top: 80, text: '90%', size: 10 },
      { x: 40, top: 96, text: 'RAG Rating', size: 10, bold: true },
      { x: 200, top: 96, text: 'Amber', size: 10 },
      { x: 40, top: 140, text: 'Residents were asked about their experience and', size: 9 },
      { x: 40, top: 151, text: 'the main themes raised were:', size: 9 },
      { x: 270, top: 140, text: 'Staff absence in the contact centre rose sharply', size: 9 },
      { x: 270, top: 151, text: 'in the winter months.', size: 9 },
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Target: 90%',
      'RAG Rating: Amber',
      'Residents were asked about their experience and\nthe main themes raised were:',
      'Staff absence in the contact centre rose sharply\nin the winter months.',
    ]);
  });

  test('tiles of field labels over their values (left-aligned or centred) read as one heading row over one value row', async () => {
    // Four tiles in a row, 120 pt apart: label on top, value under it (left-aligned, or centred under the long
    // third label). A long label leaves only a few points before the next tile's label; the white gap under
    // it on the value line shows the gutter.
    const tiles: [string, string, number][] = [['Actual this quarter', '54.2%', 0], ['Floor', '50%', 0], ['Same quarter last year', '53.1%', 40], ['Trend', 'Improving', 0]];
    const texts: PdfText[] = tiles.flatMap(([label, value, indent], i) => [
      { x: 40 + i * 120, top: 80, text: label, size: 10, bold: true },
      { x: 40 + i * 120 + indent, top: 95, text: value, size: 12 },
    ]);
    texts.push({ x: 40, top: 140, text: 'Commentary:', size: 10, bold: true }, { x: 40, top: 154, text: 'Two new contracts started in June.', size: 10 });
    const blocks = await blocksOf(texts);
    // Every label is a field heading of the vocabulary, so the tiles read as one heading row over one value row.
    expect(blocks.map((b) => [b.kind, b.rows ?? b.text])).toEqual([
      ['table', [['Actual this quarter', 'Floor', 'Same quarter last year', 'Trend'], ['54.2%', '50%', '53.1%', 'Improving']]],
      ['paragraph', 'Commentary:\nTwo new contracts started in June.'],
    ]);
    expect(blocks[0].prov.box!.x).toBe(40);
  });

  test('tiles headed by value-table headings read as a header row over a value row (a table)', async () => {
    const tiles = [['Target', '55%'], ['Current Quarter', '54.2%'], ['Previous Quarter', '53.1%'], ['Change', 'Improving']];
    const blocks = await blocksOf(tiles.flatMap(([label, value], i) => [
      { x: 40 + i * 110, top: 80, text: label, size: 10, bold: true },
      { x: 40 + i * 110 + 10, top: 95, text: value, size: 12 },
    ]));
    expect(blocks.map((b) => [b.kind, b.rows])).toEqual([['table', [tiles.map((t) => t[0]), tiles.map((t) => t[1])]]]);
  });

  test('known labels without a colon pair with a value printed with its unit (a Measure | Value grid)', async () => {
    const rows = [['Measure', 'Value'], ['Annual target', '37.0 days'], ['This quarter', '41.3 days'], ['Same period last year', '40.4 days'], ['Rating', 'Red']];
    const blocks = await blocksOf(rows.flatMap(([label, value], i) => [
      { x: 50, top: 80 + i * 12, text: label, size: 9 },
      { x: 326, top: 80 + i * 12, text: value, size: 9 },
    ]));
    expect(blocks.map((b) => b.text)).toEqual(['Measure', 'Value', 'Annual target: 37.0 days', 'This quarter: 41.3 days', 'Same period last year: 40.4 days', 'Rating: Red']);
  });
});
