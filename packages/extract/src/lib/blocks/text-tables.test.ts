import { describe, expect, test } from '@jest/globals';
import { textBlocks } from './text';
import { parseBlocks } from '../parse/report';
import type { Block } from '../schema';

const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table');
/** Every word of the input, for "nothing was lost" checks (rules and pipes carry no words). */
const words = (s: string) => s.split(/[\s|+]+/).filter((w) => w && !/^[-=:]+$/.test(w));
const blockWords = (blocks: Block[]) => blocks.flatMap((b) => (b.rows ? b.rows.flat().flatMap(words) : words(b.text)));

describe('space-aligned tables under a dashed rule', () => {
  const cover = [
    'Corporate Performance Report - Quarter 2 2025/26',
    '',
    '3.1 Current performance of the indicators monitored by the committee:',
    '',
    'Status          Number of KPIs    Percentage',
    '---------------------------------------------',
    'Red                          1           10%',
    'Amber                        2           20%',
    'Green                        5           50%',
    'Baseline',
    'Contextual                   2           20%',
    'Total                       10          100%',
    '',
    '3.2 The following indicators are annual.',
  ].join('\n');

  test('a RAG summary under one long rule: columns from the header, an empty cell stays empty, every row keeps its line', async () => {
    const blocks = await textBlocks(cover);
    const [t] = tables(blocks);
    expect(t.rows).toEqual([
      ['Status', 'Number of KPIs', 'Percentage'],
      ['Red', '1', '10%'],
      ['Amber', '2', '20%'],
      ['Green', '5', '50%'],
      ['Baseline', '', ''],
      ['Contextual', '2', '20%'],
      ['Total', '10', '100%'],
    ]);
    expect(t.prov.line).toEqual({ start: 5, end: 12 });
    expect(t.rowLines).toEqual([5, 7, 8, 9, 10, 11, 12]);
    // The rule is not a setext heading, and the prose around the table is untouched.
    expect(blocks.filter((b) => b.kind === 'heading')).toEqual([]);
    expect(blocks.map((b) => b.text).filter(Boolean)).toEqual([
      'Corporate Performance Report - Quarter 2 2025/26',
      '3.1 Current performance of the indicators monitored by the committee:',
      '3.2 The following indicators are annual.',
    ]);
  });

  test('the cover summary reaches the report parser as counts per status', async () => {
    const r = parseBlocks(await textBlocks(cover));
    expect(r.summary.map((s) => [s.status, s.count?.raw, s.percentage?.raw])).toEqual(
      expect.arrayContaining([['Red', '1', '10%'], ['Amber', '2', '20%'], ['Green', '5', '50%'], ['Contextual', '2', '20%']]),
    );
  });

  test('a pandoc simple table (rule with gaps, right-aligned numbers) ends at the first line that no longer fits', async () => {
    const text = [
      'Ref      Measure                          Target   Actual   RAG',
      '-------  -------------------------------  ------   ------   -----',
      'ASC 01   Reviews completed on time           85%    81.5%   Amber',
      'ASC 02   Carers assessed within 28 days      90%      94%   Green',
      'ASC 03   Delayed transfers of care             12               ',
      'Figures are provisional until the year-end return is published in June.',
    ].join('\n');
    const blocks = await textBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
    expect(blocks[0].rows).toEqual([
      ['Ref', 'Measure', 'Target', 'Actual', 'RAG'],
      ['ASC 01', 'Reviews completed on time', '85%', '81.5%', 'Amber'],
      ['ASC 02', 'Carers assessed within 28 days', '90%', '94%', 'Green'],
      ['ASC 03', 'Delayed transfers of care', '12', '', ''],
    ]);
    expect(blocks[0].prov.line).toEqual({ start: 1, end: 5 });
    expect(blocks[1]).toMatchObject({ text: 'Figures are provisional until the year-end return is published in June.', prov: { line: { start: 6, end: 6 } } });
  });

  test('a headerless table between two rules, and equals-sign rules', async () => {
    const text = [
      'Quarterly RAG by directorate',
      '',
      '-------------  ---  ---  ---',
      'Adults           2    5    1',
      'Children         1    3    0',
      '-------------  ---  ---  ---',
      '',
      'Directorate    G    A    R',
      '===========   ==   ==   ==',
      'Place          4    1    0',
    ].join('\n');
    const [headerless, equals] = tables(await textBlocks(text));
    expect(headerless.rows).toEqual([['Adults', '2', '5', '1'], ['Children', '1', '3', '0']]);
    expect(headerless.prov.line).toEqual({ start: 3, end: 6 });
    expect(equals.rows).toEqual([['Directorate', 'G', 'A', 'R'], ['Place', '4', '1', '0']]);
    expect(equals.rowLines).toEqual([8, 10]);
  });
});

