import { describe, expect, test } from '@jest/globals';
import { blocksFromBytes } from '../../read/document';
import { parseBlocks } from '../../parse/report';
import { makeDocx, p, table, type CellSpec } from '../../../test/make-docx';

const cell = (inner: string, merge?: 'restart' | 'continue') => `<w:tc>${merge ? `<w:tcPr><w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/></w:tcPr>` : ''}${inner}</w:tc>`;
const layout = (rows: string[][]) => `<w:tbl><w:tblPr><w:tblBorders/></w:tblPr>${rows.map((r) => `<w:tr>${r.join('')}</w:tr>`).join('')}</w:tbl>`;
const figures = (target: string, previous: string, current: string, rag: string) => table([['Target', 'Previous (Q1)', 'Current (Q2)', 'RAG'], [target, previous, current, rag]]);

async function cardsOf(body: string[]) {
  const bytes = await makeDocx([p('Resources Committee'), p('Performance Report – Quarter 2 2024/25'), ...body]);
  const { blocks } = await blocksFromBytes('layout.docx', 'docx', bytes);
  return { blocks, cards: parseBlocks(blocks).cards };
}

const fields = (cards: Awaited<ReturnType<typeof cardsOf>>['cards']) => cards.map((c) => [c.printedId, c.title, c.target?.raw, c.previous?.raw, c.current?.raw, c.rag?.raw, c.commentary]);

const EXPECTED = [
  ['KPI 07', 'Percentage of invoices paid within 30 days', '95%', '93.2%', '91.5%', 'Amber', 'Backlog cleared in August.'],
  ['KPI 08', 'Council tax collected', '97%', '96.1%', '97.4%', 'Green', 'Collection is ahead of profile.'],
];

describe('cards laid out in a table of two columns keep their titles', () => {
  test('the title and commentary on the left, a figures table nested on the right (before: both cards lost their titles, one card was made of the paper title)', async () => {
    const { cards } = await cardsOf([
      layout([
        [cell(p('KPI 07 – Percentage of invoices paid within 30 days') + p('Commentary: Backlog cleared in August.')), cell(figures('95%', '93.2%', '91.5%', 'Amber'))],
        [cell(p('KPI 08 – Council tax collected') + p('Commentary: Collection is ahead of profile.')), cell(figures('97%', '96.1%', '97.4%', 'Green'))],
      ]),
    ]);
    expect(fields(cards)).toEqual(EXPECTED);
    expect(cards[1].current?.prov.cell).toEqual({ table: cards[1].current!.prov.cell!.table, row: 1, col: 2 });
  });

  test('the title merged down its column (w:vMerge) beside the figures table and, below it, the commentary', async () => {
    const { cards } = await cardsOf([
      layout([
        [cell(p('KPI 07 – Percentage of invoices paid within 30 days'), 'restart'), cell(figures('95%', '93.2%', '91.5%', 'Amber'))],
        [cell('<w:p/>', 'continue'), cell(p('Commentary') + p('Backlog cleared in August.'))],
        [cell(p('KPI 08 – Council tax collected'), 'restart'), cell(figures('97%', '96.1%', '97.4%', 'Green'))],
        [cell('<w:p/>', 'continue'), cell(p('Commentary') + p('Collection is ahead of profile.'))],
      ]),
    ]);
    expect(fields(cards)).toEqual(EXPECTED);
  });

  test("titles merged down the first column beside each card's label–value rows", async () => {
    const title = (text: string): CellSpec => ({ text, vMerge: 'restart' });
    const under: CellSpec = { text: '', vMerge: 'continue' };
    const { blocks, cards } = await cardsOf([
      table([
        [title('KPI 07 – Percentage of invoices paid within 30 days'), 'Target', '95%'],
        [under, 'Previous (Q1)', '93.2%'],
        [under, 'Current (Q2)', '91.5%'],
        [under, 'RAG', 'Amber'],
        [under, 'Commentary', 'Backlog cleared in August.'],
        [title('KPI 08 – Council tax collected'), 'Target', '97%'],
        [under, 'Previous (Q1)', '96.1%'],
        [under, 'Current (Q2)', '97.4%'],
        [under, 'RAG', 'Green'],
        [under, 'Commentary', 'Collection is ahead of profile.'],
      ]),
    ]);
    expect(fields(cards)).toEqual(EXPECTED);
    // The value keeps its cell: the card's rows, second column.
    expect(cards[1].previous?.prov.cell).toMatchObject({ row: 1, col: 1 });
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(2);
  });

  test('a scorecard whose first column groups rows by service (under a heading row) stays one table', async () => {
    const service = (text: string): CellSpec => ({ text, vMerge: 'restart' });
    const under: CellSpec = { text: '', vMerge: 'continue' };
    const bytes = await makeDocx([
      p('Performance Report – Quarter 2 2024/25'),
      table([
        ['Service', 'KPI', 'Target', 'Current', 'RAG'],
        [service('Finance'), 'KPI 07: Invoices paid within 30 days', '95%', '91.5%', 'Amber'],
        [under, 'KPI 08: Council tax collected', '97%', '97.4%', 'Green'],
        [service('Customer Services'), 'KPI 09: Calls answered within a minute', '80%', '75%', 'Red'],
        [under, 'KPI 10: Complaints answered within 10 days', '90%', '92%', 'Green'],
      ]),
    ]);
    const report = parseBlocks((await blocksFromBytes('scorecard.docx', 'docx', bytes)).blocks);
    expect(report.scorecard.map((r) => [r.printedId, r.target?.raw, r.current?.raw, r.rag?.raw])).toEqual([
      ['KPI 07', '95%', '91.5%', 'Amber'],
      ['KPI 08', '97%', '97.4%', 'Green'],
      ['KPI 09', '80%', '75%', 'Red'],
      ['KPI 10', '90%', '92%', 'Green'],
    ]);
  });
});

