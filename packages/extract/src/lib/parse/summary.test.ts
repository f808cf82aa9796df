import { describe, expect, test } from '@jest/globals';
import { prov } from '../schema';
import { readSummaryTable, summaryLine, statusCounts } from './summary';
import { blocksFromBytes } from '../read/document';
import { parseBlocks } from './report';

const plain = (rows: ReturnType<typeof readSummaryTable>) => rows?.map((r) => [r.status, r.count?.raw ?? null, r.percentage?.raw ?? null]) ?? null;

describe('RAG summary tables in every shape', () => {
  test('statuses as rows: a dash is a printed none, the Total row is not a status', () => {
    const rows = [
      ['Rating', 'Number of measures', '%'],
      ['Green', '12', '60%'],
      ['Amber', '–', '–'],
      ['Red', '8', '40%'],
      ['Not rated', '', ''],
      ['Total', '20', '100%'],
    ];
    expect(plain(readSummaryTable(rows, prov()))).toEqual([
      ['Green', '12', '60%'],
      ['Amber', '–', '–'],
      ['Red', '8', '40%'],
    ]);
  });

  test('statuses as columns (letters) with per-service rows: counts come from the TOTAL row', () => {
    const rows = [
      ['Service', 'G', 'A', 'R', 'TOTAL'],
      ["Children's Services", '3', '1', '-', '4'],
      ['Adult Social Care', '2', '-', '2', '4'],
      ['TOTAL', '5', '1', '2', '8'],
    ];
    const out = readSummaryTable(rows, prov({ index: 7 }));
    expect(plain(out)).toEqual([
      ['Green', '5', null],
      ['Amber', '1', null],
      ['Red', '2', null],
    ]);
    expect(out![0].count!.prov.cell).toEqual({ table: 7, row: 3, col: 1 });
  });

  test("statuses with their meaning ('Green – on or above target'), counts with their share ('12 (67%)'), counts for two periods (the latest)", () => {
    expect(plain(readSummaryTable([['Status', 'Number', '%'], ['Green – on or above target', '12', '67%'], ['Amber – within tolerance', '4', '22%'], ['Red: below tolerance', '2', '11%'], ['Total', '18', '100%']], prov()))).toEqual([
      ['Green', '12', '67%'], ['Amber', '4', '22%'], ['Red', '2', '11%'],
    ]);
    expect(plain(readSummaryTable([['Green', 'Amber', 'Red', 'Total'], ['12 (67%)', '4 (22%)', '2 (11%)', '18']], prov()))).toEqual([
      ['Green', '12', '67%'], ['Amber', '4', '22%'], ['Red', '2', '11%'],
    ]);
    expect(plain(readSummaryTable([['Status', 'Q2 2024/25', 'Q3 2024/25'], ['Green', '11', '12'], ['Amber', '5', '4'], ['Red', '3', '2'], ['Total', '19', '18']], prov()))).toEqual([
      ['Green', '12', null], ['Amber', '4', null], ['Red', '2', null],
    ]);
  });

  test('a KPI table with a RAG column, or a key of RAG definitions, is not a summary', () => {
    expect(readSummaryTable([['Indicator', 'Target', 'Actual', 'RAG'], ['Invoices paid', '95%', '96%', 'Green'], ['Calls answered', '90%', '80%', 'Red']], prov())).toBeNull();
    expect(readSummaryTable([['Red', 'more than 10% off target'], ['Amber', 'within 10% of target'], ['Green', 'on target']], prov())).toBeNull();
  });

  test('summary lines of a text dump', () => {
    expect(summaryLine('Red 1 10%')).toEqual({ status: 'Red', count: '1', percentage: '10%' });
    expect(summaryLine('Amber: -')).toEqual({ status: 'Amber', count: '-', percentage: null });
    expect(summaryLine('Red kite sightings 4')).toBeNull();
    expect(summaryLine('Red, 14 (15%);')).toBeNull(); // the trailing ';' is a list, not a line of its own
    expect(summaryLine('Red, 14 (15%)')).toEqual({ status: 'Red', count: '14', percentage: '15%' });
  });

  test('summary sentences: a count of indicators and its status, nothing else counted', () => {
    expect(summaryLine('o   38 of 46 (83%) indicators are rated as Green')).toEqual({ status: 'Green', count: '38', percentage: '83%' });
    expect(summaryLine('• 78 are green (82%)')).toEqual({ status: 'Green', count: '78', percentage: '82%' });
    expect(summaryLine('14 measures were off track.')).toEqual({ status: 'Red', count: '14', percentage: null });
    expect(summaryLine('21 actions are green (43%)')).toBeNull();
    expect(summaryLine('64 are complete (55%)')).toEqual({ status: 'Blue', count: '64', percentage: '55%' });
    expect(summaryLine('12 are in the top quartile')).toBeNull();
  });

  test('a summary written as sentences in a Word-style list, in a paper of any format', async () => {
    const text = [
      'Quarter 3 2024/25 Performance Summary',
      '',
      '50 Corporate Performance Indicators were measured quarterly. In summary:',
      '',
      '- 38 of 46 (83%) indicators are rated as Green',
      '- 2 of 46 (4%) indicators are rated as Amber',
      '- 6 of 46 (13%) indicators are rated as Red',
      '',
      'Of the actions in the plan, 21 actions are green (43%).',
    ].join('\n');
    for (const format of ['markdown', 'text'] as const) {
      const doc = await blocksFromBytes(`summary.${format === 'text' ? 'txt' : 'md'}`, format, new TextEncoder().encode(text));
      const r = parseBlocks(doc.blocks);
      expect(r.summary.map((s) => [s.status, s.count?.raw, s.percentage?.raw])).toEqual([
        ['Green', '38', '83%'],
        ['Amber', '2', '4%'],
        ['Red', '6', '13%'],
      ]);
      expect(r.summary[2].prov.line).toEqual({ start: 7, end: 7 });
    }
  });
});

