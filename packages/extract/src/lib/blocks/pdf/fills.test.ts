import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { parseBlocks } from '../../parse/report';
import { ragWord } from '../../vocabulary';
import { makePdf, row, type PdfRect, type PdfText } from '../../../test/make-pdf';

describe('PDF: a RAG shown by colour alone', () => {
  test("an empty RAG cell filled red, amber or green reads as that rating; grey or unfilled reads as none", async () => {
    const texts: PdfText[] = [
      { x: 40, top: 40, text: 'Resources Committee: Quarter 2 2024/25', size: 14, bold: true },
      ...row(80, [[40, 'Ref'], [80, 'Indicator'], [260, 'Target'], [320, 'Q1 2024/25'], [390, 'Q2 2024/25'], [460, 'RAG']], 9, true),
      ...row(100, [[40, 'FR01'], [80, 'Council tax collected'], [260, '56%'], [320, '29.1%'], [390, '57.2%']]),
      ...row(118, [[40, 'FR02'], [80, 'Business rates collected'], [260, '58%'], [320, '30.2%'], [390, '54.8%']]),
      ...row(136, [[40, 'FR03'], [80, 'Invoices paid in 30 days'], [260, '95%'], [320, '93.0%'], [390, '91.3%']]),
      ...row(154, [[40, 'FR04'], [80, 'Sundry debt over 90 days'], [260, '£1.2m'], [320, '£1.4m'], [390, '£1.5m']]),
      ...row(172, [[40, 'FR05'], [80, 'Budget variance'], [260, '0%'], [320, '1.2%'], [390, '0.8%']]),
    ];
    // Cell shading: each RAG cell's box (the table's rows are 18 points apart), a grey one, and none for FR05.
    const cell = (top: number, fill: [number, number, number]): PdfRect => ({ x: 455, top: top - 4, w: 40, h: 16, fill });
    const rects = [cell(100, [0, 0.69, 0.31]), cell(118, [1, 0.75, 0]), cell(136, [1, 0, 0]), cell(154, [0.85, 0.85, 0.85])];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts, rects }]));
    const rows = parseBlocks(blocks).scorecard;
    expect(rows.map((r) => [r.printedId, r.current?.raw, r.rag ? ragWord(r.rag.raw) : null])).toEqual([
      ['FR01', '57.2%', 'Green'],
      ['FR02', '54.8%', 'Amber'],
      ['FR03', '91.3%', 'Red'],
      ['FR04', '£1.5m', null],
      ['FR05', '0.8%', null],
    ]);
    // The cell says what a reader sees: a square of its colour.
    expect(blocks.find((b) => b.kind === 'table')?.rows?.[1]?.[5]).toBe('■ #00b04f');
  });

  test('a banded row (every cell shaded alike) is no rating', async () => {
    const texts: PdfText[] = [
      ...row(80, [[40, 'Code'], [80, 'Measure'], [300, 'Target'], [360, 'Actual'], [430, 'RAG']], 9, true),
      ...row(100, [[40, 'FR01'], [80, 'Council tax collection rate'], [300, '97.0%'], [360, '96.4%'], [430, 'Amber']]),
      ...row(118, [[40, 'FR02'], [80, 'Business rates (not rated)'], [300, '98.0%'], [360, '98.3%']]),
    ];
    const band: [number, number, number] = [0.87, 0.92, 0.96];
    const rects = [36, 76, 296, 356, 426].map((x, i, xs): PdfRect => ({ x, top: 114, w: (xs[i + 1] ?? 480) - x - 1, h: 16, fill: band }));
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts, rects }]));
    expect(parseBlocks(blocks).scorecard.map((r) => [r.printedId, r.rag?.raw ?? null])).toEqual([['FR01', 'Amber'], ['FR02', null]]);
  });
});

describe('PDF: a RAG shown by a coloured mark beside its label', () => {
  const card = (top: number, id: string, title: string, figures: string, label: string): PdfText[] => [
    { x: 40, top, text: `${id} ${title}`, size: 11, bold: true },
    { x: 40, top: top + 20, text: figures, size: 9 },
    { x: 330, top: top + 20, text: label, size: 9 },
  ];
  const mark = (top: number, fill: [number, number, number]): PdfRect => ({ x: 362, top: top + 20, w: 9, h: 9, fill });

  test("'RAG:' with a dot in a rating's colour after it reads as that rating; no mark, or a grey one, as none (before: every rating lost)", async () => {
    const texts = [
      { x: 40, top: 40, text: 'Place Scrutiny Committee: Quarter 2 2024/25', size: 14, bold: true },
      ...card(80, 'PL06', 'Average days to re-let council homes', 'Target: 28 days   Current: 31 days   Previous: 35 days', 'RAG:'),
      ...card(140, 'PL07', 'Empty homes brought back into use', 'Target: 40   Current: 46   Previous: 38', 'RAG:'),
      ...card(200, 'PL08', 'Homes improved by grants', 'Target: 120   Current: 96   Previous: 101', 'RAG:'),
      ...card(260, 'PL09', 'Licences issued within 10 days', 'Target: 90%   Current: 91%   Previous: 88%', 'RAG:'),
    ];
    const rects = [mark(80, [1, 0.75, 0]), mark(140, [0, 0.69, 0.31]), mark(200, [0.85, 0.85, 0.85])];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts, rects }]));
    const cards = parseBlocks(blocks).cards;
    expect(cards.map((c) => [c.printedId, c.current?.raw, c.rag ? ragWord(c.rag.raw) : null])).toEqual([
      ['PL06', '31 days', 'Amber'],
      ['PL07', '46', 'Green'],
      ['PL08', '96', null],
      ['PL09', '91%', null],
    ]);
  });
});