describe('a scorecard split by a page break into two tables', () => {
  const HEAD = ['Ref', 'Indicator', 'Target', 'Previous (Q1)', 'Current (Q2)', 'RAG'];
  const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

  test("the second table's rows (no heading row of their own) take the first's headings (before: they were lost)", async () => {
    const bytes = await makeDocx([
      p('Performance Report – Quarter 2 2024/25'),
      p('Appendix A: Scorecard', 'Heading2'),
      table([HEAD, ['KPI 07', 'Invoices paid within 30 days', '95%', '93.2%', '91.5%', 'Amber'], ['KPI 08', 'Council tax collected', '97%', '96.1%', '97.4%', 'Green']]),
      pageBreak,
      table([['KPI 09', 'Calls answered within a minute', '80%', '78%', '75%', 'Red'], ['KPI 10', 'Complaints answered within 10 days', '90%', '88%', '92%', 'Green']]),
      p('Appendix B: Commentary', 'Heading2'),
    ]);
    const { blocks } = await blocksFromBytes('split.docx', 'docx', bytes);
    const report = parseBlocks(blocks);
    expect(report.scorecard.map((r) => [r.printedId, r.title, r.target?.raw, r.previous?.raw, r.current?.raw, r.rag?.raw])).toEqual([
      ['KPI 07', 'Invoices paid within 30 days', '95%', '93.2%', '91.5%', 'Amber'],
      ['KPI 08', 'Council tax collected', '97%', '96.1%', '97.4%', 'Green'],
      ['KPI 09', 'Calls answered within a minute', '80%', '78%', '75%', 'Red'],
      ['KPI 10', 'Complaints answered within 10 days', '90%', '88%', '92%', 'Green'],
    ]);
    // The second half stands as its own table, under the headings it continues.
    expect(blocks.filter((b) => b.kind === 'table').map((b) => b.rows![0])).toEqual([HEAD, HEAD]);
  });

  test('a table of another width after it, or one with headings of its own, keeps its rows as they are', async () => {
    const bytes = await makeDocx([
      table([HEAD, ['KPI 07', 'Invoices paid within 30 days', '95%', '93.2%', '91.5%', 'Amber']]),
      table([['Green', '4'], ['Amber', '1']]),
      table([['Status', 'Number of KPIs'], ['Red', '1']]),
    ]);
    const { blocks } = await blocksFromBytes('next.docx', 'docx', bytes);
    expect(blocks.filter((b) => b.kind === 'table').map((b) => b.rows![0])).toEqual([HEAD, ['Green', '4'], ['Status', 'Number of KPIs']]);
  });
});
