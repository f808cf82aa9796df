import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { mergeRuns } from './runs';
import { makePdf } from '../../../test/make-pdf';

describe('runs', () => {
  test('a line of several items (text, a Symbol-font arrow, text) is one run, read as one line', async () => {
    // The arrow switches font, so pdf.js gives three or more items in stream order; the third item must join
    // the run although it is more than two items after the run's first.
    const text = 'OUTTURN: 81.0%, TREND: ↔; ANNUAL TARGET: 79.0%';
    const pdf = makePdf([{ width: 595, height: 842, texts: [{ x: 50, top: 100, text, size: 10 }, { x: 50, top: 120, text: 'RATING: Green', size: 10 }] }]);
    const { blocks } = await pdfBlocks(pdf);
    expect(blocks.map((b) => b.text)).toEqual([`${text}\nRATING: Green`]);
  });

  test('items far apart in the stream stay apart even when they touch on the page', () => {
    const seg = (text: string, x: number, w: number, order: number) => ({ text, x, y: 100, w, h: 10, order });
    const runs = mergeRuns([seg('Target', 50, 30, 0), seg(':', 80, 3, 1), seg(' 90%', 83, 20, 2), seg('Green', 103, 25, 9)]);
    expect(runs.map((r) => r.text)).toEqual(['Target: 90%', 'Green']);
  });
});
