import { describe, expect, test } from '@jest/globals';
import JSZip from 'jszip';
import { blocksFromBytes } from '../read/document';
import { parseBlocks } from '../parse/report';
import { failure } from '../../test/expectations';
import { alternateTextBox, footnoteRef, makeDocx, p, sectionBreak, table, textBox, withRuns } from '../../test/make-docx';

async function parse(bytes: Uint8Array) {
  const doc = await blocksFromBytes('synthetic.docx', 'docx', bytes);
  return { doc, report: parseBlocks(doc.blocks) };
}

const VALUE_HEAD = ['Target', 'Direction for Improvement', 'Current Quarter', 'Previous Quarter', 'Change in Performance'];

const reason = (bytes: Uint8Array) => failure(() => blocksFromBytes('bad.docx', 'docx', bytes));

describe('Word layouts beyond the corpus', () => {
  test('merged cells are expanded so every column keeps its value', async () => {
    const bytes = await makeDocx([
      p('Indicator HW 4: Number of residents in temporary housing', 'Heading2'),
      table([VALUE_HEAD, [{ text: 'Contextual', span: 2 }, '310', '295', 'Contextual']]),
      p('RAG Rating'),
      p('Contextual'),
    ]);
    const c = (await parse(bytes)).report.cards[0];
    expect([c.printedId, c.target?.raw, c.direction?.raw, c.current?.raw, c.previous?.raw, c.change?.raw, c.rag?.raw]).toEqual(['HW 4', 'Contextual', 'Contextual', '310', '295', 'Contextual', 'Contextual']);
  });

  test('vertically merged cells fill down', async () => {
    const bytes = await makeDocx([
      p('Scorecard'),
      table([
        ['KPI', 'Target', 'Current', 'Previous', 'RAG Rating'],
        ['ES 1: Tonnes of waste recycled', { text: '5,000', vMerge: 'restart' }, '5,200', '4,900', 'Green'],
        ['ES 2: Tonnes of waste composted', { text: '', vMerge: 'continue' }, '4,100', '4,300', 'Amber'],
      ]),
    ]);
    const sc = (await parse(bytes)).report.scorecard;
    expect(sc.map((r) => [r.printedId, r.target?.raw, r.current?.raw, r.rag?.raw])).toEqual([
      ['ES 1', '5,000', '5,200', 'Green'],
      ['ES 2', '5,000', '4,100', 'Amber'],
    ]);
  });

  test('a card written as label: value paragraphs', async () => {
    const bytes = await makeDocx([
      p('PI 12: Percentage of invoices paid within 30 days', 'Heading2'),
      p('Target: 95%'),
      p('Direction for Improvement: Higher is better'),
      p('Current Month: 97.5%'),
      p('Previous Month: 96.1%'),
      p('Change in Performance: Improving'),
      p('RAG Rating: Green'),
      p('Commentary'),
      p('Automation of approvals continued.'),
    ]);
    const c = (await parse(bytes)).report.cards[0];
    expect([c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw, c.periodBasis, c.rag?.raw, c.commentary]).toEqual(['PI 12', '95%', '97.5%', '96.1%', 'month', 'Green', 'Automation of approvals continued.']);
  });

  test('a value table split across a page break (two tables) is one card', async () => {
    const bytes = await makeDocx([
      p('Indicator 88: Number of library loans', 'Heading2'),
      table([VALUE_HEAD]),
      p('', undefined),
      table([['12,000', '↑', '12,450', '11,980', 'Improving']]),
      p('RAG Rating'),
      p('Green'),
    ]);
    const { report } = await parse(bytes);
    const c = report.cards[0];
    expect([c.printedId, c.target?.raw, c.current?.raw, c.change?.raw, c.rag?.raw]).toEqual(['Indicator 88', '12,000', '12,450', 'Improving', 'Green']);
  });

  test("Wingdings arrows in Word's symbol runs are the card's direction and change", async () => {
    const bytes = await makeDocx([
      p('Indicator HS 2: Average days to re-let a council home', 'Heading2'),
      table([VALUE_HEAD, ['28 days', { text: '', sym: { font: 'Wingdings 3', char: 'F069' } }, '26 days', '31 days', { text: '', sym: { font: 'Wingdings', char: 'F0E9' } }]]),
      p('RAG Rating'),
      p('Green'),
    ]);
    const c = (await parse(bytes)).report.cards[0];
    expect([c.direction?.raw, c.current?.raw, c.change?.raw]).toEqual(['🡓', '26 days', '🡹']);
  });

  test('a one-section paper (its body read once, by mammoth) still gets its page header, first', async () => {
    const bytes = await makeDocx([table([VALUE_HEAD, ['70%', '↑', '72%', '69%', 'Improving']]), p('RAG Rating'), p('Green')], {
      headers: { rIdHeader1: ['Indicator LB 4: Library visits per 1,000 residents'] },
      finalHeader: 'rIdHeader1',
    });
    const { doc, report } = await parse(bytes);
    expect(doc.blocks[0]).toMatchObject({ text: 'Indicator LB 4: Library visits per 1,000 residents', prov: { origin: 'header' } });
    expect(report.cards.map((c) => [c.printedId, c.current?.raw, c.rag?.raw])).toEqual([['LB 4', '72%', 'Green']]);
  });

  test('headings in a page header and in a DrawingML text box (which mammoth cannot see) identify their cards', async () => {
    const bytes = await makeDocx(
      [
        textBox(['Indicator CS 1: Calls answered within a minute']),
        table([VALUE_HEAD, ['80%', '↑', '84%', '79%', 'Improving']]),
        p('RAG Rating'),
        p('Green'),
        sectionBreak(),
        table([VALUE_HEAD, ['15', '↓', '12', '18', 'Improving']]),
        p('RAG Rating'),
        p('Green'),
        alternateTextBox(['Indicator CS 3: Complaints escalated']),
        table([VALUE_HEAD, ['5', '↓', '9', '7', 'Declining']]),
        p('RAG Rating'),
        p('Red'),
      ],
      { headers: { rIdHeader2: ['Indicator CS 2: Average wait in minutes'] }, finalHeader: 'rIdHeader2' },
    );
    const { doc, report } = await parse(bytes);
    expect(report.cards.map((c) => [c.printedId, c.current?.raw, c.rag?.raw])).toEqual([
      ['CS 1', '84%', 'Green'],
      ['CS 2', '12', 'Green'],
      ['CS 3', '9', 'Red'],
    ]);
    expect(doc.blocks.find((b) => b.text.startsWith('Indicator CS 1'))!.prov.origin).toBe('textbox');
    expect(doc.blocks.find((b) => b.text.startsWith('Indicator CS 2'))!.prov.origin).toBe('header');
    // The VML fallback of the alternate-content box is not read a second time.
    expect(doc.blocks.filter((b) => b.text.startsWith('Indicator CS 3'))).toHaveLength(1);
  });


  test('content controls and a table nested in a cell keep their text', async () => {
    const nested = table([['Target', 'Direction for Improvement', 'Current Year', 'Previous Year', 'Change in Performance'], ['60%', '↑', '64%', '58%', 'Improving']]);
    const bytes = await makeDocx([
      `<w:sdt><w:sdtContent>${p('Indicator LS 2: Percentage of learners progressing', 'Heading2')}</w:sdtContent></w:sdt>`,
      `<w:tbl><w:tblPr/><w:tr><w:tc>${p('Card values')}${nested}</w:tc></w:tr></w:tbl>`,
      p('RAG Rating'),
      p('Green'),
    ]);
    const c = (await parse(bytes)).report.cards[0];
    expect([c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw, c.rag?.raw]).toEqual(['LS 2', '60%', '64%', '58%', 'Green']);
  });
});

