import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { makePdf, type PdfText } from '../../../test/make-pdf';

const blocksOf = async (texts: PdfText[]) => (await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]))).blocks.map((b) => [b.kind, b.text]);

describe('text groups and font size', () => {
  test("a larger title right under a card's last 'Label: text' line starts a new block", async () => {
    // The previous card ends on a one-line 'ACTIONS: …' paragraph; the next card's title follows closely.
    const texts: PdfText[] = [
      { x: 50, top: 100, text: 'ACTIONS: Review the allocation process with partners and report back next quarter.', size: 10 },
      { x: 50, top: 119, text: 'Rate of children subject to a child protection plan per 10,000', size: 12, bold: true },
    ];
    expect(await blocksOf(texts)).toEqual([
      ['paragraph', 'ACTIONS: Review the allocation process with partners and report back next quarter.'],
      ['heading', 'Rate of children subject to a child protection plan per 10,000'],
    ]);
  });

  test('a field label printed larger than its text still heads it', async () => {
    const texts: PdfText[] = [
      { x: 50, top: 100, text: 'Commentary', size: 11, bold: true },
      { x: 50, top: 114, text: 'Placements rose with the end of private tenancies.', size: 9 },
      { x: 50, top: 125, text: 'A new prevention team starts in April.', size: 9 },
    ];
    expect(await blocksOf(texts)).toEqual([['paragraph', 'Commentary\nPlacements rose with the end of private tenancies.\nA new prevention team starts in April.']]);
  });
});
