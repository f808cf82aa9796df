import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { makePdf, row, type PdfText } from '../../../test/make-pdf';
import { joinSplitTables, parseBlocks } from '../../parse/report';

/** A card as period-column papers print it: a heading, then a one-row table headed by label and period columns. */
function periodCard(top: number, heading: string, header: string[], values: string[]): PdfText[] {
  const xs = [50, 124, 217, 310, 449];
  return [
    { x: 50, top, text: heading, size: 12, bold: true },
    ...header.map((text, i) => ({ x: xs[i], top: top + 22, text, size: 9, bold: true })),
    ...values.map((text, i) => ({ x: xs[i], top: top + 34, text, size: 9 })),
    { x: 50, top: top + 52, text: 'Narrative', size: 10, bold: true },
    { x: 50, top: top + 64, text: 'Collection rose as arrears recovery resumed.', size: 9 },
  ];
}

describe('a heading just above a table', () => {
  test('is not a header cell: the table keeps every column, the heading stays a heading', async () => {
    // The heading starts with 'Indicator', a header word, and sits within the header band's reach.
    const texts = periodCard(60, 'Indicator 30: Council tax collection rate', ['Target', 'Q3 2025/26', 'Q2 2025/26', 'Direction of Travel', 'RAG status'], ['68%', '71%', '69%', 'Improving', 'BLUE']);
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.map((b) => [b.kind, b.kind === 'table' ? b.rows : b.text])).toEqual([
      ['heading', 'Indicator 30: Council tax collection rate'],
      ['table', [['Target', 'Q3 2025/26', 'Q2 2025/26', 'Direction of Travel', 'RAG status'], ['68%', '71%', '69%', 'Improving', 'BLUE']]],
      ['paragraph', 'Narrative\nCollection rose as arrears recovery resumed.'],
    ]);
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(table.prov).toEqual(expect.objectContaining({ page: 1, box: expect.objectContaining({ x: 50, y: 82 }), origin: 'table' }));
  });
});

describe('a summary whose status columns are headed by full words', () => {
  const xs = [50, 215, 279, 348, 417, 476];
  const row = (top: number, cells: string[]): PdfText[] => cells.map((text, i) => ({ x: xs[i], top, text, size: 9 }));

  test('Blue | Green | Amber | Red beside the first heading make one table', async () => {
    const texts = [
      { x: 50, top: 40, text: 'Executive summary', size: 12, bold: true },
      ...row(62, ['Service', 'Blue', 'Green', 'Amber', 'Red', 'Total']),
      ...row(74, ['Children\'s Services', '-', '-', '-', '1', '1']),
      ...row(86, ['Adult Social Care', '0', '0', '1', '-', '1']),
      ...row(98, ['Total', '0', '0', '1', '1', '2']),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables.map((b) => b.rows)).toEqual([
      [
        ['Service', 'Blue', 'Green', 'Amber', 'Red', 'Total'],
        ["Children's Services", '-', '-', '-', '1', '1'],
        ['Adult Social Care', '0', '0', '1', '-', '1'],
        ['Total', '0', '0', '1', '1', '2'],
      ],
    ]);
  });

  test('a single status word on a line is a value, not a heading', async () => {
    // 'Status | Green' under a card title: one status word does not make status columns.
    const texts = [...row(62, ['Service', 'Green', 'Total']), ...row(74, ['Adult Social Care', '1', '1'])];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.filter((b) => b.kind === 'table')).toEqual([]);
  });
});

describe('monthly columns and a table broken after its headings', () => {
  test('months side by side head the columns (the latest is current); one month alone stays a date line', async () => {
    const texts = [
      ...periodCard(60, 'Indicator 31: Missed bins per 100,000 collections', ['Target', 'Jul-25', 'Aug-25', 'Sep-25', 'RAG status'], ['40', '44', '42', '39', 'GREEN']),
      { x: 50, top: 150, text: 'September 2025', size: 9 },
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.find((b) => b.kind === 'table')?.rows).toEqual([['Target', 'Jul-25', 'Aug-25', 'Sep-25', 'RAG status'], ['40', '44', '42', '39', 'GREEN']]);
    expect(blocks.find((b) => b.text === 'September 2025')?.kind).toBe('paragraph');
  });

  test('headings at the foot of a page take their row from the top of the next', async () => {
    const header = ['Target', 'Q3 2025/26', 'Q2 2025/26', 'Direction of Travel', 'RAG status'];
    const xs = [50, 124, 217, 310, 449];
    const page1 = [{ x: 50, top: 760, text: 'Indicator 34: Missed bin collections', size: 12, bold: true }, ...header.map((text, i) => ({ x: xs[i], top: 782, text, size: 9, bold: true }))];
    const page2 = ['37.0', '44.6', '46.0', 'Improving', 'RED'].map((text, i) => ({ x: xs[i], top: 50, text, size: 9 }));
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts: page1 }, { width: 595, height: 842, texts: page2 }]));
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables.map((t) => [t.prov.page, t.rows])).toEqual([
      [1, [header]],
      [2, [header, ['37.0', '44.6', '46.0', 'Improving', 'RED']]],
    ]);
  });
});