describe('a summary written as one sentence', () => {
  test.each([
    ['Of the 5 indicators reported this quarter, 3 are rated Green, 1 Amber and 1 Red.', [['Green', '3', null], ['Amber', '1', null], ['Red', '1', null]]],
    ['Of 12 measures: 7 (58%) Green, 3 (25%) Amber and 2 (17%) Red.', [['Green', '7', '58%'], ['Amber', '3', '25%'], ['Red', '2', '17%']]],
    ['Eight KPIs were reported; 6 are green and 2 are red.', [['Green', '6', null], ['Red', '2', null]]],
    // Statuses in other words, and a status before its count.
    ['Of the 20 indicators, 12 are on track, 3 are at risk and 4 are off track.', [['Green', '12', null], ['Amber', '3', null], ['Red', '4', null]]],
    ['Of the 17 measures, 10 were achieved and 7 were not achieved.', [['Green', '10', null], ['Red', '7', null]]],
    ['Of our 20 KPIs, 11 met or exceeded target, 5 were within tolerance and 4 were below target.', [['Green', '11', null], ['Amber', '5', null], ['Red', '4', null]]],
    ['KPI status this quarter: Green: 12, Amber: 3, Red: 5 indicators.', [['Green', '12', null], ['Amber', '3', null], ['Red', '5', null]]],
  ])('%s', (text, want) => {
    expect(statusCounts(text)?.map((c) => [c.status, c.count, c.percentage])).toEqual(want);
  });

  test('a sentence about other things, or naming one status, is no summary', () => {
    for (const text of [
      '3 actions are green and 1 is red.',
      'Of the 5 indicators, 3 are rated Green.',
      'The service answered 92% of calls within 60 seconds.',
      'Of the 24 actions supporting these indicators, 20 are Green and 4 Amber.',
    ])
      expect(statusCounts(text)).toBeNull();
    // Last quarter's counts after this quarter's are not this quarter's.
    expect(statusCounts('Of 6 indicators 3 are Green and 3 Red; last quarter 2 were Green and 4 Amber.')?.map((c) => [c.status, c.count])).toEqual([['Green', '3'], ['Red', '3']]);
  });
});
