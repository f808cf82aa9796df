import { describe, expect, test } from '@jest/globals';
import { blocksFromBytes } from '../../read/document';
import { parseBlocks } from '../../parse/report';
import { makeDocx, p } from '../../../test/make-docx';

/** A label and its value set apart by a positional tab (Word's right-aligned tab with a dot leader, as templates write it). */
const aligned = (label: string, value: string) =>
  `<w:p><w:r><w:t xml:space="preserve">${label}</w:t></w:r><w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="dot"/></w:r><w:r><w:t>${value}</w:t></w:r></w:p>`;

describe("Word's positional tabs ('w:ptab') set text apart as a tab does", () => {
  test("a card's label–value lines and a header's committee and quarter (before: 'Target95%', no card; the committee not found)", async () => {
    const bytes = await makeDocx(
      [
        p('Performance Report'),
        p('KPI 07 – Percentage of invoices paid within 30 days', 'Heading2'),
        aligned('Target', '95%'),
        aligned('Previous (Q1)', '93.2%'),
        aligned('Current (Q2)', '91.5%'),
        aligned('RAG rating', 'Amber'),
      ],
      { headers: { rIdHeader1: [aligned('Corporate Resources Committee', 'Quarter 2 2024/25')] }, finalHeader: 'rIdHeader1' },
    );
    const { blocks } = await blocksFromBytes('ptab.docx', 'docx', bytes);
    const report = parseBlocks(blocks);
    expect(report.cards.map((c) => [c.printedId, c.title, c.target?.raw, c.previous?.raw, c.current?.raw, c.rag?.raw])).toEqual([['KPI 07', 'Percentage of invoices paid within 30 days', '95%', '93.2%', '91.5%', 'Amber']]);
    expect(report.committee).toBe('Corporate Resources Committee');
    // The header's parts at its left and right margins are lines of their own.
    expect(blocks[0]).toMatchObject({ text: 'Corporate Resources Committee\nQuarter 2 2024/25', role: 'page-header' });
  });
});