describe('a scorecard row broken across a page', () => {
  const xs = [50, 90, 250, 300, 350, 400];
  const header = ['Ref', 'Performance Indicator', 'Target', 'Actual', 'RAG', 'Comments'];
  const line = (top: number, cells: (string | null)[]): PdfText[] => cells.flatMap((text, i) => (text ? [{ x: xs[i], top, text, size: 8 }] : []));

  test("its last lines overleaf finish the row; a paragraph at the top of the next page does not", async () => {
    const page1 = [
      ...header.map((text, i) => ({ x: xs[i], top: 740, text, size: 8, bold: true })),
      ...line(752, ['HS1', 'Homes re-let within 28 days', '90%', '86%', 'Amber', 'Voids backlog cleared']),
      ...line(762, [null, null, null, null, null, 'in August; the team is']),
    ];
    const page2 = [...line(50, [null, null, null, null, null, 'back to full strength.']), ...line(62, ['HS2', 'Rent collected', '98%', '98.4%', 'Green', 'On track.'])];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts: page1 }, { width: 595, height: 842, texts: page2 }]));
    const tables = joinSplitTables(blocks).filter((b) => b.kind === 'table');
    expect(tables.map((t) => [t.prov.page, t.rows])).toEqual([
      [1, [header, ['HS1', 'Homes re-let within 28 days', '90%', '86%', 'Amber', 'Voids backlog cleared in August; the team is back to full strength.']]],
      [2, [header, ['HS2', 'Rent collected', '98%', '98.4%', 'Green', 'On track.']]],
    ]);

    // Rows overleaf with no headings repeated, a group row in the reference column among them: the table's.
    const grouped = [...line(50, ['HS3', 'Empty homes re-let', '30', '34', 'Red', 'Contractor delays.']), ...line(64, ['Resources', null, null, null, null, null]), ...line(78, ['RS1', 'Invoices paid on time', '95%', '96%', 'Green', 'On track.'])];
    const third = joinSplitTables((await pdfBlocks(makePdf([{ width: 595, height: 842, texts: page1 }, { width: 595, height: 842, texts: grouped }]))).blocks).filter((b) => b.kind === 'table');
    expect(third.find((t) => t.prov.page === 2)?.rows?.slice(1)).toEqual([
      ['HS3', 'Empty homes re-let', '30', '34', 'Red', 'Contractor delays.'],
      ['Resources', '', '', '', '', ''],
      ['RS1', 'Invoices paid on time', '95%', '96%', 'Green', 'On track.'],
    ]);

    // The headings repeated overleaf (Word's default): the row's last lines under them still finish it.
    const repeated = [
      ...header.map((text, i) => ({ x: xs[i], top: 50, text, size: 8, bold: true })),
      ...line(62, [null, null, null, null, null, 'back to full strength.']),
      ...line(74, ['HS2', 'Rent collected', '98%', '98.4%', 'Green', 'On track.']),
    ];
    const overleaf = joinSplitTables((await pdfBlocks(makePdf([{ width: 595, height: 842, texts: page1 }, { width: 595, height: 842, texts: repeated }]))).blocks).filter((b) => b.kind === 'table');
    expect(overleaf.map((t) => t.rows?.slice(1))).toEqual([
      [['HS1', 'Homes re-let within 28 days', '90%', '86%', 'Amber', 'Voids backlog cleared in August; the team is back to full strength.']],
      [['HS2', 'Rent collected', '98%', '98.4%', 'Green', 'On track.']],
    ]);

    // A name's last line and a comment's with a word that reads as a value ('same') overleaf: still the row's tail.
    const page1b = [
      ...header.map((text, i) => ({ x: xs[i], top: 740, text, size: 8, bold: true })),
      ...line(752, ['CP4', 'Children on a protection plan per', '25.0', '24.9', 'Green', 'Backlog cleared; not']),
    ];
    const tailed = [...line(50, [null, '10,000', null, null, null, 'the same period as last year.']), ...line(62, ['HS2', 'Rent collected', '98%', '98.4%', 'Green', 'On track.'])];
    const same = joinSplitTables((await pdfBlocks(makePdf([{ width: 595, height: 842, texts: page1b }, { width: 595, height: 842, texts: tailed }]))).blocks).filter((b) => b.kind === 'table');
    expect(same.map((t) => t.rows?.slice(1))).toEqual([
      [['CP4', 'Children on a protection plan per 10,000', '25.0', '24.9', 'Green', 'Backlog cleared; not the same period as last year.']],
      [['HS2', 'Rent collected', '98%', '98.4%', 'Green', 'On track.']],
    ]);

    // The same first page, then a paragraph at the margin overleaf: not a continuation.
    const other = [{ x: 50, top: 50, text: 'Customer Services performed well this quarter.', size: 8 }];
    const second = await pdfBlocks(makePdf([{ width: 595, height: 842, texts: page1 }, { width: 595, height: 842, texts: other }]));
    expect(joinSplitTables(second.blocks).find((b) => b.prov.page === 2)).toMatchObject({ kind: 'paragraph', text: 'Customer Services performed well this quarter.' });
  });
});

