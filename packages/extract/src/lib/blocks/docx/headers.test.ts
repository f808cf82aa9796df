import { describe, expect, test } from '@jest/globals';
import { blocksFromBytes } from '../../read/document';
import { parseBlocks } from '../../parse/report';
import { alternateTextBox, makeDocx, p, table } from '../../../test/make-docx';

/** A card with nothing in the body that names the committee or the period. */
const BODY = [p('Performance Report', 'Heading1'), p('KPI 07 – Percentage of invoices paid within 30 days', 'Heading2'), table([['Target', 'Previous', 'Current', 'RAG'], ['95%', '93.2%', '91.5%', 'Amber']])];

async function read(options: Parameters<typeof makeDocx>[1]) {
  const { blocks } = await blocksFromBytes('headers.docx', 'docx', await makeDocx(BODY, options));
  return { blocks, report: parseBlocks(blocks) };
}

describe('the headers Word prints besides the default one', () => {
  test("a first page's own header (w:titlePg) names the committee and the period (before: only the default header was read)", async () => {
    const { blocks, report } = await read({
      headers: { rIdHeader1: ['Corporate Resources Committee', 'Quarter 2 2024/25'], rIdHeader2: ['Performance Report Q2'] },
      finalHeader: 'rIdHeader2',
      sectPr: '<w:headerReference w:type="first" r:id="rIdHeader1"/><w:titlePg/>',
    });
    expect(blocks.filter((b) => b.role === 'page-header').map((b) => b.text)).toEqual(['Corporate Resources Committee', 'Quarter 2 2024/25', 'Performance Report Q2']);
    expect(report.committee).toBe('Corporate Resources Committee');
    expect(report.periodEvidence.map((e) => e.text).join(' ')).toMatch(/Quarter 2 2024\/25/);
    expect(report.cards.map((c) => [c.printedId, c.current?.raw, c.rag?.raw])).toEqual([['KPI 07', '91.5%', 'Amber']]);
  });

  test('a first-page header the section does not print (no w:titlePg) is not read', async () => {
    const { blocks, report } = await read({ headers: { rIdHeader1: ['Audit and Governance Committee'] }, sectPr: '<w:headerReference w:type="first" r:id="rIdHeader1"/>' });
    expect(blocks.some((b) => b.role === 'page-header')).toBe(false);
    expect(report.committee).toBeNull();
  });

  test("even pages' header, printed when the settings set even and odd pages apart", async () => {
    const options = { headers: { rIdHeader1: ['Performance Report Q2'], rIdHeader2: ['Corporate Resources Committee'] }, finalHeader: 'rIdHeader1', sectPr: '<w:headerReference w:type="even" r:id="rIdHeader2"/>' };
    expect((await read({ ...options, settings: '<w:evenAndOddHeaders/>' })).report.committee).toBe('Corporate Resources Committee');
    expect((await read(options)).report.committee).toBeNull();
  });

  test("a committee's name in a text box of the header is read once (before: its DrawingML and VML copies glued together)", async () => {
    const { blocks, report } = await read({ headers: { rIdHeader1: [alternateTextBox(['Corporate Resources Committee']), p('Quarter 2 2024/25')] }, finalHeader: 'rIdHeader1' });
    expect(blocks.filter((b) => b.role === 'page-header').map((b) => [b.text, b.prov.origin])).toEqual([
      ['Corporate Resources Committee', 'header'],
      ['Quarter 2 2024/25', 'header'],
    ]);
    expect(report.committee).toBe('Corporate Resources Committee');
  });
});
