import { describe, expect, test } from '@jest/globals';
import { blocksFromBytes } from '../read/document';
import { parseBlocks } from '../parse/report';
import { makePdf, row, type PdfText } from '../../test/make-pdf';
import { failure } from '../../test/expectations';

async function cardsOf(bytes: Uint8Array) {
  const doc = await blocksFromBytes('synthetic.pdf', 'pdf', bytes);
  return { doc, report: parseBlocks(doc.blocks) };
}

/** A card drawn as a ruled-less value table under its heading, starting at `top`. */
function tableCard(top: number, id: string, title: string, values: string[], rag: string, commentary: string, x = 40): PdfText[] {
  const cols = [x, x + 90, x + 200, x + 290, x + 390];
  return [
    { x, top, text: `Indicator ${id}: ${title}`, size: 13, bold: true },
    ...row(top + 30, [[cols[0], 'Target'], [cols[1], 'Direction for'], [cols[2], 'Current'], [cols[3], 'Previous'], [cols[4], 'Change in']], 9, true),
    ...row(top + 41, [[cols[1], 'Improvement'], [cols[2], 'Quarter'], [cols[3], 'Quarter'], [cols[4], 'Performance']], 9, true),
    ...row(top + 58, values.map((v, i) => [cols[i] + 4, v] as [number, string]), 10),
    { x, top: top + 80, text: 'RAG Rating', size: 10, bold: true },
    { x, top: top + 94, text: rag, size: 10 },
    { x, top: top + 116, text: 'Commentary', size: 10, bold: true },
    { x, top: top + 130, text: commentary, size: 9 },
  ];
}