describe('what a table is not, and where it stops', () => {
  const blocksOf = async (pages: PdfText[][]) => (await pdfBlocks(makePdf(pages.map((texts) => ({ width: 595, height: 842, texts }))))).blocks;

  test("a status summary whose figures are right-aligned in cells wider than their headings ('%' over '50%')", async () => {
    const texts: PdfText[] = [
      ...row(135, [[51, 'Status'], [164.5, 'Number'], [235.4, '%']], 9, true),
      ...[['Green', '3', '50%'], ['Amber', '1', '17%'], ['Red', '2', '33%'], ['Total', '6', '100%']].flatMap(([st, n, pc], i) => row(146 + i * 11, [[51, st], [219.6, n], [pc.length > 3 ? 272.4 : 277.5, pc]])),
    ];
    expect((await blocksOf([texts])).find((b) => b.kind === 'table')?.rows).toEqual([['Status', 'Number', '%'], ['Green', '3', '50%'], ['Amber', '1', '17%'], ['Red', '2', '33%'], ['Total', '6', '100%']]);
  });

  test('a status summary keeps its rows with a paragraph beside it', async () => {
    const texts: PdfText[] = [
      { x: 50, top: 100, text: 'Status', size: 9, bold: true },
      { x: 120, top: 100, text: 'Count', size: 9, bold: true },
      { x: 320, top: 100, text: 'Overall the picture improved this quarter', size: 9 },
      ...['Red', 'Amber', 'Green'].flatMap((st, i) => [{ x: 50, top: 112 + i * 12, text: st, size: 9 }, { x: 120, top: 112 + i * 12, text: String(3 + i * 4), size: 9 }]),
    ];
    const table = (await blocksOf([texts])).find((b) => b.kind === 'table');
    expect(table?.rows).toEqual([['Status', 'Count'], ['Red', '3'], ['Amber', '7'], ['Green', '11']]);
  });

  test("a card's value table with a 'Last updated' column keeps its one row; a footnote under it is not a cell", async () => {
    const xs = [50, 140, 230, 320];
    const texts: PdfText[] = [
      ...['Target', 'Current', 'Previous', 'Last updated'].map((text, i) => ({ x: xs[i], top: 100, text, size: 9, bold: true })),
      ...['90%', '85%', '80%', 'Sep-25'].map((text, i) => ({ x: xs[i], top: 112, text, size: 9 })),
      { x: 50, top: 124, text: '* Provisional figure', size: 9 },
    ];
    const table = (await blocksOf([texts])).find((b) => b.kind === 'table');
    expect(table?.rows).toEqual([['Target', 'Current', 'Previous', 'Last updated'], ['90%', '85%', '80%', 'Sep-25']]);
  });

  test('headings alone at a page foot: a group row overleaf is not glued to them', async () => {
    const xs = [50, 250, 320, 390];
    const header = ['Performance indicator', 'Target', 'Q1 2025/26', 'Q2 2025/26'];
    const page1 = header.map((text, i) => ({ x: xs[i], top: 790, text, size: 8, bold: true }));
    const page2 = [{ x: 50, top: 50, text: 'Adult Social Care', size: 8 }, ...['Reviews completed on time', '85%', '78%', '81%'].map((text, i) => ({ x: xs[i], top: 62, text, size: 8 })), ...['Delayed transfers of care', '20', '26', '31'].map((text, i) => ({ x: xs[i], top: 74, text, size: 8 }))];
    const tables = joinSplitTables(await blocksOf([page1, page2])).filter((b) => b.kind === 'table');
    expect(tables.flatMap((t) => t.rows ?? []).flat()).not.toContain('Performance indicator Adult Social Care');
    expect(tables.flatMap((t) => t.rows ?? []).find((r) => r[0] === 'Reviews completed on time')).toEqual(['Reviews completed on time', '85%', '78%', '81%']);
  });
});

