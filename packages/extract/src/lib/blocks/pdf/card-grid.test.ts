import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { parseBlocks } from '../../parse/report';
import { makePdf, type PdfText } from '../../../test/make-pdf';
import { readDocument } from '../../read/document';

const LAYOUTS = new URL('../../../test/layouts/', import.meta.url);

/**
 * One card of a web dashboard's grid (a London borough's corporate report printed from the browser): code,
 * title (wrapping to `titleLines`), a large figure, then rows with the label at the card's left edge and
 * the value at its right edge, a status pill in words, the direction of travel, a short comment.
 */
function card(x: number, width: number, code: string, title: string[], figure: string, rows: [string, string][], comment: string[]): PdfText[] {
  const texts: PdfText[] = [{ x, top: 140, text: code, size: 8 }, ...title.map((text, i) => ({ x, top: 150 + i * 12, text, size: 10, bold: true }))];
  let top = 150 + title.length * 12 + 8;
  texts.push({ x, top, text: figure, size: 22, bold: true });
  top += 30;
  for (const [label, value] of rows) {
    texts.push({ x, top, text: label, size: 8.5 }, { x: x + width - value.length * 4.6, top, text: value, size: 8.5 });
    top += 13;
  }
  comment.forEach((text, i) => texts.push({ x, top: top + 2 + i * 10, text, size: 8 }));
  return texts;
}

const head: PdfText[] = [
  { x: 46, top: 47, text: 'London Borough of Ashby – Corporate Performance Report', size: 16, bold: true },
  { x: 46, top: 70, text: 'Overview and Scrutiny Committee · Quarter 2 2024/25 (July – September 2024)', size: 9.5 },
  { x: 46, top: 100, text: 'Of the 3 corporate indicators, 1 is on target, 1 is within tolerance and 1 is off target.', size: 9.5 },
];

describe('cards in a grid, two or three across (before: one card took its neighbour’s figures, ratings and comment)', () => {
  test('three across, the first title wrapping to three lines so its rows stand lower than its neighbours’', async () => {
    const texts = [
      ...head,
      ...card(53, 150, 'ASC 04', ['Percentage of adults with', 'learning disabilities in paid', 'employment'], '6.8%', [['Target', '7.5%'], ['Status', 'Within tolerance'], ['Direction of travel', '↑']], ['Up from Q1; employment support', 'scheme placements rising.']),
      ...card(223, 150, 'HSG 11', ['Households in temporary', 'accommodation'], '1,284', [['Target', '1,150'], ['Status', 'Off target'], ['Direction of travel', '↓']], ['Demand continues to outstrip supply of', 'settled homes.']),
      ...card(393, 150, 'REV 02', ['Council tax collected in year'], '56.2%', [['Target', '55.5%'], ['Status', 'On target'], ['Direction of travel', '↑']], ['Cumulative collection is ahead of the profile.']),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    const cards = parseBlocks(blocks).cards.map((c) => [c.printedId, c.current?.raw, c.target?.raw, c.rag?.raw, c.change?.raw, c.commentary]);
    expect(cards).toEqual([
      ['ASC 04', '6.8%', '7.5%', 'Within tolerance', '↑', 'Up from Q1; employment support scheme placements rising.'],
      ['HSG 11', '1,284', '1,150', 'Off target', '↓', 'Demand continues to outstrip supply of settled homes.'],
      ['REV 02', '56.2%', '55.5%', 'On target', '↑', 'Cumulative collection is ahead of the profile.'],
    ]);
  });

  test('two across, their rows level: each status pill stays with its own card, the two cards’ rows are no table', async () => {
    const texts = [
      ...head,
      ...card(53, 236, 'ASC 04', ['Percentage of adults with learning disabilities in', 'paid employment'], '6.8%', [['Target', '7.5%'], ['Status', 'Within tolerance'], ['Direction of travel', '↑']], ['Up from Q1; employment support scheme placements rising.']),
      ...card(308, 236, 'HSG 11', ['Households in temporary accommodation, including', 'bed and breakfast'], '1,284', [['Target', '1,150'], ['Status', 'Off target'], ['Direction of travel', '↓']], ['Demand continues to outstrip supply of settled homes.']),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(parseBlocks(blocks).cards.map((c) => [c.printedId, c.current?.raw, c.target?.raw, c.rag?.raw, c.change?.raw])).toEqual([
      ['ASC 04', '6.8%', '7.5%', 'Within tolerance', '↑'],
      ['HSG 11', '1,284', '1,150', 'Off target', '↓'],
    ]);
  });
});

describe('the same grids as Chromium prints them (test/layouts)', () => {
  test.each([['card-grid-three-across.pdf'], ['card-grid-two-across.pdf']])("%s: every card its own figures, rating and change; the figure by 'Q1 2024/25' beside the headline is the previous", async (name) => {
    const doc = await readDocument(new URL(name, LAYOUTS).pathname);
    const cards = parseBlocks(doc.blocks).cards.map((c) => [c.printedId, c.current?.raw, c.target?.raw, c.previous?.raw, c.rag?.raw, c.change?.raw]);
    expect(cards.sort()).toEqual([
      ['ASC 04', '6.8%', '7.5%', '6.1%', 'Within tolerance', '▲'],
      ['HSG 11', '1,284', '1,150', '1,231', 'Off target', '▼'],
      ['REV 02', '56.2%', '55.5%', '29.4%', 'On target', '▲'],
    ]);
  });
});
