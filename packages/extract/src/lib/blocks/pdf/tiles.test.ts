import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { makePdf, type PdfText } from '../../../test/make-pdf';
import { parseBlocks } from '../../parse/report';

/** A dashboard tile as a Power BI-style report prints it: title and badge, a big headline figure, then labelled figures. */
function tile(x: number, top: number, id: string, title: string[], figure: string, rag: string, target: string, last: string, badgeAt = 150): PdfText[] {
  return [
    ...title.map((text, i) => ({ x, top: top + i * 11, text: i === 0 ? `${id} ${text}` : text, size: 9, bold: true })),
    { x: x + badgeAt, top: top + 1, text: rag, size: 8 },
    { x, top: top + 16 + title.length * 11, text: figure, size: 24 },
    { x, top: top + 50 + title.length * 11, text: `Target ${target}    Last quarter ${last}`, size: 8 },
  ];
}

describe('dashboard tiles side by side', () => {
  const texts = [
    { x: 43, top: 40, text: 'Corporate Plan Performance Report – Quarter 3 2024/25', size: 15, bold: true },
    { x: 43, top: 70, text: 'Cabinet – 12 February 2025', size: 10, bold: true },
    ...tile(50, 100, 'CP01', ['Council tax collected'], '82.4%', 'Amber', '83.0%', '56.1%'),
    ...tile(250, 100, 'CP02', ['Missed bins per 100k', 'collections'], '61', 'Red', '50', '58'),
  ];

  test("each tile is read to its end before the next (before: one tile's figures went to the other) and its headline figure is its latest value", async () => {
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    const cards = parseBlocks(blocks).cards.map((c) => [c.printedId, c.current?.raw, c.target?.raw, c.previous?.raw, c.rag?.raw]);
    expect(cards).toEqual([
      ['CP01', '82.4%', '83.0%', '56.1%', 'Amber'],
      ['CP02', '61', '50', '58', 'Red'],
    ]);
  });

  test("a badge in capitals printed close beside its tile's title ('CP01 Council tax collected AMBER') is the tile's rating, not part of its name", async () => {
    const close = [...texts.slice(0, 2), ...tile(50, 100, 'CP01', ['Council tax collected'], '82.4%', 'AMBER', '83.0%', '56.1%', 118), ...tile(250, 100, 'CP02', ['Missed bins per 100k', 'collections'], '61', 'Red', '50', '58')];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts: close }]));
    expect(parseBlocks(blocks).cards.map((c) => [c.printedId, c.title, c.rag?.raw])).toEqual([
      ['CP01', 'Council tax collected', 'AMBER'],
      ['CP02', 'Missed bins per 100k collections', 'Red'],
    ]);
  });
});

describe('a tile badge close beside its title, the next tile on the same line', () => {
  test("'Amber' 9 pt after the title, the next tile three times as far: the tile's rating (before: the name's last word)", async () => {
    const texts = [
      { x: 43, top: 40, text: 'Corporate Plan Performance Report – Quarter 3 2024/25', size: 15, bold: true },
      { x: 43, top: 70, text: 'Cabinet – 12 February 2025', size: 10, bold: true },
      ...tile(50, 100, 'CP01', ['Council tax collected'], '82.4%', 'Amber', '83.0%', '56.1%', 124),
      ...tile(230, 100, 'CP02', ['Missed bins per 100k', 'collections'], '61', 'Red', '50', '58', 124),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(parseBlocks(blocks).cards.map((c) => [c.printedId, c.title, c.rag?.raw])).toEqual([
      ['CP01', 'Council tax collected', 'Amber'],
      ['CP02', 'Missed bins per 100k collections', 'Red'],
    ]);
  });
});

describe("a slide's KPI: its code above its name, two labels side by side over their figures", () => {
  test("'Target | Last quarter' over '48.5% | 46.0%' pair by column (before: crossed), and 'WR04' above the name is its identifier", async () => {
    const texts: PdfText[] = [
      { x: 36, top: 40, text: 'Waste and Recycling', size: 26, bold: true },
      { x: 36, top: 117, text: 'WR04', size: 11 },
      { x: 36, top: 134, text: 'Household waste sent for reuse, recycling and composting', size: 18, bold: true },
      { x: 36, top: 191, text: 'Target', size: 10 },
      { x: 111, top: 191, text: 'Last quarter', size: 10 },
      { x: 36, top: 205, text: '48.5%', size: 16 },
      { x: 111, top: 205, text: '46.0%', size: 16 },
      { x: 36, top: 231, text: 'Garden waste tonnages lower than expected due to dry August.', size: 11 },
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 960, height: 540, texts }]));
    expect(parseBlocks(blocks).cards.map((c) => [c.printedId, c.title, c.target?.raw, c.previous?.raw])).toEqual([['WR04', 'Household waste sent for reuse, recycling and composting', '48.5%', '46.0%']]);
  });
});