describe('a scorecard with group rows inside the table', () => {
  const xs = [50, 110, 260, 310, 360, 420];
  const line = (top: number, cells: (string | undefined)[]): PdfText[] => cells.flatMap((text, i) => (text ? [{ x: xs[i], top, text, size: 8 }] : []));
  const header = line(60, ['Ref', 'Measure', 'Target', 'Actual', 'RAG', 'Comments']).map((t) => ({ ...t, bold: true }));

  test('a service named over its KPIs is a row of its own, under the headings or after a row whose cells wrap', async () => {
    const texts = [
      ...header,
      ...line(72, ['Housing']),
      ...line(82, ['HS1', 'Homes let within 28 days', '90%', '92%', 'Green', 'Voids fell after the']),
      ...line(92, [undefined, undefined, undefined, undefined, undefined, 'new contract began.']),
      // The group's cell in the row above ended two lines higher: this line cannot be that cell wrapping.
      ...line(102, ['Waste']),
      ...line(112, ['WS4', 'Missed bins per 100,000', '60', '55', 'Green']),
      // Too wide for the reference column: it reaches into the next one.
      ...line(122, ['Customer Services and Digital']),
      ...line(132, [undefined, 'Calls answered in 60 seconds', '80%', '71%', 'Red']),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables.map((b) => b.rows)).toEqual([
      [
        ['Ref', 'Measure', 'Target', 'Actual', 'RAG', 'Comments'],
        ['Housing', '', '', '', '', ''],
        ['HS1', 'Homes let within 28 days', '90%', '92%', 'Green', 'Voids fell after the new contract began.'],
        ['Waste', '', '', '', '', ''],
        ['WS4', 'Missed bins per 100,000', '60', '55', 'Green', ''],
        ['Customer Services and Digital', '', '', '', '', ''],
        ['', 'Calls answered in 60 seconds', '80%', '71%', 'Red', ''],
      ],
    ]);
  });

  test("a wrapped name's last line stays with its row: lower-case, or too long to have fitted above", async () => {
    const texts = [
      ...header,
      ...line(72, ['HS1', 'Percentage of homes let', '90%', '92%', 'Green']),
      ...line(82, [undefined, 'within 28 days']),
      ...line(92, ['HS2', 'Average days to re-let', '30', '28', 'Green']),
      ...line(102, [undefined, 'Council Homes (general']),
      ...line(112, [undefined, 'needs)']),
      ...line(122, ['HS3', 'Rent collected', '97%', '98%', 'Green']),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    const rows = blocks.find((b) => b.kind === 'table')!.rows!;
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Ref', 'Measure'],
      ['HS1', 'Percentage of homes let within 28 days'],
      ['HS2', 'Average days to re-let Council Homes (general needs)'],
      ['HS3', 'Rent collected'],
    ]);
  });

  test("a status beside a RAG label is that label's value, not a table's second heading", async () => {
    const texts: PdfText[] = [
      { x: 50, top: 60, text: 'RAG Rating', size: 9 },
      { x: 150, top: 60, text: 'Baseline', size: 9 },
      { x: 50, top: 72, text: 'About this measure', size: 9 },
      { x: 50, top: 84, text: 'Counts households placed in temporary accommodation at the quarter end.', size: 9 },
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.filter((b) => b.kind === 'table')).toEqual([]);
  });
});