describe('bad Word files', () => {
  test('each gets one clear line', async () => {
    expect(await reason(new Uint8Array(Buffer.from('this is not a zip at all')))).toBe('damaged: not a .docx (not a zip archive)');
    const noDoc = new JSZip();
    noDoc.file('hello.txt', 'hi');
    expect(await reason(await noDoc.generateAsync({ type: 'uint8array' }))).toBe('damaged: not a Word document (the package has no word/document.xml)');
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await reason(ole)).toMatch(/^encrypted: /);
    const truncated = (await makeDocx([p('Hello')])).slice(0, 60);
    expect(await reason(truncated)).toMatch(/^damaged: /);
  });

  test('a zip bomb is refused before it is expanded', async () => {
    const bomb = new JSZip();
    bomb.file('word/document.xml', `<w:document>${'<w:p/>'.repeat(4_000_000)}</w:document>`);
    const bytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bytes.length).toBeLessThan(200_000);
    expect(await reason(bytes)).toMatch(/^zip-bomb: /);
  });

  test('XML with entity declarations (XXE, billion laughs) is refused', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>');
    expect(await reason(await zip.generateAsync({ type: 'uint8array' }))).toMatch(/^damaged: word\/document.xml declares XML entities/);
  });

  test('deeply nested XML is refused with bounded work', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document><w:body>${'<w:sdt><w:sdtContent>'.repeat(3000)}${'</w:sdtContent></w:sdt>'.repeat(3000)}</w:body></w:document>`);
    expect(await reason(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))).toMatch(/^damaged: /);
  });
});

describe("a Word paper's notes and footer", () => {
  test("a footnote's reference after a figure is a raised mark, its note and the page footer no card's text", async () => {
    const bytes = await makeDocx(
      [
        p('Resources Committee'),
        p('Performance Report – Quarter 2 2024/25'),
        p('3.2 KPI 07 – Percentage of invoices paid within 30 days', 'Heading2'),
        table([
          ['Target', '95%'],
          ['Current value', { text: '', xml: withRuns('91.5%', footnoteRef(1)) }],
          ['Commentary', 'Collection is in line with profile.'],
        ]),
      ],
      { footer: ['Performance Report Q2 2024/25   Page 1 of 1'], footnotes: { 1: 'Provisional figure.' } },
    );
    const { blocks } = await blocksFromBytes('notes.docx', 'docx', bytes);
    const { cards } = parseBlocks(blocks);
    expect(cards.map((c) => [c.printedId, c.title, c.current?.raw, c.commentary])).toEqual([['KPI 07', 'Percentage of invoices paid within 30 days', '91.5%¹', 'Collection is in line with profile.']]);
    expect(blocks.find((b) => b.text === 'Provisional figure.')?.role).toBe('page-footer');
  });
});

describe('a Word form table holding cards one after another', () => {
  test('each title row begins a card (merged across, or beside its rating); cells keep their rows in the table', async () => {
    const bytes = await makeDocx([
      p('Corporate Policy and Resources Committee'),
      p('Performance Report – Quarter 2 2024/25'),
      table([
        [{ text: 'KPI 07 – Percentage of invoices paid within 30 days', span: 2 }],
        ['Target', '95%'],
        ['Current value', '91.5%'],
        ['Commentary', 'Backlog cleared in August.'],
        ['KPI 08 – Average days to process new benefit claims', 'Green'],
        ['Target', '20 days'],
        ['Current value', '18.4 days'],
        ['Commentary', 'Claims automation went live.'],
      ]),
    ]);
    const { blocks } = await blocksFromBytes('form.docx', 'docx', bytes);
    const { cards } = parseBlocks(blocks);
    expect(cards.map((c) => [c.printedId, c.title, c.target?.raw, c.current?.raw, c.rag?.raw ?? null, c.commentary])).toEqual([
      ['KPI 07', 'Percentage of invoices paid within 30 days', '95%', '91.5%', null, 'Backlog cleared in August.'],
      ['KPI 08', 'Average days to process new benefit claims', '20 days', '18.4 days', 'Green', 'Claims automation went live.'],
    ]);
    expect(cards[1].current?.prov.cell).toEqual({ table: cards[0].current!.prov.cell!.table, row: 6, col: 1 });
  });
});

describe('what Word prints of a body', () => {
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const hiddenRun = (text: string) => `<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

  test("a row skipping its first cells ('w:gridBefore') keeps each value under its heading; hidden text is not read", async () => {
    const scorecard = `<w:tbl><w:tblPr/>${[
      `<w:tr>${['Ref', 'Indicator', 'Target', 'Previous', 'Current', 'RAG'].map(cell).join('')}</w:tr>`,
      `<w:tr>${['KPI 07', 'Invoices paid within 30 days', '95%', '93.2%', '91.5%', 'Amber'].map(cell).join('')}</w:tr>`,
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${['Average days to process new claims', '20 days', '22.1 days', '18.4 days', 'Green'].map(cell).join('')}</w:tr>`,
      `<w:tr>${['KPI 09', 'Calls answered', '80%', '78%'].map(cell).join('')}<w:tc><w:p><w:r><w:t>75%</w:t></w:r>${hiddenRun(' (draft: 70%)')}</w:p></w:tc>${cell('Red')}</w:tr>`,
    ].join('')}</w:tbl>`;
    const bytes = await makeDocx([p('Resources Committee'), p('Performance Report – Quarter 2 2024/25'), `<w:p>${hiddenRun('DRAFT – not for publication')}</w:p>`, scorecard]);
    const { blocks } = await blocksFromBytes('printed.docx', 'docx', bytes);
    expect(blocks.some((b) => /DRAFT/.test(b.text))).toBe(false);
    expect(blocks.find((b) => b.kind === 'table')?.rows?.slice(2)).toEqual([
      ['', 'Average days to process new claims', '20 days', '22.1 days', '18.4 days', 'Green'],
      ['KPI 09', 'Calls answered', '80%', '78%', '75%', 'Red'],
    ]);
  });
});

describe("a Word card framed in a one-column table, and a control's placeholder", () => {
  test('the frame holds the title, the figures table and the commentary in order; placeholder text is no text', async () => {
    const placeholder = `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Click or tap here to enter text.</w:t></w:r></w:p></w:sdtContent></w:sdt>`;
    const figures = table([['Target', 'Current', 'Previous', 'RAG'], ['95%', '91.5%', '93.2%', 'Amber']]);
    const frame = `<w:tbl><w:tblPr/>${[p('KPI 07 – Percentage of invoices paid within 30 days'), figures, `${p('Commentary')}${p('Backlog cleared in August.')}`, `${p('Path to green')}${placeholder}`].map((c) => `<w:tr><w:tc>${c}</w:tc></w:tr>`).join('')}</w:tbl>`;
    const bytes = await makeDocx([p('Resources Committee'), p('Performance Report – Quarter 2 2024/25'), frame]);
    const { blocks } = await blocksFromBytes('frame.docx', 'docx', bytes);
    expect(blocks.some((b) => /Click or tap/.test(b.text))).toBe(false);
    const { cards } = parseBlocks(blocks);
    expect(cards.map((c) => [c.printedId, c.title, c.current?.raw, c.rag?.raw, c.commentary, c.pathToGreen])).toEqual([['KPI 07', 'Percentage of invoices paid within 30 days', '91.5%', 'Amber', 'Backlog cleared in August.', null]]);
  });
});
