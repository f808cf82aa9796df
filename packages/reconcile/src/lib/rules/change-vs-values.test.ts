import { describe, expect, test } from '@jest/globals';
import { blocksFromBytes, parseBlocks } from '@kpi/extract';
import { normaliseReport } from '@kpi/normalise';
import { archive } from '../../test/hand-made';
import { build } from '../../test/archive';
import { changeVsValues } from './change-vs-values';

const paper = (changeRaw: string, direction?: 'higher' | 'lower') => archive([{ file: 'paper.pdf', cards: [{ id: 'KPI 1', current: '60', previous: '70', direction, changeRaw }] }]);

describe('change-vs-values', () => {
  test('a change label the figures and direction contradict is a warning with both figures', () => {
    const found = changeVsValues.check(paper('Improving', 'higher').ctx);
    expect(found).toHaveLength(1);
    expect(found[0].evidence.compared).toEqual({ printed: 'Improving', expected: 'Declining', current: 60, previous: 70, direction: 'higher' });
  });

  test('without a direction an arrow is read as the movement', () => {
    const found = changeVsValues.check(paper('↑').ctx);
    expect(found.map((f) => f.evidence.compared)).toEqual([{ printed: '↑', expected: '↓', current: 60, previous: 70, direction: null }]);
  });

  test('a label that fits the figures raises nothing', () => {
    expect(changeVsValues.check(paper('Improving', 'lower').ctx)).toEqual([]);
    expect(changeVsValues.check(paper('↓').ctx)).toEqual([]);
  });
});

describe('change-vs-values on a paper whose key says arrows show the figure’s movement', () => {
  const paper = (rows: string[]) =>
    [
      '# Resources Scrutiny Committee',
      '## Performance Scorecard Quarter 3 2025/26',
      'Direction of travel: ▲ figure has gone up since last quarter; ▼ figure has gone down; ◄► no change. Colour shows whether the movement is good.',
      '',
      '| Ref | Indicator | Polarity | Target | Previous | Current | DoT |',
      '|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');
  const archiveFrom = ({ observations, reports }: ReturnType<typeof build>) => ({ observations, reports, keyOf: new Map<number, string>(), idOf: (o: (typeof observations)[number]) => o.observation.reportedId ?? o.observation.printedId, committeeOf: () => null });
  const read = async (text: string) => {
    const doc = await blocksFromBytes('scorecard.md', 'markdown', new TextEncoder().encode(text));
    const report = normaliseReport(parseBlocks(doc.blocks));
    return { report, found: changeVsValues.check(archiveFrom(build([{ name: 'scorecard.md', sha: 'x', report }]))) };
  };

  test('arrows read by each KPI’s direction: a fall is improving where lower is better (before: ▼ read as declining)', async () => {
    const { report, found } = await read(paper(['| AR 01 | Data breaches | Lower is better | 0 | 2 | 1 | ▼ |', '| AR 02 | Households in temporary accommodation | Lower is better | 150 | 160 | 172 | ▲ |', '| AR 03 | Council tax collected | Higher is better | 97% | 95% | 96% | ▲ |']));
    expect(report.observations.map((o) => [o.printedId, o.change])).toEqual([['AR 01', 'Improving'], ['AR 02', 'Declining'], ['AR 03', 'Improving']]);
    expect(found).toEqual([]);
  });

  test('an arrow against the figures is still a contradiction', async () => {
    const { found } = await read(paper(['| AR 01 | Data breaches | Lower is better | 0 | 2 | 1 | ▲ |', '| AR 02 | Council tax collected | Higher is better | 97% | 95% | 96% | ▲ |']));
    // Once, as the scorecard's (the row is the KPI's only print).
    expect(found.map((f) => f.evidence.compared)).toEqual([{ printed: '▲', expected: 'Improving', current: 1, previous: 2, direction: 'lower' }]);
    expect(found[0].message).toContain('the scorecard shows change ▲');
  });
});

describe('change-vs-values on a paper whose key says arrows show performance', () => {
  test("an arrow with no direction beside it is no movement to check ('↑ improved' over a fall in days; before: a false warning)", async () => {
    const text = [
      '# Wendle District Council Performance Dashboard Quarter 2 2024/25',
      'Direction of travel compares with the previous quarter: ↑ improved, ↓ worsened, → no change.',
      '',
      '| Ref | Measure | Sep 2024 | Target | Jun 2024 | DoT |',
      '|---|---|---|---|---|---|',
      '| RB2 | Days to process new claims | 18.2 days | 20 days | 21.6 days | ↑ |',
      '| EN3 | Fly-tipping incidents | 62 | 70 | 58 | ↓ |',
    ].join('\n');
    const doc = await blocksFromBytes('dashboard.md', 'markdown', new TextEncoder().encode(text));
    const report = normaliseReport(parseBlocks(doc.blocks));
    expect(report.observations.map((o) => [o.printedId, o.change])).toEqual([['RB2', 'Improving'], ['EN3', 'Declining']]);
    const { observations, reports } = build([{ name: 'dashboard.md', sha: 'x', report }]);
    expect(changeVsValues.check({ observations, reports, keyOf: new Map<number, string>(), idOf: (o) => o.observation.printedId, committeeOf: () => null })).toEqual([]);
  });
});