describe('cells that do not line up with their headings', () => {
  const table = async (heads: [number, string][], rows: [number, string][][]) => {
    const texts: PdfText[] = [
      ...heads.map(([x, text]) => ({ x, top: 60, text, size: 9, bold: true })),
      ...rows.flatMap((r, i) => r.map(([x, text]) => ({ x, top: 74 + i * 14, text, size: 9 }))),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 842, height: 595, texts }]));
    return blocks.filter((b) => b.kind === 'table').map((b) => b.rows);
  };

  test('headings centred over wider left-aligned cells', async () => {
    const rows = await table([[80, 'Ref'], [316, 'Indicator'], [571, 'Target'], [652, 'Current'], [739, 'Status']], [
      [[54, 'KPI 01'], [132, 'Percentage of council tax collected in year'], [552, '55%'], [630, '56%'], [720, 'Green']],
      [[54, 'KPI 02'], [132, 'Percentage of business rates collected in year'], [552, '57%'], [630, '52%'], [720, 'Red']],
    ]);
    expect(rows).toEqual([[
      ['Ref', 'Indicator', 'Target', 'Current', 'Status'],
      ['KPI 01', 'Percentage of council tax collected in year', '55%', '56%', 'Green'],
      ['KPI 02', 'Percentage of business rates collected in year', '57%', '52%', 'Red'],
    ]]);
  });

  test('numbers right-aligned in their cells under headings at the cells’ left edges; a wide last column', async () => {
    const rows = await table([[54, 'Ref'], [139, 'Indicator'], [400, 'Target'], [470, 'Current'], [540, 'Status'], [600, 'Comments']], [
      [[54, 'KPI 01'], [139, 'Percentage of council tax collected'], [446, '55%'], [516, '56%'], [540, 'Green'], [600, 'Collection is slightly ahead of the profile for the year.']],
      [[54, 'KPI 02'], [139, 'Percentage of business rates collected'], [446, '57%'], [516, '52%'], [540, 'Red'], [600, 'Two large ratepayers have deferred payment.']],
    ]);
    expect(rows).toEqual([[
      ['Ref', 'Indicator', 'Target', 'Current', 'Status', 'Comments'],
      ['KPI 01', 'Percentage of council tax collected', '55%', '56%', 'Green', 'Collection is slightly ahead of the profile for the year.'],
      ['KPI 02', 'Percentage of business rates collected', '57%', '52%', 'Red', 'Two large ratepayers have deferred payment.'],
    ]]);
  });

  test("a heading's second line that is also a word of value ('Intervention' / 'level') stays in the heading", async () => {
    const texts: PdfText[] = [
      ...[[50, 'Target'], [120, 'Intervention'], [200, 'Actual this'], [280, 'Previous'], [350, 'RAG']].map(([x, text]) => ({ x: x as number, top: 60, text: text as string, size: 7 })),
      { x: 120, top: 68, text: 'level', size: 7 },
      { x: 200, top: 68, text: 'quarter', size: 7 },
      ...[[50, '£1,575,000'], [120, '£1,480,500'], [200, '£1,393,675'], [280, '£1,528,541'], [350, 'Red']].map(([x, text]) => ({ x: x as number, top: 77, text: text as string, size: 7 })),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.filter((b) => b.kind === 'table').map((b) => b.rows)).toEqual([[
      ['Target', 'Intervention level', 'Actual this quarter', 'Previous', 'RAG'],
      ['£1,575,000', '£1,480,500', '£1,393,675', '£1,528,541', 'Red'],
    ]]);
  });
});

describe('a trend table with a row per quarter', () => {
  test("keeps every row; a 'Target: 82%' line above it is a pair, not one of its headings", async () => {
    const texts: PdfText[] = [
      { x: 49, top: 150, text: 'ASC 1: Proportion of older people still at home 91 days after discharge', size: 12, bold: true },
      { x: 49, top: 174, text: 'Target: 82%', size: 10 },
      ...[[54, 'Quarter'], [116, 'Actual'], [156, 'Target']].map(([x, text]) => ({ x: x as number, top: 198, text: text as string, size: 10, bold: true })),
      ...[['Q1 2024/25', '80.1%'], ['Q2 2024/25', '81.5%'], ['Q3 2024/25', '83.2%']].flatMap(([q, v], i) => [
        { x: 54, top: 214 + i * 16, text: q, size: 10 },
        { x: 116, top: 214 + i * 16, text: v, size: 10 },
        { x: 156, top: 214 + i * 16, text: '82%', size: 10 },
      ]),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.map((b) => [b.kind, b.kind === 'table' ? b.rows : b.text])).toEqual([
      ['paragraph', 'ASC 1: Proportion of older people still at home 91 days after discharge'],
      ['paragraph', 'Target: 82%'],
      ['table', [['Quarter', 'Actual', 'Target'], ['Q1 2024/25', '80.1%', '82%'], ['Q2 2024/25', '81.5%', '82%'], ['Q3 2024/25', '83.2%', '82%']]],
    ]);
  });
});

