import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { makePdf, type PdfRect, type PdfText } from '../../../test/make-pdf';

const blocksOf = async (texts: PdfText[], rects: PdfRect[] = []) => (await pdfBlocks(makePdf([{ width: 595, height: 842, texts, rects }]))).blocks;

/** A column chart: value axis at the left, periods under the plot, optional data labels and a legend. */
function columnChart(left: number, top: number, periods: string[], values: string[] | null, legend: string[]): { texts: PdfText[]; rects: PdfRect[] } {
  const ticks = ['60%', '40%', '20%', '0%'];
  const texts: PdfText[] = ticks.map((t, i) => ({ x: left + 24 - t.length * 4.4, top: top + i * 40, text: t, size: 8 }));
  const rects: PdfRect[] = [];
  periods.forEach((p, i) => {
    const x = left + 40 + i * 50;
    texts.push({ x, top: top + 132, text: p, size: 8 });
    const value = values?.[i];
    const h = value ? Number.parseFloat(value) * 2 : 40 + i * 5;
    rects.push({ x, top: top + 124 - h, w: 30, h, fill: [0.2, 0.4, 0.8] });
    if (value) texts.push({ x: x + 4, top: top + 114 - h, text: value, size: 8 });
  });
  legend.forEach((name, i) => {
    rects.push({ x: left + 40 + i * 90, top: top + 152, w: 8, h: 6, fill: i ? [0.9, 0.5, 0.1] : [0.2, 0.4, 0.8] });
    texts.push({ x: left + 52 + i * 90, top: top + 150, text: name, size: 8 });
  });
  return { texts, rects };
}

describe('chart furniture never reads as text', () => {
  test('axis ticks, two-digit-year periods and a legend become one chart block; text around it stays text', async () => {
    const chart = columnChart(300, 100, ['Q1 23/24', 'Q2 23/24', 'Q3 23/24', 'Q4 23/24'], null, ['Recycling rate', 'Target']);
    const blocks = await blocksOf([{ x: 40, top: 60, text: 'Household waste recycled', size: 14, bold: true }, ...chart.texts, { x: 40, top: 300, text: 'Commentary: collections were steady.', size: 10 }], chart.rects);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Household waste recycled'],
      ['chart', ''],
      ['paragraph', 'Commentary: collections were steady.'],
    ]);
    expect(blocks[1].chart).toEqual({ title: null, series: [] });
    expect(blocks[1].prov).toMatchObject({ page: 1, box: { x: 310.8, y: 100, w: expect.any(Number), h: 158 } });
  });

  test("a label with its year ('Target 2025/26: 21 days') on the line under the legend is the card's, not a legend entry", async () => {
    const chart = columnChart(40, 100, ['Q1 23/24', 'Q2 23/24', 'Q3 23/24', 'Q4 23/24'], null, ['Actual', 'Target']);
    const blocks = await blocksOf([...chart.texts, { x: 40, top: 262, text: 'Target 2025/26: 21 days', size: 8 }, { x: 160, top: 262, text: 'Current: 24 days', size: 8 }], chart.rects);
    expect(blocks.filter((b) => b.kind !== 'chart').map((b) => b.text)).toEqual(['Target 2025/26: 21 days', 'Current: 24 days']);
  });

  test('a chart with data labels over each period and no axis keeps its series', async () => {
    const chart = columnChart(300, 100, ['Apr 24', 'May 24', 'Jun 24'], ['41%', '44%', '47%'], ['Completed on time']);
    const texts = chart.texts.filter((t) => !t.text.endsWith('%') || !['60%', '40%', '20%', '0%'].includes(t.text));
    const blocks = await blocksOf(texts, chart.rects);
    expect(blocks.map((b) => [b.kind, b.chart])).toEqual([
      ['chart', { title: null, series: [{ name: 'Completed on time', points: [{ label: 'Apr 24', raw: '41%' }, { label: 'May 24', raw: '44%' }, { label: 'Jun 24', raw: '47%' }] }] }],
    ]);
  });

  test('a table headed by periods, with values under them, is not a chart', async () => {
    const blocks = await blocksOf([
      { x: 200, top: 100, text: 'Q4 2024/25', size: 9, bold: true },
      { x: 280, top: 100, text: 'Q1 2025/26', size: 9, bold: true },
      { x: 360, top: 100, text: 'Q2 2025/26', size: 9, bold: true },
      { x: 205, top: 114, text: '88%', size: 9 },
      { x: 285, top: 114, text: '91%', size: 9 },
      { x: 365, top: 114, text: '93%', size: 9 },
    ]);
    // Each period with the value under it, as any label over its value.
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Q4 2024/25\n88%'],
      ['paragraph', 'Q1 2025/26\n91%'],
      ['paragraph', 'Q2 2025/26\n93%'],
    ]);
  });

  test('bars drawn sideways: months stacked at one x over a row of ticks, data labels beside the bars', async () => {
    const months = ['Jan 25', 'Feb 25', 'Mar 25', 'Apr 25'];
    const values = ['120', '135', '128', '141'];
    const texts: PdfText[] = [{ x: 40, top: 60, text: 'Calls answered each month', size: 12, bold: true }];
    const rects: PdfRect[] = [];
    months.forEach((m, i) => {
      texts.push({ x: 40, top: 90 + i * 24, text: m, size: 8 });
      const w = Number(values[i]);
      rects.push({ x: 90, top: 88 + i * 24, w, h: 14, fill: [0.2, 0.4, 0.8] });
      texts.push({ x: 94 + w, top: 90 + i * 24, text: values[i], size: 8 });
    });
    // Tick labels centred on their gridlines (a Helvetica digit is 0.556 em wide).
    ['0', '50', '100', '150'].forEach((t, i) => texts.push({ x: 90 + i * 50 - t.length * 0.556 * 4, top: 190, text: t, size: 8 }));
    texts.push({ x: 40, top: 230, text: 'Demand peaked in April after the rates letters.', size: 10 });
    const blocks = await blocksOf(texts, rects);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Calls answered each month'],
      ['chart', ''],
      ['paragraph', 'Demand peaked in April after the rates letters.'],
    ]);
    expect(blocks[1].chart!.series).toEqual([{ name: 'values', points: months.map((label, i) => ({ label, raw: values[i] })) }]);
    expect(blocks[1].prov.box).toMatchObject({ x: 40, y: 90 });
  });

  test('a numbered list and a column of table figures are not axes', async () => {
    const texts: PdfText[] = [];
    ['1.', '2.', '3.', '4.'].forEach((n, i) => texts.push({ x: 40, top: 100 + i * 14, text: n, size: 10 }, { x: 60, top: 100 + i * 14, text: `Action number ${i + 1} is on track.`, size: 10 }));
    ['1,204', '1,310', '998', '1,150'].forEach((n, i) => texts.push({ x: 300, top: 100 + i * 14, text: n, size: 10 }));
    const blocks = await blocksOf(texts);
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(blocks.map((b) => b.text).join('\n')).toContain('1. Action number 1 is on track.');
    expect(blocks.map((b) => b.text).join('\n')).toContain('1,310');
  });
});
