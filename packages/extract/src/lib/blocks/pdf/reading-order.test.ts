import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { parseBlocks } from '../../parse/report';
import { makePdf, type PdfText } from '../../../test/make-pdf';

/** One card of a side-by-side layout: a bold title, four labelled figures and a comment, at (x, top). */
function card(x: number, top: number, title: string, figures: [string, string][], comment: string[]): PdfText[] {
  return [
    { x, top, text: title, size: 12, bold: true },
    ...figures.map(([label, value], i) => ({ x, top: top + 20 + i * 13, text: `${label}: ${value}`, size: 10 })),
    ...comment.map((line, i) => ({ x, top: top + 20 + figures.length * 13 + 6 + i * 12, text: line, size: 10 })),
  ];
}

const heading: PdfText = { x: 50, top: 40, text: 'Resources Committee: Quarter 2 2024/25 performance', size: 16, bold: true };

async function cardsOf(texts: PdfText[]) {
  const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
  return parseBlocks(blocks).cards.map((c) => [c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw, c.rag?.raw, c.commentary]);
}

describe('a PDF page printed in columns', () => {
  test('cards side by side in a grid are read card by card, row by row, each with its own figures', async () => {
    const texts = [
      heading,
      ...card(50, 90, 'FR01 Council tax collected', [['Target', '96.5%'], ['Current', '57.2%'], ['Previous', '29.1%'], ['RAG', 'Green']], ['Commentary: ahead of profile after the', 'direct debit campaign.']),
      ...card(310, 90, 'FR02 Business rates collected', [['Target', '98.0%'], ['Current', '54.8%'], ['Previous', '30.2%'], ['RAG', 'Amber']], ['Commentary: two large accounts are in', 'dispute.']),
      ...card(50, 260, 'FR03 Invoices paid within 30 days', [['Target', '95%'], ['Current', '91.3%'], ['Previous', '93.0%'], ['RAG', 'Red']], ['Commentary: a new finance system slowed', 'approvals in August.']),
      ...card(310, 260, 'FR04 Sundry debt over 90 days', [['Target', '£1.2m'], ['Current', '£1.45m'], ['Previous', '£1.38m'], ['RAG', 'Amber']], ['Commentary: adult social care debt', 'accounts for most of the rise.']),
    ];
    expect(await cardsOf(texts)).toEqual([
      ['FR01', '96.5%', '57.2%', '29.1%', 'Green', 'ahead of profile after the direct debit campaign.'],
      ['FR02', '98.0%', '54.8%', '30.2%', 'Amber', 'two large accounts are in dispute.'],
      ['FR03', '95%', '91.3%', '93.0%', 'Red', 'a new finance system slowed approvals in August.'],
      ['FR04', '£1.2m', '£1.45m', '£1.38m', 'Amber', 'adult social care debt accounts for most of the rise.'],
    ]);
  });

  test('cards flowing down two text columns are read down the left column, then the right', async () => {
    // The right column starts higher than the left (its first title wraps less): still read after it.
    const texts = [
      heading,
      ...card(50, 100, 'HS1 Average days to relet homes', [['Target', '28 days'], ['This quarter', '31 days'], ['Last quarter', '35 days'], ['Status', 'Amber']], ['Void turnaround improved for the second', 'quarter running as repairs bedded in.']),
      ...card(50, 240, 'HS2 Rent collected', [['Target', '97.5%'], ['This quarter', '98.1%'], ['Last quarter', '97.2%'], ['Status', 'Green']], ['Collection remains strong despite the', 'cost of living pressures on tenants.']),
      ...card(310, 94, 'HS3 Emergency repairs in 24 hours', [['Target', '99%'], ['This quarter', '94.6%'], ['Last quarter', '96.0%'], ['Status', 'Red']], ['Performance fell in August when two', 'contractor teams were redeployed.']),
      ...card(310, 250, 'HS4 Households in temporary homes', [['Target', '120'], ['This quarter', '143'], ['Last quarter', '138'], ['Status', 'Red']], ['Demand continues to rise and the team is', 'seeking more private landlords.']),
    ];
    const cards = await cardsOf(texts);
    expect(cards.map((c) => c.slice(0, 5))).toEqual([
      ['HS1', '28 days', '31 days', '35 days', 'Amber'],
      ['HS2', '97.5%', '98.1%', '97.2%', 'Green'],
      ['HS3', '99%', '94.6%', '96.0%', 'Red'],
      ['HS4', '120', '143', '138', 'Red'],
    ]);
    // Prose after a card's figures, under no label, is its commentary.
    expect(cards[2][5]).toBe('Performance fell in August when two contractor teams were redeployed.');
  });

  test('cards side by side, each with its own small value table: two tables, each card its own figures', async () => {
    const heads = (x: number): PdfText[] => ['Target', 'Actual', 'Previous', 'RAG'].map((text, i) => ({ x: x + i * 55, top: 110, text, size: 9, bold: true }));
    const values = (x: number, figures: string[]): PdfText[] => figures.map((text, i) => ({ x: x + i * 55, top: 124, text, size: 9 }));
    const texts: PdfText[] = [
      heading,
      { x: 50, top: 90, text: 'CM01 Anti-social behaviour incidents', size: 11, bold: true },
      { x: 310, top: 90, text: 'CM02 Leisure centre visits', size: 11, bold: true },
      ...heads(60),
      ...heads(320),
      ...values(60, ['450', '512', '430', 'Red']),
      ...values(320, ['210,000', '224,310', '198,442', 'Green']),
    ];
    expect((await cardsOf(texts)).map((c) => c.slice(0, 5))).toEqual([
      ['CM01', '450', '512', '430', 'Red'],
      ['CM02', '210,000', '224,310', '198,442', 'Green'],
    ]);
  });

  test("a card's figures panel beside its title and text is part of that card, card under card", async () => {
    const panel = (top: number, figures: [string, string][]): PdfText[] => figures.map(([label, value], i) => ({ x: 360, top: top + i * 14, text: `${label}: ${value}`, size: 10 }));
    const texts: PdfText[] = [
      heading,
      { x: 50, top: 90, text: 'PL01 Planning applications decided in time', size: 12, bold: true },
      ...['Commentary: performance recovered after the new', 'validation process settled in.'].map((text, i) => ({ x: 50, top: 112 + i * 12, text, size: 10 })),
      ...panel(90, [['Target', '95%'], ['Q1 2025/26', '91%'], ['Q4 2024/25', '97%'], ['RAG', 'Amber']]),
      { x: 50, top: 170, text: 'PL02 Missed bin collections per 100,000', size: 12, bold: true },
      ...['Commentary: crews were short in the heatwave and', 'some early-start streets were skipped.'].map((text, i) => ({ x: 50, top: 192 + i * 12, text, size: 10 })),
      ...panel(170, [['Target', '60'], ['Q1 2025/26', '72'], ['Q4 2024/25', '58'], ['RAG', 'Red']]),
    ];
    expect((await cardsOf(texts)).map((c) => [c[0], c[1], c[2], c[3], c[4]])).toEqual([
      ['PL01', '95%', '91%', '97%', 'Amber'],
      ['PL02', '60', '72', '58', 'Red'],
    ]);
  });

  test('a form printed two fields to a row is not two columns: each row is read left to right', async () => {
    const texts: PdfText[] = [heading];
    const rows: [string, string, string, string][] = [
      ['Measure name:', 'Average time to re-let council homes', '', ''],
      ['Annual target:', '16.0 days', 'Actual this quarter:', '15.9 days'],
      ['Prior:', '16.2 days', 'Rating:', 'Blue'],
      ['Measure name:', 'Net cost of waste collection', '', ''],
      ['Annual target:', '£15.1m', 'Actual this quarter:', '£14.7m'],
      ['Prior:', '£16.0m', 'Rating:', 'Green'],
    ];
    rows.forEach(([a, b, c, d], i) => {
      const top = 90 + i * 16;
      texts.push({ x: 50, top, text: a, size: 10 }, { x: 140, top, text: b, size: 10 });
      if (c) texts.push({ x: 330, top, text: c, size: 10 }, { x: 440, top, text: d, size: 10 });
    });
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.map((b) => b.text)).toEqual([
      heading.text,
      'Measure name: Average time to re-let council homes',
      'Annual target: 16.0 days',
      'Actual this quarter: 15.9 days',
      'Prior: 16.2 days',
      'Rating: Blue',
      'Measure name: Net cost of waste collection',
      'Annual target: £15.1m',
      'Actual this quarter: £14.7m',
      'Prior: £16.0m',
      'Rating: Green',
    ]);
  });

  test('labels in a column beside their texts, and a badge beside its title, stay on their rows', async () => {
    const texts: PdfText[] = [
      heading,
      { x: 50, top: 90, text: 'Missed bin collections per 100,000', size: 12, bold: true },
      { x: 400, top: 90, text: 'Amber', size: 12, bold: true },
      { x: 50, top: 120, text: 'Commentary', size: 10, bold: true },
      ...['Missed collections rose in the heatwave when crews', 'started early and some streets were skipped.'].map((text, i) => ({ x: 160, top: 120 + i * 12, text, size: 10 })),
      { x: 50, top: 160, text: 'Actions', size: 10, bold: true },
      ...['Route sheets have been reissued and crews', 'briefed on the early start streets.'].map((text, i) => ({ x: 160, top: 160 + i * 12, text, size: 10 })),
      { x: 50, top: 200, text: 'Next steps', size: 10, bold: true },
      ...['Monitor the rate weekly until it is back', 'under the target.'].map((text, i) => ({ x: 160, top: 200 + i * 12, text, size: 10 })),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.map((b) => b.text.split('\n')[0])).toEqual([
      heading.text,
      'Missed bin collections per 100,000',
      'Amber',
      'Commentary',
      'Missed collections rose in the heatwave when crews',
      'Actions',
      'Route sheets have been reissued and crews',
      'Next steps',
      'Monitor the rate weekly until it is back',
    ]);
  });
});