describe('headings other councils print beside the known ones', () => {
  const tableOf = async (texts: PdfText[]) => (await pdfBlocks(makePdf([{ width: 842, height: 595, texts }]))).blocks.filter((b) => b.kind === 'table').map((b) => b.rows);

  test("a column headed by a word the vocabulary does not know ('Scotland') keeps its own figures", async () => {
    const texts = [
      ...row(80, [[40, 'Code'], [90, 'Indicator'], [300, 'Target'], [360, 'Actual'], [420, 'Scotland'], [490, 'Status']], 9, true),
      ...row(98, [[40, 'SW1'], [90, 'Home care costs per hour'], [300, '£30.00'], [360, '£33.85'], [420, '£32.40'], [490, 'Red']]),
      ...row(114, [[40, 'ENV6'], [90, 'Household waste recycled'], [300, '45%'], [360, '46.3%'], [420, '43.3%'], [490, 'Green']]),
    ];
    expect(await tableOf(texts)).toEqual([
      [
        ['Code', 'Indicator', 'Target', 'Actual', 'Scotland', 'Status'],
        ['SW1', 'Home care costs per hour', '£30.00', '£33.85', '£32.40', 'Red'],
        ['ENV6', 'Household waste recycled', '45%', '46.3%', '43.3%', 'Green'],
      ],
    ]);
  });

  test("a first row of times ('3:00', '3:08') under 'Target | Actual | Status' is a row, its rating not a heading's second line", async () => {
    const texts = [
      ...row(80, [[40, 'Code'], [90, 'Indicator'], [300, 'Target'], [360, 'Actual'], [420, 'Status']], 9, true),
      ...row(96, [[40, 'RS 2'], [90, 'Average wait to answer calls (minutes)'], [300, '3:00'], [360, '3:08'], [420, 'Amber']]),
      ...row(112, [[40, 'RS 3'], [90, 'Complaints answered in 10 days'], [300, '90%'], [360, '81%'], [420, 'Red']]),
    ];
    expect(await tableOf(texts)).toEqual([
      [
        ['Code', 'Indicator', 'Target', 'Actual', 'Status'],
        ['RS 2', 'Average wait to answer calls (minutes)', '3:00', '3:08', 'Amber'],
        ['RS 3', 'Complaints answered in 10 days', '90%', '81%', 'Red'],
      ],
    ]);
  });

  test("figures wrapped mid-number in narrow cells ('£1,240,' over '000') are joined up again, not a row of their own", async () => {
    const texts = [
      ...row(80, [[40, 'Ref'], [80, 'Indicator'], [230, 'Target'], [275, 'Q1'], [320, 'Q2'], [365, 'RAG'], [420, 'Comment']], 9, true),
      ...row(96, [[40, 'FR01'], [80, 'Income from fees and charges'], [230, '£1,240,'], [275, '£612,4'], [320, '£1,268,'], [365, 'Green']]),
      ...row(107, [[240, '000'], [290, '10'], [330, '903']]),
      ...row(123, [[40, 'FR03'], [80, 'Invoices paid within 30 days'], [230, '95.0%'], [275, '93.2%'], [320, '91.7%'], [365, 'Red']]),
    ];
    // A comment's lines that end in a figure and begin with one stay apart.
    texts.push(...row(96, [[420, 'Since April 2024,']]), ...row(107, [[420, '320 households helped.']]));
    expect((await tableOf(texts))[0]?.[1]?.[6]).toBe('Since April 2024, 320 households helped.');
    texts.splice(-2);
    expect((await tableOf(texts))[0]?.slice(1)).toEqual([
      ['FR01', 'Income from fees and charges', '£1,240,000', '£612,410', '£1,268,903', 'Green', ''],
      ['FR03', 'Invoices paid within 30 days', '95.0%', '93.2%', '91.7%', 'Red', ''],
    ]);
  });

  test("quarters without a year head columns ('Q1 | Q2 | Q3 | Q4'), and a note under the table is not the last row's", async () => {
    const texts = [
      ...row(80, [[40, 'Ref'], [90, 'KPI'], [300, 'Q1'], [340, 'Q2'], [380, 'Q3'], [420, 'Q4'], [470, 'Target'], [530, 'RAG']], 9, true),
      ...row(98, [[40, 'FB01'], [90, 'Non-domestic rates collected'], [300, '30.1%'], [340, '58.4%'], [470, '98.0%'], [530, 'Green']]),
      ...row(114, [[40, 'FB02'], [90, 'Days lost to sickness per FTE'], [300, '2.4'], [340, '4.9'], [470, '8.5'], [530, 'Amber']]),
      ...row(136, [[40, 'Q2 figures are provisional and may change at year end.']]),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 842, height: 595, texts }]));
    expect(blocks.map((b) => (b.kind === 'table' ? b.rows : b.text))).toEqual([
      [
        ['Ref', 'KPI', 'Q1', 'Q2', 'Q3', 'Q4', 'Target', 'RAG'],
        ['FB01', 'Non-domestic rates collected', '30.1%', '58.4%', '', '', '98.0%', 'Green'],
        ['FB02', 'Days lost to sickness per FTE', '2.4', '4.9', '', '', '8.5', 'Amber'],
      ],
      'Q2 figures are provisional and may change at year end.',
    ]);
  });
});

