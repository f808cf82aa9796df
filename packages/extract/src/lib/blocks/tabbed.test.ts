import { describe, expect, test } from '@jest/globals';
import { blocksFromBytes } from '../read/document';
import { parseBlocks } from '../parse/report';
import { makeDocx, p } from '../../test/make-docx';

describe('a Word file converted from a PDF: a table set out with tabs', () => {
  const tabbed = (cells: string[]) => `<w:p>${cells.map((c, i) => `${i ? '<w:r><w:tab/></w:r>' : ''}<w:r><w:t xml:space="preserve">${c}</w:t></w:r>`).join('')}</w:p>`;

  test('paragraphs of tab-separated cells under a row of headings are a table (before: no KPI)', async () => {
    const docx = await makeDocx([p('Performance Report – Quarter 2 2024/25'), tabbed(['Ref', 'Indicator', 'Target', 'Q1 2024/25', 'Q2 2024/25', 'RAG']), tabbed(['CR01', 'Percentage of council tax collected', '56.0%', '28.9%', '56.4%', 'Green']), tabbed(['CR02', 'Average days to process new benefit claims', '20.0', '21.3', '24.6', 'Red'])]);
    const rows = parseBlocks((await blocksFromBytes('tabbed.docx', 'docx', docx)).blocks).scorecard;
    expect(rows.map((r) => [r.printedId, r.target?.raw, r.previous?.raw, r.current?.raw, r.rag?.raw])).toEqual([
      ['CR01', '56.0%', '28.9%', '56.4%', 'Green'],
      ['CR02', '20.0', '21.3', '24.6', 'Red'],
    ]);
  });

  test("a form's pairs set out with tabs ('Target⇥95%⇥Actual⇥93%') stay pairs", async () => {
    const docx = await makeDocx([p('KPI 7 – Invoices paid within 30 days', 'Heading2'), tabbed(['Target', '95%', 'Actual', '93%']), tabbed(['Previous', '91%', 'RAG', 'Amber'])]);
    const blocks = (await blocksFromBytes('form.docx', 'docx', docx)).blocks;
    expect(blocks.filter((b) => b.kind === 'table')).toEqual([]);
  });
});