describe('pipe, grid and tab tables in text dumps', () => {
  test('pipe rows (with an escaped pipe); a short delimiter row carries no row', async () => {
    // `|--|--|` is too short for the markdown sniffer, so this is read as text.
    const text = ['Indicator CS 4: Complaints resolved', '', '| Measure | Value |', '|--|:-:|', '| Target | 400 |', '| RAG Rating | Amber |', '| Note | a \\| b |'].join('\n');
    const [t] = tables(await textBlocks(text));
    expect(t.rows).toEqual([['Measure', 'Value'], ['Target', '400'], ['RAG Rating', 'Amber'], ['Note', 'a | b']]);
    expect(t.rowLines).toEqual([3, 5, 6, 7]);
    expect(t.prov.line).toEqual({ start: 3, end: 7 });
  });

  test('a grid table with a multi-line cell: one row per separator, the cell lines joined', async () => {
    const text = [
      'KPI values',
      '',
      '+--------+------------------------+--------+---------+',
      '| Ref    | Measure                | Target | Current |',
      '+========+========================+========+=========+',
      '| PH 12  | Percentage of eligible | 75%    | 71.2%   |',
      '|        | residents offered an   |        |         |',
      '|        | NHS Health Check       |        |         |',
      '+--------+------------------------+--------+---------+',
      '| PH 13  | Smoking quitters       | 1,200  |         |',
      '+--------+------------------------+--------+---------+',
    ].join('\n');
    const blocks = await textBlocks(text);
    const [t] = tables(blocks);
    expect(t.rows).toEqual([
      ['Ref', 'Measure', 'Target', 'Current'],
      ['PH 12', 'Percentage of eligible residents offered an NHS Health Check', '75%', '71.2%'],
      ['PH 13', 'Smoking quitters', '1,200', ''],
    ]);
    expect(t.prov.line).toEqual({ start: 3, end: 11 });
    expect(t.rowLines).toEqual([4, 6, 10]);
  });

  test('tab-separated rows are still tables', async () => {
    const blocks = await textBlocks('Summary\nStatus\tCount\nRed\t1\nGreen\t6\n');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    expect(blocks[1].rows).toEqual([['Status', 'Count'], ['Red', '1'], ['Green', '6']]);
    expect(blocks[1].rowLines).toEqual([2, 3, 4]);
  });

  test("a spreadsheet's title saved with the row's empty cells ('KPI Tracker 2024/25' and tabs) is a line over the table, not its first row (before: the paper's period was lost)", async () => {
    const sheet = ['Audit and Governance Committee', 'KPI Tracker 2024/25\t\t\t\t\t', 'Ref\tKPI\tPolarity\tQ1\tQ2\tTarget 2024/25\tRAG', 'Corporate Services\t\t\t\t\t\t', 'CS01\tCouncil tax collected\tHigher\t28.9%\t56.4%\t97.0%\tG', 'CS02\tDays lost to sickness per FTE\tLower\t2.6\t5.3\t8.5\tA', ''].join('\n');
    const blocks = await textBlocks(sheet);
    expect(blocks.map((b) => [b.kind, b.prov.line])).toEqual([['paragraph', { start: 1, end: 1 }], ['paragraph', { start: 2, end: 2 }], ['table', { start: 3, end: 6 }]]);
    expect(blocks[2].rows?.[1]).toEqual(['Corporate Services', '', '', '', '', '', '']);
    const { scorecard, periodEvidence } = parseBlocks(blocks);
    expect(periodEvidence.filter((e) => e.source === 'title').map((e) => e.text)).toEqual(['quarter 2 2024/25']);
    expect(scorecard.map((r) => [r.printedId, r.current?.raw, r.previous?.raw])).toEqual([['CS01', '56.4%', '28.9%'], ['CS02', '5.3', '2.6']]);
  });

  test('a table after a form feed knows its page', async () => {
    const text = 'Page one text\n\fStatus   Count\n------   -----\nRed          1\n';
    const [t] = tables(await textBlocks(text));
    expect([t.prov.page, t.prov.line, t.rows]).toEqual([2, { start: 2, end: 4 }, [['Status', 'Count'], ['Red', '1']]]);
  });
});