describe('two KPI panels side by side on a slide', () => {
  test("a label with its own figure beside it ('Target  Previous') level with the other panel's leaves the panels columns; the widest gutter as it runs wins (before: RB01's rating went to RB02)", async () => {
    const panel = (x: number, id: string, title: string, rag: string, target: string, previous: string): PdfText[] => [
      { x, top: 117, text: id, size: 11 },
      { x, top: 134, text: title, size: 18, bold: true },
      { x: x + 300, top: 146, text: rag, size: 11 },
      { x, top: 258, text: 'Target', size: 10 },
      { x: x + 90, top: 258, text: 'Previous', size: 10 },
      { x, top: 272, text: target, size: 16 },
      { x: x + 90, top: 272, text: previous, size: 16 },
      { x, top: 400, text: 'Collection is slightly ahead of the profile for the quarter.', size: 11 },
      { x, top: 414, text: 'The direct debit campaign continues into the autumn.', size: 11 },
    ];
    const texts = [{ x: 36, top: 40, text: 'Revenues and Benefits', size: 26, bold: true }, ...panel(36, 'RB01', 'Council tax collected', 'GREEN', '56.0%', '55.9%'), ...panel(480, 'RB02', 'Benefit claims processed', 'RED', '20.0', '21.3')];
    const { blocks } = await pdfBlocks(makePdf([{ width: 960, height: 540, texts }]));
    // Each panel's badge sits beside its title, the gutter between the panels, not between a title and its badge.
    expect(parseBlocks(blocks).cards.map((c) => [c.printedId, c.rag?.raw, c.target?.raw, c.previous?.raw])).toEqual([
      ['RB01', 'Green', '56.0%', '55.9%'],
      ['RB02', 'Red', '20.0', '21.3'],
    ]);
  });
});
