import { describe, expect, test } from '@jest/globals';
import { printedBody } from './hidden';

describe("what Word prints of a body's XML", () => {
  test('a hidden run inside a text box leaves the visible run round it whole', () => {
    const xml = '<w:p><w:r><w:t>Visible before</w:t><w:drawing><w:txbxContent><w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p>';
    expect(printedBody(xml)).toBe('<w:p><w:r><w:t>Visible before</w:t><w:drawing><w:txbxContent><w:p></w:p></w:txbxContent></w:drawing></w:r></w:p>');
    // Shown again ('w:val="0"') is not hidden.
    const shown = '<w:p><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>95%</w:t></w:r></w:p>';
    expect(printedBody(shown)).toBe(shown);
  });

  test("only the placeholder's own control is blanked, not a control holding it (a cover page's title)", () => {
    const xml = '<w:sdt><w:sdtContent><w:p><w:r><w:t>Quarter 2 Report</w:t></w:r></w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>[Date]</w:t></w:r></w:sdtContent></w:sdt></w:sdtContent></w:sdt>';
    expect(printedBody(xml)).toContain('<w:t>Quarter 2 Report</w:t>');
    expect(printedBody(xml)).not.toContain('[Date]');
  });

  test('a row skipping grid cells gets them, with exceptions to the table properties before its own', () => {
    const xml = '<w:tbl><w:tr><w:tblPrEx><w:tblBorders/></w:tblPrEx><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl>';
    expect(printedBody(xml)).toBe('<w:tbl><w:tr><w:tblPrEx><w:tblBorders/></w:tblPrEx><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:tcPr/><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>');
  });

  test('a check box control shows its box, ticked or not (mammoth drops it)', () => {
    const box = (on: boolean) => `<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="${on ? 1 : 0}"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>${on ? '☒' : '☐'}</w:t></w:r></w:sdtContent></w:sdt>`;
    const xml = `<w:p>${box(false)}<w:r><w:t> Red </w:t></w:r>${box(true)}<w:r><w:t> Amber</w:t></w:r></w:p>`;
    expect(printedBody(xml)).toBe('<w:p><w:r><w:t>☐</w:t></w:r><w:r><w:t> Red </w:t></w:r><w:r><w:t>☒</w:t></w:r><w:r><w:t> Amber</w:t></w:r></w:p>');
  });
});

describe("a simple field's result", () => {
  test("a figure inside w:fldSimple (a DOCPROPERTY or MERGEFIELD result) is printed text (before: mammoth dropped it, the current value was lost)", async () => {
    const { blocksFromBytes } = await import('../../read/document');
    const { parseBlocks } = await import('../../parse/report');
    const { makeDocx, p, table } = await import('../../../test/make-docx');
    const field = (value: string) => ({ text: '', xml: `<w:p><w:fldSimple w:instr=" DOCPROPERTY  Q2Value  \\* MERGEFORMAT "><w:r><w:t>${value}</w:t></w:r></w:fldSimple></w:p>` });
    const body = [p('Performance Report Quarter 2 2024/25', 'Heading1'), table([['Ref', 'Indicator', 'Target', 'Previous', 'Current', 'RAG'], ['RB01', 'Council Tax collected', '56.0%', field('28.9%'), field('56.4%'), 'Green']])];
    const { blocks } = await blocksFromBytes('fields.docx', 'docx', await makeDocx(body));
    expect(parseBlocks(blocks).scorecard.map((r) => [r.printedId, r.previous?.raw, r.current?.raw])).toEqual([['RB01', '28.9%', '56.4%']]);
    expect(printedBody('<w:p><w:fldSimple w:instr=" PAGE "/><w:r><w:t>x</w:t></w:r></w:p>')).toBe('<w:p><w:r><w:t>x</w:t></w:r></w:p>');
  });
});

describe('characters Word writes that mammoth loses or keeps unusual', () => {
  test("a carriage return inside a title's run parts its words; a non-breaking hyphen in a year is a hyphen; Wingdings arrows as symbols are arrows", async () => {
    const { blocksFromBytes } = await import('../../read/document');
    const { parseBlocks } = await import('../../parse/report');
    const { makeDocx, p, table } = await import('../../../test/make-docx');
    const title = '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>KPI 07 – Percentage of invoices paid</w:t><w:cr/><w:t>within 30 days</w:t></w:r></w:p>';
    const body = [p('Performance Report Quarter 2 2024\u201125', 'Heading1'), title, table([['Target', 'Actual', 'Previous', 'Trend', 'RAG'], ['95%', '91.5%', '93.2%', '🡫', 'Amber']])];
    const { blocks } = await blocksFromBytes('chars.docx', 'docx', await makeDocx(body));
    const r = parseBlocks(blocks);
    expect(r.cards.map((c) => [c.printedId, c.title, c.change?.raw])).toEqual([['KPI 07', 'Percentage of invoices paid within 30 days', '🡫']]);
    expect(blocks[0].text).toBe('Performance Report Quarter 2 2024-25');
  });
});

describe('a card table inside a text box Word saved with its VML fallback', () => {
  test('is read once (before: mammoth read the fallback and the box was added again as paragraphs — the KPI stored twice)', async () => {
    const { blocksFromBytes } = await import('../../read/document');
    const { parseBlocks } = await import('../../parse/report');
    const { makeDocx, p, table } = await import('../../../test/make-docx');
    const card = `${p('KPI 07 – Percentage of invoices paid within 30 days', 'Heading2')}${table([['Target', 'Actual', 'Previous', 'RAG'], ['95%', '91.5%', '93.2%', 'Amber']])}`;
    const box = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${card}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${card}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const { blocks } = await blocksFromBytes('boxed.docx', 'docx', await makeDocx([p('Performance Report Quarter 2 2024/25', 'Heading1'), box]));
    expect(parseBlocks(blocks).cards.map((c) => [c.printedId, c.current?.raw, c.previous?.raw])).toEqual([['KPI 07', '91.5%', '93.2%']]);
  });
});