describe('setext headings in text', () => {
  test('a line underlined by = or - is a heading; a lone rule stays text', async () => {
    const text = ['Adults and Health Committee', '===========================', '', 'Quarter 3 summary', '-----------------', 'Performance held steady.', '', '--------', 'Signed off by the director.'].join('\n');
    const blocks = await textBlocks(text);
    expect(blocks.map((b) => [b.kind, b.level, b.text, b.prov.line])).toEqual([
      ['heading', 1, 'Adults and Health Committee', { start: 1, end: 2 }],
      ['heading', 2, 'Quarter 3 summary', { start: 4, end: 5 }],
      ['paragraph', null, 'Performance held steady.', { start: 6, end: 6 }],
      ['paragraph', null, '--------\nSigned off by the director.', { start: 8, end: 9 }],
    ]);
  });
});

describe('label lines in text', () => {
  test('bold labels lose their marks; pairs joined by · or | stay one line; a signature rule of underscores stays', async () => {
    const text = ['**Target:** 90%', '__Status__: Green', 'Actual: 94% · Last quarter: 89%', 'Floor: 85% | Trend: Improving', 'Signed: ________'].join('\n');
    const blocks = await textBlocks(text);
    expect(blocks.map((b) => [b.kind, b.text, b.prov.line])).toEqual([
      ['paragraph', 'Target: 90%\nStatus: Green\nActual: 94% · Last quarter: 89%\nFloor: 85% | Trend: Improving\nSigned: ________', { start: 1, end: 5 }],
    ]);
  });
});

describe('malformed tables neither throw nor lose text', () => {
  test('a rule with no header and no closing rule is left as text', async () => {
    const text = ['Notes', '', '----------   -----------', 'Red figures  are provisional', 'Amber        under review'].join('\n');
    const blocks = await textBlocks(text);
    expect(tables(blocks)).toEqual([]);
    expect(blockWords(blocks)).toEqual(words(text));
  });

  test('a ragged grid: shifted pipes, a missing closing border, a row with fewer cells', async () => {
    const text = [
      '+------+--------+-------+',
      '| KPI  | Target | Actual|',
      '+======+========+=======+',
      '| HW 1 |  95%  | 93% |',
      '| HW 2 | 80% |',
      'Next paragraph after the table.',
    ].join('\n');
    const blocks = await textBlocks(text);
    expect(tables(blocks)[0].rows).toEqual([['KPI', 'Target', 'Actual'], ['HW 1 HW 2', '95% 80%', '93%']]);
    expect(blocks[1].text).toBe('Next paragraph after the table.');
    expect(blockWords(blocks).sort()).toEqual(words(text).sort());
  });

  test('a header over a rule with prose under it is not a table', async () => {
    const text = ['Summary    of    findings', '-------------------------', 'The committee noted that three indicators were red this quarter and asked for plans.'].join('\n');
    const blocks = await textBlocks(text);
    expect(tables(blocks)).toEqual([]);
    expect(blockWords(blocks)).toEqual(words(text));
  });
});