describe("a card's labelled figure and a small table of its history", () => {
  test("'Latest data: 11.9%' stays the current value over a 'Period | Value' table of earlier years", async () => {
    const { parseBlocks } = await import('../../parse/report');
    const texts: PdfText[] = [
      { x: 45, top: 100, text: 'HWB 4: Smoking prevalence in adults (18+)', size: 11, bold: true },
      { x: 45, top: 122, text: 'Latest data: 11.9% (2023)', size: 9 },
      { x: 45, top: 141, text: 'Target: 12.0%', size: 9 },
      ...row(223, [[84, 'Period'], [187, 'Value']], 9, true),
      ...['2020', '2021', '2022', '2023'].flatMap((y, i) => row(239 + i * 14, [[52, y], [156, ['13.4%', '13.0%', '12.6%', '11.9%'][i]]])),
      { x: 45, top: 308, text: 'Narrative: Latest published data shows a change in the rate.', size: 9 },
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    const card = parseBlocks(blocks).cards.find((c) => c.printedId === 'HWB 4');
    expect([card?.current?.raw, card?.currentLabel, card?.target?.raw]).toEqual(['11.9% (2023)', 'Latest data', '12.0%']);
  });
});

describe('a heading wrapped in a narrow column whose first word reads as a value', () => {
  test("'Same' / 'Period Last' / 'Year' heads its column (before: its figure glued to the next column's, 'YTD Actual' read '64.9% 65.2%')", async () => {
    const texts: PdfText[] = [
      ...row(104, [[39, 'Ref'], [74, 'Performance'], [206, 'Full Year'], [271, 'YTD'], [326, 'YTD'], [382, 'Same'], [461, 'Forecast'], [538, 'RAG']], 8, true),
      ...row(117, [[74, 'Indicator'], [206, 'Target'], [271, 'Target'], [326, 'Actual'], [382, 'Period Last'], [461, 'Outturn']], 8, true),
      ...row(131, [[382, 'Year']], 8, true),
      ...row(148, [[39, 'FIN 01'], [74, 'Council Tax collection rate'], [206, '97.0%'], [271, '65.5%'], [326, '64.9%'], [382, '65.2%'], [461, '96.6%'], [538, 'Amber']], 8),
      ...row(164, [[39, 'FIN 02'], [74, 'Business rates collection rate'], [206, '98.0%'], [271, '67.0%'], [326, '68.3%'], [382, '66.1%'], [461, '98.2%'], [538, 'Green']], 8),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.rows?.slice(0, 2)).toEqual([
      ['Ref', 'Performance Indicator', 'Full Year Target', 'YTD Target', 'YTD Actual', 'Same Period Last Year', 'Forecast', 'RAG'],
      ['FIN 01', 'Council Tax collection rate', '97.0%', '65.5%', '64.9%', '65.2%', '96.6%', 'Amber'],
    ]);
    expect(parseBlocks(blocks).scorecard.map((r) => [r.printedId, r.target?.raw, r.current?.raw, r.previous?.raw])).toEqual([
      ['FIN 01', '65.5%', '64.9%', '65.2%'],
      ['FIN 02', '67.0%', '68.3%', '66.1%'],
    ]);
  });
});

describe('months broken at their hyphen in narrow columns', () => {
  test("'Jul-' over '24' heads a month's column: the latest month is current (before: '24 | 24 | 24' read as the first row, no KPI)", async () => {
    const texts: PdfText[] = [
      ...row(104, [[39, 'Ref'], [74, 'Measure'], [240, 'Target'], [290, 'Jul-'], [330, 'Aug-'], [370, 'Sep-'], [420, 'Trend'], [480, 'RAG']], 8, true),
      ...row(114, [[290, '24'], [330, '24'], [370, '24']], 8, true),
      ...row(130, [[39, 'H01'], [74, 'Rent collected as % of rent due'], [240, '98.5%'], [290, '97.2%'], [330, '97.8%'], [370, '98.1%'], [420, 'Improving'], [480, 'Amber']], 8),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.find((b) => b.kind === 'table')?.rows?.[0]).toEqual(['Ref', 'Measure', 'Target', 'Jul-24', 'Aug-24', 'Sep-24', 'Trend', 'RAG']);
    expect(parseBlocks(blocks).scorecard.map((r) => [r.printedId, r.current?.raw, r.previous?.raw])).toEqual([['H01', '98.1%', '97.8%']]);
  });
});

describe('a figure and its unit wrapped in a narrow cell printed centred', () => {
  test("'31.0' above the row's line and 'days' below it are one value (before: the figure a row of its own, the value 'days')", async () => {
    const xs = [40, 80, 330, 380, 430, 480];
    const cells = (top: number, texts: (string | null)[]): PdfText[] => texts.flatMap((text, i) => (text ? [{ x: xs[i], top, text, size: 8 }] : []));
    const texts = [
      ...cells(60, ['Ref', 'Measure', 'Q2 Value', 'Q2 RAG', 'Q1 Value', 'Target']).map((t) => ({ ...t, bold: true })),
      ...cells(80, ['H01', 'Rent collected as % of rent due', '98.9%', 'G', '99.2%', '98.5%']),
      ...cells(96, [null, null, '31.0', null, '28.4', null]),
      ...cells(102, ['H03', 'Average days to re-let standard voids', null, 'R', null, '25 days']),
      ...cells(108, [null, null, 'days', null, 'days', null]),
      ...cells(124, ['H04', 'Homes empty at quarter end', '157', 'R', '143', '120']),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.find((b) => b.kind === 'table')?.rows?.slice(1)).toEqual([
      ['H01', 'Rent collected as % of rent due', '98.9%', 'G', '99.2%', '98.5%'],
      ['H03', 'Average days to re-let standard voids', '31.0 days', 'R', '28.4 days', '25 days'],
      ['H04', 'Homes empty at quarter end', '157', 'R', '143', '120'],
    ]);
  });
});

describe('month headings cut at the hyphen and centred in their cells (test/layouts, printed by Chromium)', () => {
  test("'Apr-' over a centred '24' heads one column 'Apr-24' (before: the months were a paragraph and the figures a card titled 'Apr- May- Jun-')", async () => {
    const { readDocument } = await import('../../read/document');
    const doc = await readDocument(new URL('../../../test/layouts/month-columns.pdf', import.meta.url).pathname);
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.rows?.[0]).toEqual(['Ref', 'Indicator', 'Apr-24', 'May-24', 'Jun-24', 'Jul-24', 'Aug-24', 'Sep-24', '2024/25 YTD', 'Target', 'Good is']);
    expect(table?.rows?.[1]).toEqual(['HR1', 'Working days lost to sickness per FTE (rolling 12 months)', '9.8', '9.9', '10.1', '10.0', '9.7', '9.6', '9.6 days', '8.5 days', 'Lower']);
    // No card is named by the months any more.
    expect(parseBlocks(doc.blocks).cards.filter((c) => /Apr-/.test(c.title ?? ''))).toEqual([]);
  });
});
