import { describe, expect, test } from '@jest/globals';
import { blocksFromBytes } from '../../read/document';
import { parseBlocks } from '../../parse/report';
import { makeDocx, p, table } from '../../../test/make-docx';
import { labelledNumbers } from './numbering';

/** A heading numbered by Word (numId 5, level 0): its identifier is no text of the paragraph. */
const numbered = (text: string, numId = 5) => `<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const numbering = (text: string, format = 'decimalZero', start = 7) =>
  `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>`;

describe('identifiers Word holds only in automatic numbering', () => {
  test("headings numbered 'KPI %1 – ' get their identifiers as printed (before: the cards had none)", async () => {
    const card = (title: string, actual: string) => [numbered(title), table([['Target', 'Actual'], ['95%', actual]])];
    const docx = await makeDocx([p('Performance Report – Quarter 2 2024/25'), ...card('Percentage of invoices paid within 30 days', '91.5%'), ...card('Council tax collected', '57.2%')], { numbering: numbering('KPI %1 – ') });
    const cards = parseBlocks((await blocksFromBytes('numbered.docx', 'docx', docx)).blocks).cards;
    expect(cards.map((c) => [c.printedId, c.title, c.current?.raw])).toEqual([
      ['KPI 07', 'Percentage of invoices paid within 30 days', '91.5%'],
      ['KPI 08', 'Council tax collected', '57.2%'],
    ]);
  });

  test("a plain '1.' numbers sections, not measures: nothing is written", () => {
    const xml = `<w:body>${numbered('Introduction')}${numbered('Performance')}</w:body>`;
    expect(labelledNumbers(xml, numbering('%1.', 'decimal', 1))).toBe(xml);
    expect(labelledNumbers(xml, null)).toBe(xml);
  });

  test("levels in letters ('PI-%1' upper letter)", () => {
    const xml = `<w:body>${numbered('Rent collected')}${numbered('Voids')}</w:body>`;
    expect(labelledNumbers(xml, numbering('PI-%1 ', 'upperLetter', 1))).toContain('<w:t xml:space="preserve">PI-B </w:t>');
  });

  test("Word's stock bullets ('o' in Courier New at the second level) write nothing (before: 'oTarget: 50')", () => {
    const bullets = `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>`;
    const item = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const xml = `<w:body>${item('Target: 50')}${item('Actual: 61')}</w:body>`;
    expect(labelledNumbers(xml, bullets)).toBe(xml);
  });

  test('a list continued in a second instance of one numbering counts on; an instance that restarts it starts again', () => {
    const xml = `<w:body>${numbered('Rent collected', 5)}${numbered('Voids', 6)}${numbered('Repairs', 7)}</w:body>`;
    const two = `${numbering('KPI %1 ', 'decimal', 1)}<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="7"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const got = labelledNumbers(xml, two);
    expect([...got.matchAll(/<w:t xml:space="preserve">(KPI \d+) <\/w:t>/g)].map((m) => m[1])).toEqual(['KPI 1', 'KPI 2', 'KPI 1']);
  });

  test('roman numbers', () => {
    const xml = `<w:body>${numbered('Rent collected')}${numbered('Voids')}${numbered('Repairs')}${numbered('Arrears')}</w:body>`;
    expect(labelledNumbers(xml, numbering('Aim %1: ', 'upperRoman', 1))).toContain('<w:t xml:space="preserve">Aim IV: </w:t>');
  });

  test("a heading numbered through its style (the style's w:numPr, the paragraph's none) gets its identifier (before: none)", async () => {
    const styles = [
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
      // A style based on the numbered heading inherits its numbering.
      '<w:style w:type="paragraph" w:styleId="KPIHeading"><w:name w:val="heading 2"/><w:basedOn w:val="Heading2"/></w:style>',
    ].join('');
    const heading = (text: string, style: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const card = (title: string, style: string, actual: string) => [heading(title, style), table([['Target', 'Actual'], ['95%', actual]])];
    const linkedLevel = '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="7"/><w:numFmt w:val="decimalZero"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="KPI %2 – "/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>';
    const docx = await makeDocx([p('Performance Report – Quarter 2 2024/25'), ...card('Percentage of invoices paid within 30 days', 'Heading2', '91.5%'), ...card('Council tax collected', 'KPIHeading', '57.2%')], { numbering: linkedLevel, styles });
    const cards = parseBlocks((await blocksFromBytes('styled.docx', 'docx', docx)).blocks).cards;
    expect(cards.map((c) => [c.printedId, c.title, c.current?.raw])).toEqual([
      ['KPI 07', 'Percentage of invoices paid within 30 days', '91.5%'],
      ['KPI 08', 'Council tax collected', '57.2%'],
    ]);
  });
});