describe('space-aligned tables with no rule at all (pdftotext -layout)', () => {
  const layout = [
    'Corporate Performance Scorecard',
    'Overview and Scrutiny Committee, Quarter 2 2024/25',
    '',
    ' Code    Performance Indicator             Target    Last Quarter   This Quarter   Status   Trend',
    ' HS 01   Average days to process new       20 days   22 days        18.5 days      Green    Improving',
    '         Housing Benefit claims',
    ' HS 05   Rent collected as % of rent due   98%       97.1%          95.0%          Amber    Worsening',
    ' HS 07   Households in temporary           -         87%            87%            Green    Static',
    '         accommodation',
    '',
  ].join('\n');

  test('columns from the headings, a name wrapped onto the next line joins its row', async () => {
    const blocks = await textBlocks(layout);
    expect(tables(blocks)[0].rows?.[0]).toEqual(['Code', 'Performance Indicator', 'Target', 'Last Quarter', 'This Quarter', 'Status', 'Trend']);
    expect(parseBlocks(blocks).scorecard.map((r) => [r.printedId, r.title, r.current?.raw, r.previous?.raw, r.rag?.raw])).toEqual([
      ['HS 01', 'Average days to process new Housing Benefit claims', '18.5 days', '22 days', 'Green'],
      ['HS 05', 'Rent collected as % of rent due', '95.0%', '97.1%', 'Amber'],
      ['HS 07', 'Households in temporary accommodation', '87%', '87%', 'Green'],
    ]);
    expect(blockWords(blocks).sort()).toEqual(words(layout).sort());
  });

  test('a form of labels and figures, or prose with wide gaps, is no such table', async () => {
    const form = 'Target        95%        Actual      93%\nRAG           Amber      Trend       Improving\n\nThe service  answered  most calls  within the  target time.\n';
    expect(tables(await textBlocks(form))).toEqual([]);
  });
});

describe("a paged text dump's running header and footer", () => {
  test('lines recurring at each page’s top and foot are furniture: no card’s text, but still the period’s evidence', async () => {
    const page = (id: string, title: string, comment: string, n: number) =>
      ['Customer Services Scrutiny Panel – 21 November 2024', '', `${id} ${title}`, 'Target: 97%', 'Current: 96.1%', 'Commentary', '', comment, '', 'Performance Report Q2 2024/25', '', `Page ${n} of 2`, ''].join('\n');
    const text = `${page('CS 09', 'Residents satisfied with council services', 'Contextual measure from the resident survey.', 1)}\f${page('CS 10', 'Council tax collected', 'Collection is in line with profile.', 2)}`;
    const blocks = await textBlocks(text);
    expect(blocks.filter((b) => b.role !== 'content').map((b) => [b.role, b.text, b.prov.page])).toEqual([
      ['page-header', 'Customer Services Scrutiny Panel – 21 November 2024', 1],
      ['page-footer', 'Performance Report Q2 2024/25', 1],
      ['page-footer', 'Page 1 of 2', 1],
      ['page-header', 'Customer Services Scrutiny Panel – 21 November 2024', 2],
      ['page-footer', 'Performance Report Q2 2024/25', 2],
      ['page-footer', 'Page 2 of 2', 2],
    ]);
    const r = parseBlocks(blocks);
    expect(r.cards.map((c) => [c.printedId, c.commentary])).toEqual([
      ['CS 09', 'Contextual measure from the resident survey.'],
      ['CS 10', 'Collection is in line with profile.'],
    ]);
    expect(r.periodEvidence.some((e) => /quarter 2 2024\/25/i.test(e.text))).toBe(true);
  });
});
