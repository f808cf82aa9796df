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

  test("a form's rows: text beside a label begins that label's row; a wrapped label stays one label", async () => {
    const texts: PdfText[] = [
      { x: 50, top: 100, text: 'Comments', size: 8 },
      { x: 130, top: 100, text: 'Staffing vacancies were filled in August and', size: 8 },
      { x: 130, top: 109, text: 'throughput has recovered.', size: 8 },
      { x: 50, top: 118, text: 'Corrective action', size: 8 },
      { x: 130, top: 118, text: 'A recovery plan has been agreed with the portfolio holder.', size: 8 },
      { x: 50, top: 140, text: 'Previous', size: 8 },
      { x: 50, top: 149, text: 'RAG', size: 8 },
    ];
    expect(await blocksOf(texts)).toEqual([
      ['paragraph', 'Comments'],
      ['paragraph', 'Staffing vacancies were filled in August and\nthroughput has recovered.'],
      ['paragraph', 'Corrective action'],
      ['paragraph', 'A recovery plan has been agreed with the portfolio holder.'],
      ['paragraph', 'Previous\nRAG'],
    ]);
  });

  test('a paragraph of the right-hand column is not cut where a label sits in the left-hand one', async () => {
    const texts: PdfText[] = [
      { x: 50, top: 100, text: 'Target', size: 9 },
      { x: 320, top: 100, text: 'Demand for temporary accommodation rose', size: 9 },
      { x: 320, top: 111, text: 'again this quarter as private rents went up', size: 9 },
      { x: 320, top: 122, text: 'across the district.', size: 9 },
    ];
    const blocks = await blocksOf(texts);
    expect(blocks).toContainEqual(['paragraph', 'Demand for temporary accommodation rose\nagain this quarter as private rents went up\nacross the district.']);
  });
});
