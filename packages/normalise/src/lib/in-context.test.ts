import { describe, expect, test } from '@jest/globals';
import { markdownBlocks, parseBlocks } from '@kpi/extract';
import { normaliseReport } from './observations';

const report = async (rows: string[]) =>
  normaliseReport(parseBlocks(await markdownBlocks(`# Performance Report – Quarter 2 2024/25\n\n| Ref | Indicator | Target | Previous | Current | RAG |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`)));
const figures = (r: Awaited<ReturnType<typeof report>>) => r.observations.map((o) => [o.printedId, o.target.value, o.previous.value, o.current.value, o.unit]);

describe('figures read beside the card’s others', () => {
  test("'41m' on a KPI about time, or beside '1m 40s', is minutes, not millions", async () => {
    const r = await report(['| HW01 | Average ambulance handover time | 30 mins | 45m | 41m | Red |', '| HW02 | Average time to answer 111 calls | 1 min | 2m | 1m 40s | Red |', '| HW03 | Library visits | 1.1m | 1.2m | 1.3m | Green |']);
    expect(figures(r)).toEqual([
      ['HW01', 30, 45, 41, 'minutes'],
      ['HW02', 1, 2, 1.666667, 'minutes'],
      // No time in sight: millions, as before.
      ['HW03', 1100000, 1200000, 1300000, 'count'],
    ]);
  });

  test("a bare proportion beside percentages printed with '%' is a percentage; one far from them is left", async () => {
    const r = await report(['| RS02 | Percentage of invoices paid within 30 days | 95% | 0.94 | 96% | Green |', '| RS03 | Staff turnover | 3% | 0.8 | 2.5% | Green |']);
    expect(figures(r)).toEqual([
      ['RS02', 95, 94, 96, 'percent'],
      ['RS03', 3, 0.8, 2.5, 'percent'],
    ]);
  });

  test("'85.2p' is a provisional 85.2 beside percentages, 'Nil' is 0, '3:45' minutes and seconds on a KPI about time", async () => {
    const r = await report(['| VF02 | Pupils attending good schools | 90% | 85.2p | 86.1p | Amber |', '| VF07 | Deaths in fires | 0 | Nil | Nil | Green |', '| VF04 | Average call answer time | 3:00 | 3:45 | 2:50 | Green |']);
    expect(figures(r)).toEqual([
      ['VF02', 90, 85.2, 86.1, 'percent'],
      ['VF07', 0, 0, 0, 'count'],
      ['VF04', 3, 3.75, 2.833333, 'minutes'],
    ]);
    expect(r.observations.map((o) => o.previous.raw)).toEqual(['85.2p', 'Nil', '3:45']);
  });

  test("everyday words are no time and 'p' alone is pence: 'resolved first time' keeps millions, '85p' a journey has no provisional number", async () => {
    const r = await report(['| CS01 | Number of customer contacts resolved first time | 1.1m | 1.0m | 1.2m | Green |', '| TR01 | Average subsidy per bus passenger journey | 90p | 88p | 85p | Amber |']);
    expect(figures(r)).toEqual([
      ['CS01', 1100000, 1000000, 1200000, 'count'],
      ['TR01', null, null, null, null],
    ]);
  });

  test("a range ('80-85%') and a ratio ('1 in 5') keep their text and no number: neither is one figure", async () => {
    const r = await report(['| VF03 | Visitor satisfaction | 80-85% | 78% | 81% | Green |', '| VF01 | Children living in poverty | 1 in 6 | 1 in 5 | 1 in 5 | Red |']);
    expect(r.observations.map((o) => [o.target.raw, o.target.value, o.current.raw, o.current.value])).toEqual([
      ['80-85%', null, '81%', 81],
      ['1 in 6', null, '1 in 5', null],
    ]);
  });
});
