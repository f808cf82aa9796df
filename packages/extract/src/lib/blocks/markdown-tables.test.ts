import { describe, expect, test } from '@jest/globals';
import { markdownBlocks } from './markdown';
import type { Block } from '../schema';

const view = (blocks: Block[]) => blocks.map((b) => [b.kind, b.level, b.rows ?? b.text, b.prov.line]);
const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table');
/** Every word a reader can see: tags, markdown marks and rules removed, for "nothing was lost" checks. */
const visibleWords = (s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .split(/[\s|+*_#]+/)
    .filter((w) => w && !/^[-=:]+$/.test(w));
const blockWords = (blocks: Block[]) => blocks.flatMap((b) => (b.rows ? b.rows.flat().flatMap(visibleWords) : visibleWords(b.text)));

describe('HTML tables inside markdown', () => {
  test('a KPI value table: th/td, colspan and rowspan expanded, inline markup and <br> reduced, blank lines inside', async () => {
    const md = [
      '## PH 12 – NHS Health Checks offered', // 1
      '', // 2
      '<table class="kpi">', // 3
      '  <thead>', // 4
      '    <tr><th rowspan="2">Target</th><th colspan="2">Performance</th><th rowspan="2">RAG<br>rating</th></tr>', // 5
      '    <tr><th>Current <i>(Q2)</i></th><th>Previous<br/>(Q1)</th></tr>', // 6
      '  </thead>', // 7
      '', // 8
      '  <tbody>', // 9
      '    <tr><td><b>75%</b></td><td><span style="color:red">71.2%</span></td><td>69&nbsp;%</td><td><strong>Amber</strong></td></tr>', // 10
      '  </tbody>', // 11
      '</table>', // 12
      '', // 13
      'Commentary follows.', // 14
    ].join('\n');
    const blocks = await markdownBlocks(md);
    expect(view(blocks)).toEqual([
      ['heading', 2, 'PH 12 – NHS Health Checks offered', { start: 1, end: 1 }],
      ['table', null, [
        ['Target', 'Performance', 'Performance', 'RAG rating'],
        ['Target', 'Current (Q2)', 'Previous (Q1)', 'RAG rating'],
        ['75%', '71.2%', '69 %', 'Amber'],
      ], { start: 3, end: 12 }],
      ['paragraph', null, 'Commentary follows.', { start: 14, end: 14 }],
    ]);
    expect(blocks[1].rowLines).toEqual([5, 6, 10]);
  });

  test('GFM pipe tables also say the line of each row', async () => {
    const blocks = await markdownBlocks(['Intro', '', '| Measure | Value |', '|---|---|', '| Target | 90% |', '| RAG | Green |'].join('\n'));
    expect([blocks[1].rows, blocks[1].rowLines]).toEqual([[['Measure', 'Value'], ['Target', '90%'], ['RAG', 'Green']], [3, 5, 6]]);
  });

  test('text around a table in the same HTML block is kept, and a caption is a paragraph', async () => {
    const md = ['<div>', '<p>Figures for <b>Quarter 2</b>.</p>', '<table><caption>RAG summary</caption>', '<tr><td>Red</td><td>1</td></tr>', '<tr><td>Green</td><td>6</td></tr>', '</table>', '<p>End of summary.</p>', '</div>'].join('\n');
    expect(view(await markdownBlocks(md))).toEqual([
      ['paragraph', null, 'Figures for Quarter 2.', { start: 2, end: 2 }],
      ['paragraph', null, 'RAG summary', { start: 3, end: 3 }],
      ['table', null, [['Red', '1'], ['Green', '6']], { start: 3, end: 6 }],
      ['paragraph', null, 'End of summary.', { start: 7, end: 7 }],
    ]);
  });

  test('inline HTML in a paragraph is reduced to text and each source line stays one line', async () => {
    const md = ['Intro line', '', '<b>Target:</b> 90%<br>', 'Actual: <i>94%</i><br>Last quarter: 89% <!-- checked -->', '<span>Status</span>: Green'].join('\n');
    const blocks = await markdownBlocks(md);
    expect(view(blocks)[1]).toEqual(['paragraph', null, 'Target: 90%\nActual: 94%  Last quarter: 89%\nStatus: Green', { start: 3, end: 5 }]);
  });
});

describe('pandoc tables in markdown', () => {
  test('a grid table with a header separator and a multi-line cell', async () => {
    const md = [
      '# Appendix A', // 1
      '', // 2
      '+-----------+-----------------------------+--------+', // 3
      '| Ref       | Measure                     | Target |', // 4
      '+===========+=============================+========+', // 5
      '| CYP 3     | Children in care with a     | 95%    |', // 6
      '|           | health assessment on time   |        |', // 7
      '+-----------+-----------------------------+--------+', // 8
      '| CYP 4     | Care leavers in education,  | 60%    |', // 9
      '|           | employment or training      |        |', // 10
      '+-----------+-----------------------------+--------+', // 11
      '', // 12
      'Commentary for **CYP 3** follows.', // 13
    ].join('\n');
    const blocks = await markdownBlocks(md);
    expect(view(blocks)).toEqual([
      ['heading', 1, 'Appendix A', { start: 1, end: 1 }],
      ['table', null, [
        ['Ref', 'Measure', 'Target'],
        ['CYP 3', 'Children in care with a health assessment on time', '95%'],
        ['CYP 4', 'Care leavers in education, employment or training', '60%'],
      ], { start: 3, end: 11 }],
      ['paragraph', null, 'Commentary for CYP 3 follows.', { start: 13, end: 13 }],
    ]);
    expect(blocks[1].rowLines).toEqual([4, 6, 9]);
  });

  test('a simple table (not a thematic break) and a multiline table', async () => {
    const md = [
      'Summary by status:', // 1
      '', // 2
      'Status      Count   Share', // 3
      '----------  -----  ------', // 4
      'Red             1     10%', // 5
      'Green           6     60%', // 6
      '', // 7
      '--------------------------------------------', // 8
      'Measure            Target  Commentary', // 9
      '------------------ ------- -----------------', // 10
      'Rough sleepers     20      Outreach moved to', // 11
      'seen in month              a new provider.', // 12
      '', // 13
      'Homes delivered    400     On track.', // 14
      '--------------------------------------------', // 15
    ].join('\n');
    const blocks = await markdownBlocks(md);
    expect(view(blocks)).toEqual([
      ['paragraph', null, 'Summary by status:', { start: 1, end: 1 }],
      ['table', null, [['Status', 'Count', 'Share'], ['Red', '1', '10%'], ['Green', '6', '60%']], { start: 3, end: 6 }],
      ['table', null, [
        ['Measure', 'Target', 'Commentary'],
        ['Rough sleepers seen in month', '20', 'Outreach moved to a new provider.'],
        ['Homes delivered', '400', 'On track.'],
      ], { start: 8, end: 15 }],
    ]);
    expect(blocks[2].rowLines).toEqual([9, 11, 14]);
  });

  test('a grid table inside a fenced code block stays code', async () => {
    const md = ['```', '+---+---+', '| a | b |', '+---+---+', '```'].join('\n');
    const blocks = await markdownBlocks(md);
    expect(view(blocks)).toEqual([['paragraph', null, '+---+---+\n| a | b |\n+---+---+', { start: 1, end: 5 }]]);
  });
});

describe('setext headings and bold labels', () => {
  test('setext headings keep their level; a rule under an aligned header is a table', async () => {
    const md = ['Communities Committee', '=====================', '', 'Quarter 1 2025/26', '-----------------', '', 'Body text.'].join('\n');
    expect(view(await markdownBlocks(md))).toEqual([
      ['heading', 1, 'Communities Committee', { start: 1, end: 2 }],
      ['heading', 2, 'Quarter 1 2025/26', { start: 4, end: 5 }],
      ['paragraph', null, 'Body text.', { start: 7, end: 7 }],
    ]);
    const table = ['Status      Number    %', '------------------------', 'Red              1  10%', 'Amber            2  20%'].join('\n');
    expect(view(await markdownBlocks(table))).toEqual([['table', null, [['Status', 'Number', '%'], ['Red', '1', '10%'], ['Amber', '2', '20%']], { start: 1, end: 4 }]]);
  });

  test('bold-label lines arrive as plain label lines, one per source line; joined pairs stay on one line', async () => {
    const md = [
      '### ASC 07 Reviews completed on time', // 1
      '', // 2
      '**Target:** 90%', // 3
      '__Status__: Green', // 4
      '**Actual:** 94% · **Last quarter:** 89% (Amber)', // 5
      '*Direction:* Higher is better | **Trend:** Improving', // 6
    ].join('\n');
    const blocks = await markdownBlocks(md);
    expect(view(blocks)[1]).toEqual([
      'paragraph',
      null,
      'Target: 90%\nStatus: Green\nActual: 94% · Last quarter: 89% (Amber)\nDirection: Higher is better | Trend: Improving',
      { start: 3, end: 6 },
    ]);
  });
});

describe('malformed markdown tables neither throw nor lose text', () => {
  test('an unclosed <table> keeps its rows and the markdown after it', async () => {
    const md = ['<table>', '<tr><td>Target</td><td>90%</td></tr>', '', '<tr><td>Actual</td><td>94%', '', 'Commentary after the broken table.'].join('\n');
    const blocks = await markdownBlocks(md);
    expect(tables(blocks)[0].rows).toEqual([['Target', '90%'], ['Actual', '94%']]);
    expect(blocks[blocks.length - 1]).toMatchObject({ kind: 'paragraph', text: 'Commentary after the broken table.', prov: { line: { start: 6, end: 6 } } });
    expect(blockWords(blocks).sort()).toEqual(visibleWords(md).sort());
  });

  test('a ragged grid and a rule with no header', async () => {
    const md = ['+----+-----+', '| KPI | RAG |', '+----+', '| HW 1 | Green', '', '-----  -----', 'Red    1', '', 'Last line.'].join('\n');
    const blocks = await markdownBlocks(md);
    // Lines between separators are one row, even without the closing border.
    expect(tables(blocks)[0].rows).toEqual([['KPI', 'RAG'], ['HW 1', 'Green']]);
    expect(tables(blocks)).toHaveLength(1);
    expect(blockWords(blocks).sort()).toEqual(visibleWords(md).sort());
  });

  test('a hostile colspan is clamped rather than filling memory', async () => {
    const blocks = await markdownBlocks('<table><tr><td colspan="99999999">x</td></tr></table>');
    expect(tables(blocks)[0].rows![0]).toHaveLength(1000);
  });
});