describe("a slide's headline figure captioned with its period, over a target and the period before", () => {
  /** One KPI panel as a slide deck prints it: code, name, badge, 60 pt figure, its period caption, labels over figures. */
  function panel(x: number, id: string, name: string, rag: string, figure: string, caption: string, labels: string[], figures: string[], comment: string): PdfText[] {
    return [
      { x, top: 117, text: id, size: 11 },
      { x, top: 134, text: name, size: 18, bold: true },
      { x: x + 355, top: 146, text: rag, size: 11, bold: true },
      { x, top: 170, text: figure, size: 60, bold: true },
      { x, top: 234, text: caption, size: 10 },
      // Labels 30 pt apart in one row, figures under the first ones; the last label ('Higher is better') has none.
      ...labels.map((text, i) => ({ x: x + [0, 75, 158][i], top: 258, text, size: 10 })),
      ...figures.map((text, i) => ({ x: x + i * 75, top: 272, text, size: 16 })),
      ...['Q3', 'Q4', 'Q1', 'Q2'].map((text, i) => ({ x: x + 10 + i * 39, top: 330 + i * 9, text, size: 8 })),
      { x, top: 408, text: comment, size: 11 },
    ];
  }
  const texts: PdfText[] = [
    { x: 36, top: 40, text: 'Revenues and Benefits', size: 26, bold: true },
    ...panel(36, 'RB01', 'Council tax collected (cumulative)', 'GREEN', '56.4%', 'QUARTER 2 2024/25', ['TARGET', 'Q2 2023/24', 'HIGHER IS BETTER'], ['56.0%', '55.9%'], 'Collection is slightly ahead of profile following the direct debit campaign.'),
    ...panel(504, 'RB02', 'Average days to process new claims', 'RED', '24.6', 'DAYS – QUARTER 2 2024/25', ['TARGET', 'Q1 2024/25', 'LOWER IS BETTER'], ['20.0', '21.3'], 'Processing times rose due to two vacancies in September.'),
  ];

  test('the headline is the current value, the figure under the earlier period the previous (before: current and previous lost, RB02 lost)', async () => {
    const { blocks } = await pdfBlocks(makePdf([{ width: 960, height: 540, texts }]));
    expect(parseBlocks(blocks).cards.map((c) => [c.printedId, c.current?.raw, c.currentLabel, c.target?.raw, c.previous?.raw, c.direction?.raw, c.rag?.raw, c.commentary])).toEqual([
      ['RB01', '56.4%', 'QUARTER 2 2024/25', '56.0%', '55.9%', 'HIGHER IS BETTER', 'Green', 'Collection is slightly ahead of profile following the direct debit campaign.'],
      ['RB02', '24.6', 'DAYS – QUARTER 2 2024/25', '20.0', '21.3', 'LOWER IS BETTER', 'Red', 'Processing times rose due to two vacancies in September.'],
    ]);
  });

  test('a caption naming a later period than the labelled figure only: the labelled figure stays current', async () => {
    const later = panel(36, 'RB01', 'Council tax collected (cumulative)', 'GREEN', '56.4%', 'QUARTER 1 2024/25', ['TARGET', 'Q2 2024/25'], ['56.0%', '57.2%'], 'Collection is slightly ahead of profile following the direct debit campaign.');
    const { blocks } = await pdfBlocks(makePdf([{ width: 960, height: 540, texts: later }]));
    expect(parseBlocks(blocks).cards.map((c) => [c.current?.raw, c.previous?.raw])).toEqual([['57.2%', undefined]]);
  });
});
