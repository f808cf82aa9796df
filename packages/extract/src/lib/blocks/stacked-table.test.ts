import { describe, expect, test } from '@jest/globals';
import { textBlocks } from './text';
import { columnStackedTableAt, rowStackedTableAt } from './stacked-table';
import { parseBlocks } from '../parse/report';
import type { Block } from '../schema';

const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table');
/** The KPIs a scorecard paper gives: its scorecard's rows, and cards (none expected from these papers). */
const kpis = async (text: string) => {
  const report = parseBlocks(await textBlocks(text));
  expect(report.cards).toEqual([]);
  return report.scorecard.map((c) => ({ id: c.printedId, title: c.title, target: c.target?.raw ?? null, current: c.current?.raw ?? null, previous: c.previous?.raw ?? null, rag: c.rag?.raw ?? null }));
};

const HEAD = ['Cabinet – 12 December 2024', 'Performance scorecard – Quarter 2 2024/25'];
const HEADINGS = ['Ref', 'Measure', 'Polarity', 'Target', 'Q1 actual', 'Q2 actual', 'RAG', 'DoT', 'Comments'];
const ROWS = [
  ['ENV 1', 'Household waste recycled', 'High', '52.0%', '49.8%', '51.2%', 'Amber', '↑', 'Garden waste tonnage up.'],
  ['ENV 2', 'Fly-tips removed within 48 hours', 'High', '95%', '97.1%', '96.4%', 'Green', '↓', 'Stable.'],
  ['ENV 3', 'Missed bin collections per 100,000', 'Low', '60', '58', '83', 'Red', '↓', 'Depot fire week.'],
];
const TRUTH = [
  { id: 'ENV 1', title: 'Household waste recycled', target: '52.0%', current: '51.2%', previous: '49.8%', rag: 'Amber' },
  { id: 'ENV 2', title: 'Fly-tips removed within 48 hours', target: '95%', current: '96.4%', previous: '97.1%', rag: 'Green' },
  { id: 'ENV 3', title: 'Missed bin collections per 100,000', target: '60', current: '83', previous: '58', rag: 'Red' },
];

describe('a table a web copy flattened row by row: headings one per line, then each row cell by cell', () => {
  const text = [...HEAD, ...HEADINGS, ...ROWS.flat(), '', 'Recycling is expected to recover in Q3.'].join('\n');

  test('is read back into its rows, each row at its first line, the prose after it left as prose', async () => {
    const blocks = await textBlocks(text);
    const [t] = tables(blocks);
    expect(t.rows).toEqual([HEADINGS, ...ROWS]);
    expect(t.rowLines).toEqual([3, 12, 21, 30]);
    expect(blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: 'Recycling is expected to recover in Q3.' });
  });

  test('gives each KPI its own figures (before: one untitled card with the first row’s figures)', async () => {
    expect(await kpis(text)).toEqual(TRUTH);
  });

  test('a cell a copy split over two lines ends the table there: the rows after it are not shifted onto the wrong columns', () => {
    const split = [...HEADINGS, ...ROWS[0].slice(0, 8), 'Garden waste tonnage up', 'over the summer.', ...ROWS[1], ...ROWS[2]];
    const t = rowStackedTableAt(split, 0);
    expect(t?.rows).toEqual([HEADINGS, ROWS[0].slice(0, 8).concat('Garden waste tonnage up')]);
  });

  test('a copy that drops an empty cell ends the table at the shift: no rating read under a figure, no name under the rating', () => {
    const head = ['Measure', 'Target', 'Q1 actual', 'Q2 actual', 'RAG'];
    // 'Rent collected' has no Q2 figure and the copy printed nothing for it: every later cell moves up one.
    const lines = [...head, 'Rent collected', '98%', '97.1%', 'Amber', 'Voids', '20', '24', '22', 'Red', 'Repairs on time', '95%', '93%', '96%', 'Green'];
    expect(rowStackedTableAt(lines, 0)).toBeNull();
  });

  test('an empty cell printed as an empty line keeps its place', () => {
    const gap = [...HEADINGS, ...ROWS[0].slice(0, 4), '', ...ROWS[0].slice(5), ...ROWS[1]];
    expect(rowStackedTableAt(gap, 0)?.rows[1][4]).toBe('');
    expect(rowStackedTableAt(gap, 0)?.rows).toHaveLength(3);
  });
});

