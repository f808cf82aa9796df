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

  test("levels in letters and roman numbers ('PI-%1' upper letter)", () => {
    const xml = `<w:body>${numbered('Rent collected')}${numbered('Voids')}</w:body>`;
    expect(labelledNumbers(xml, numbering('PI-%1 ', 'upperLetter', 1))).toContain('<w:t xml:space="preserve">PI-B </w:t>');
  });
});
