import { describe, expect, test } from '@jest/globals';
import { blocksFromBytes } from '../read/document';
import { parseBlocks } from '../parse/report';
import { makeDocx, p, table } from '../../test/make-docx';
import { makePdf, row, type PdfText } from '../../test/make-pdf';

/** What a scorecard with raised footnote marks on its figures holds: the figures as printed, marks and all. */
const EXPECTED = [
  ['HSG 01', '1,250', '1,402', '1,489²'],
  ['HSG 02', '30', '33¹', '27³'],
  ['HSG 03', '98%', '97.1%', '96.5%¹'],
];
const rowsOf = (blocks: Awaited<ReturnType<typeof blocksFromBytes>>['blocks']) => parseBlocks(blocks).scorecard.map((r) => [r.printedId, r.target?.raw, r.previous?.raw, r.current?.raw]);

describe('footnote marks printed raised after a figure are marks, never more digits of it', () => {
  test('Word: superscript runs', async () => {
    const sup = (figure: string, mark: string) => `<w:p><w:r><w:t>${figure}</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>${mark}</w:t></w:r></w:p>`;
    // The table helper writes plain cells; the raised marks are spliced into the cells' paragraphs.
    let body = table([
      ['Ref', 'Indicator', 'Target', 'Previous', 'Current'],
      ['HSG 01', 'Households in temporary accommodation', '1,250', '1,402', '@1'],
      ['HSG 02', 'Average days to re-let council homes', '30', '@2', '@3'],
      ['HSG 03', 'Rent collected', '98%', '97.1%', '@4'],
    ]);
    const cells: Record<string, string> = { '@1': sup('1,489', '2'), '@2': sup('33', '1'), '@3': sup('27', '3'), '@4': sup('96.5%', '1') };
    for (const [key, xml] of Object.entries(cells)) body = body.replace(p(key), xml);
    const docx = await makeDocx([p('Housing Scrutiny Committee', 'Heading1'), body, p('1 Revised. 2 Provisional. 3 Partial month.')]);
    expect(rowsOf((await blocksFromBytes('marks.docx', 'docx', docx)).blocks)).toEqual(EXPECTED);
  });

  test("markdown: HTML '<sup>' and pandoc's '^1^'", async () => {
    const { markdownBlocks } = await import('./markdown');
    const md = [
      '| Ref | Indicator | Target | Previous | Current |',
      '|---|---|---|---|---|',
      '| HSG 01 | Households in temporary accommodation | 1,250 | 1,402 | 1,489<sup>2</sup> |',
      '| HSG 02 | Average days to re-let council homes | 30 | 33^1^ | 27<sup>3</sup> |',
      '| HSG 03 | Rent collected | 98% | 97.1% | 96.5%^1^ |',
    ].join('\n');
    expect(rowsOf(await markdownBlocks(md))).toEqual(EXPECTED);
  });

  test('PDF: a smaller digit raised against the figure, under a title line standing above the headings', async () => {
    const xs = [40, 90, 300, 360, 430];
    // Helvetica's advances (digits 0.556 em, ',' and '.' 0.278, '%' 0.889): the mark starts where the figure ends.
    const width = (text: string) => [...text].reduce((w, c) => w + (c === '%' ? 8.89 : /[,.]/.test(c) ? 2.78 : 5.56), 0);
    const figure = (x: number, top: number, text: string, mark?: string): PdfText[] => [
      { x, top: top + 1, text, size: 10 },
      ...(mark ? [{ x: x + width(text), top: top - 1.5, text: mark, size: 7 }] : []),
    ];
    const texts: PdfText[] = [
      { x: 40, top: 40, text: 'Housing Scrutiny Committee', size: 16, bold: true },
      { x: 40, top: 70, text: 'Performance report Quarter 2 2024/25', size: 10 },
      ...row(92, [[40, 'Ref'], [90, 'Indicator'], [300, 'Target'], [360, 'Previous'], [430, 'Current']], 10, true),
      ...row(110, [[40, 'HSG 01'], [90, 'Households in temporary accommodation'], [300, '1,250'], [360, '1,402']], 10),
      ...figure(xs[4], 110, '1,489', '2'),
      ...row(128, [[40, 'HSG 02'], [90, 'Average days to re-let council homes'], [300, '30']], 10),
      ...figure(xs[3], 128, '33', '1'),
      ...figure(xs[4], 128, '27', '3'),
      ...row(146, [[40, 'HSG 03'], [90, 'Rent collected'], [300, '98%'], [360, '97.1%']], 10),
      ...figure(xs[4], 146, '96.5%', '1'),
    ];
    const { blocks } = await blocksFromBytes('marks.pdf', 'pdf', makePdf([{ width: 595, height: 842, texts }]));
    expect(rowsOf(blocks)).toEqual(EXPECTED);
  });
});