describe('a table plain pdftotext printed column by column: each heading and its cells, a blank line between', () => {
  const columns = (rows: string[][]) => HEADINGS.map((h, j) => [h, ...rows.map((r) => r[j]).filter((c) => c)].join('\n')).join('\n\n');
  const text = `${HEAD.join('\n')}\n${columns(ROWS)}\n`;

  test('is read back into its rows', async () => {
    const [t] = tables(await textBlocks(text));
    expect(t.rows).toEqual([HEADINGS, ...ROWS]);
    expect(t.rowLines).toEqual([3, 4, 5, 6]);
  });

  test('gives each KPI its own figures (before: two untitled cards with figures from different KPIs)', async () => {
    expect(await kpis(text)).toEqual(TRUTH);
  });

  test('a column missing a cell (an empty cell prints nothing) is left blank, never matched to the wrong rows', async () => {
    const gaps = ROWS.map((r, i) => (i === 1 ? r.map((c, j) => (j === 6 || j === 8 ? '' : c)) : r));
    const text = `${HEAD.join('\n')}\n${columns(gaps)}\n`;
    const blocks = await textBlocks(text);
    const rows = tables(blocks)[0].rows!;
    expect(rows.map((r) => r[6])).toEqual(['RAG', '', '', '']);
    expect(rows.map((r) => r[5])).toEqual(['Q2 actual', '51.2%', '96.4%', '83']);
    // The last column, short of a cell, is not the table's: its words stay, as a paragraph after it.
    expect(rows[0]).toHaveLength(8);
    expect(blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: 'Comments\nGarden waste tonnage up.\nDepot fire week.' });
    expect((await kpis(text)).map((k) => k.rag)).toEqual([null, null, null]);
  });

  test('a rating column with an empty cell and a wrapped one lines up by count but not by row: left blank', () => {
    const lines = ['Ref', 'ENV 1', 'ENV 2', 'ENV 3', '', 'Target', '52.0%', '95%', '60', '', 'Actual', '51.2%', '96.4%', '83', '', 'RAG', 'Amber', 'Red', '(provisional)'];
    // The last column does not line up: the table ends before it, its words left as text.
    expect(columnStackedTableAt(lines, 0)?.rows).toEqual([['Ref', 'Target', 'Actual'], ['ENV 1', '52.0%', '51.2%'], ['ENV 2', '95%', '96.4%'], ['ENV 3', '60', '83']]);
  });

  test('a heading a narrow column wrapped onto two lines is one heading', () => {
    const lines = ['Ref', 'ENV 1', 'ENV 2', '', 'Direction of', 'travel', '↑', '↓', '', 'Target', '52.0%', '95%', '', 'Actual', '51.2%', '96.4%'];
    expect(columnStackedTableAt(lines, 0)?.rows).toEqual([
      ['Ref', 'Direction of travel', 'Target', 'Actual'],
      ['ENV 1', '↑', '52.0%', '51.2%'],
      ['ENV 2', '↓', '95%', '96.4%'],
    ]);
  });
});

describe('what is no flattened table', () => {
  test("one card's labels each over its value are pairs, left to the pair reader", async () => {
    const text = 'Target\n90%\n\nActual\n85%\n\nRAG\nGreen\n\nCommentary\nDemand fell over the summer\nand the backlog cleared.\n';
    expect(tables(await textBlocks(text))).toEqual([]);
  });

  test('headings followed by prose are not a table', () => {
    const lines = ['Target', 'Actual', 'RAG', 'The service met its target this quarter', 'after a difficult start', 'to the year.'];
    expect(rowStackedTableAt(lines, 0)).toBeNull();
  });

  test('two headings are not enough to call lines a table', () => {
    expect(rowStackedTableAt(['Target', 'Actual', '90%', '85%'], 0)).toBeNull();
  });
});