describe('PDF layouts beyond the corpus', () => {
  test('two cards on one portrait page', async () => {
    const bytes = makePdf([
      { texts: [...tableCard(40, 'AHC 12', 'Number of carers assessed', ['1,200', 'Higher is better', '1,310', '1,150', 'Improving'], 'Green', 'Assessments rose after the new triage.'), ...tableCard(420, 'AHC 13', 'Average days to first contact', ['5 days', 'Lower is better', '7 days', '6 days', 'Declining'], 'Amber', 'Staff vacancies slowed first contact.')] },
    ]);
    const { report } = await cardsOf(bytes);
    expect(report.cards.map((c) => [c.printedId, c.target?.raw, c.direction?.raw, c.current?.raw, c.previous?.raw, c.change?.raw, c.periodBasis, c.rag?.raw])).toEqual([
      ['AHC 12', '1,200', 'Higher is better', '1,310', '1,150', 'Improving', 'quarter', 'Green'],
      ['AHC 13', '5 days', 'Lower is better', '7 days', '6 days', 'Declining', 'quarter', 'Amber'],
    ]);
    expect(report.cards[1].commentary).toBe('Staff vacancies slowed first contact.');
    expect(report.cards[1].start.page).toBe(1);
  });

  test('a landscape card with label: value pairs instead of a table', async () => {
    const texts: PdfText[] = [
      { x: 40, top: 30, text: 'KPI 7: Percentage of complaints answered within 10 days', size: 14, bold: true },
      { x: 40, top: 70, text: 'Target: 90%', size: 10 },
      { x: 40, top: 86, text: 'Direction for Improvement: Higher is better', size: 10 },
      { x: 40, top: 102, text: 'Current Month: 93%', size: 10 },
      { x: 40, top: 118, text: 'Previous Month: 88%', size: 10 },
      { x: 40, top: 134, text: 'Change in Performance: Improving', size: 10 },
      { x: 40, top: 150, text: 'RAG Rating: Green', size: 10 },
      { x: 40, top: 180, text: 'Commentary', size: 10, bold: true },
      { x: 40, top: 194, text: 'A new tracking system went live in March.', size: 9 },
    ];
    const { report } = await cardsOf(makePdf([{ width: 842, height: 595, texts }]));
    const c = report.cards[0];
    expect([c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw, c.change?.raw, c.periodBasis, c.rag?.raw]).toEqual(['KPI 7', '90%', '93%', '88%', 'Improving', 'month', 'Green']);
    expect(c.commentary).toBe('A new tracking system went live in March.');
  });

  test('description and commentary side by side in two columns', async () => {
    const texts: PdfText[] = [
      ...tableCard(30, 'CYP 3', 'Number of children supported', ['400', 'Higher is better', '420', '390', 'Improving'], 'Green', 'x').slice(0, 11),
      { x: 40, top: 130, text: 'Indicator Description', size: 10, bold: true },
      { x: 40, top: 144, text: 'Counts children who received early help.', size: 9 },
      { x: 40, top: 155, text: 'Measured at the end of each quarter.', size: 9 },
      { x: 320, top: 130, text: 'Commentary', size: 10, bold: true },
      { x: 320, top: 144, text: 'Demand grew in the north of the county.', size: 9 },
      { x: 320, top: 155, text: 'Two new workers started in June.', size: 9 },
      { x: 40, top: 190, text: 'RAG Rating', size: 10, bold: true },
      { x: 40, top: 204, text: 'Green', size: 10 },
    ];
    const { report } = await cardsOf(makePdf([{ width: 842, height: 595, texts }]));
    const c = report.cards[0];
    expect(c.description).toBe('Counts children who received early help. Measured at the end of each quarter.');
    expect(c.commentary).toBe('Demand grew in the north of the county. Two new workers started in June.');
    expect(c.rag?.raw).toBe('Green');
  });

  test('a scorecard table that continues on the next page', async () => {
    const cols: number[] = [40, 250, 320, 390, 460, 520];
    const header = row(60, [[cols[0], 'KPI'], [cols[1], 'Target'], [cols[2], 'Current'], [cols[3], 'Previous'], [cols[4], 'Change'], [cols[5], 'RAG']], 9, true);
    const line = (top: number, id: number, v: string[]) => row(top, [[cols[0], `E&S ${id}: Measure number ${id}`], ...v.map((x, i) => [cols[i + 1], x] as [number, string])]);
    const page1 = [{ x: 40, top: 30, text: 'Environment Committee Scorecard', size: 14, bold: true }, ...header, ...[1, 2, 3].flatMap((i) => line(60 + i * 16, i, [`${i}0%`, `${i}5%`, `${i}2%`, 'Improving', 'Green']))];
    const page2 = [...[4, 5].flatMap((i) => line(40 + (i - 4) * 16, i, [`${i}0%`, `${i}5%`, `${i}2%`, 'Improving', 'Green'])), { x: 40, top: 200, text: 'Some closing remarks follow the table.', size: 10 }];
    const { report } = await cardsOf(makePdf([{ texts: page1 }, { texts: page2 }]));
    expect(report.scorecard.map((r) => [r.printedId, r.target?.raw, r.current?.raw, r.rag?.raw, r.prov.page])).toEqual([
      ['E&S 1', '10%', '15%', 'Green', 1],
      ['E&S 2', '20%', '25%', 'Green', 1],
      ['E&S 3', '30%', '35%', 'Green', 1],
      ['E&S 4', '40%', '45%', 'Green', 2],
      ['E&S 5', '50%', '55%', 'Green', 2],
    ]);
  });

  test('hostile PDFs fail with one clear line', async () => {
    const good = makePdf([{ texts: [{ x: 40, top: 40, text: 'Hello' }] }]);
    const truncated = good.slice(0, Math.floor(good.length / 3));
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const noText = makePdf([{ texts: [] }]);
    const reason = (bytes: Uint8Array) => failure(() => blocksFromBytes('x.pdf', 'pdf', bytes));
    expect(await reason(random)).toMatch(/^damaged: not a PDF/);
    expect(await reason(truncated)).toMatch(/^(damaged|no-text)/);
    expect(await reason(noText)).toBe('no-text: no text layer; OCR is not supported');
    expect(await reason(new Uint8Array(0))).toBe('empty: the file is empty');
  });
});
