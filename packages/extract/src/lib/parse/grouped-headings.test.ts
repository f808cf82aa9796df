import { describe, expect, test } from '@jest/globals';
import { blocksFromBytes } from '../read/document';
import { parseBlocks } from './report';
import { groupedHeading } from './value-headings';
import { makeDocx, p, table } from '../../test/make-docx';
import { makePdf, row, type PdfText } from '../../test/make-pdf';

/** A scorecard whose heading is printed on two rows: each quarter over its own figures' labels. */
const KPIS = [
  ['PL01', 'Planning applications decided in time', '88%', 'Green', '91%', '85%', 'Green', 'Above target all year.'],
  ['PL02', 'Missed bin collections per 100,000', '62', 'Amber', '71', '50', 'Red', 'Crew shortages in December.'],
  ['PL03', 'Fly-tipping incidents cleared in 2 days', '93%', 'Green', '89%', '95%', 'Amber', 'Christmas backlog.'],
];
/** What each row holds: this quarter's actual, target and RAG; last quarter's actual and RAG as previous. */
const EXPECTED = [
  ['PL01', '85%', '91%', '88%', 'Green', 'Green', 'Above target all year.'],
  ['PL02', '50', '71', '62', 'Red', 'Amber', 'Crew shortages in December.'],
  ['PL03', '95%', '89%', '93%', 'Amber', 'Green', 'Christmas backlog.'],
];

function rowsOf(blocks: Awaited<ReturnType<typeof blocksFromBytes>>['blocks']) {
  return parseBlocks(blocks).scorecard.map((r) => [r.printedId, r.target?.raw, r.current?.raw, r.previous?.raw, r.rag?.raw, r.previousRag?.raw, r.commentary]);
}

describe('a scorecard heading printed on two rows (a period over its figures)', () => {
  test('Word: merged cells across each quarter and down the name columns', async () => {
    const docx = await makeDocx([
      p('Place Overview and Scrutiny Committee', 'Heading1'),
      table([
        [{ text: 'Ref', vMerge: 'restart' }, { text: 'Indicator', vMerge: 'restart' }, { text: 'Quarter 2 2024/25', span: 2 }, { text: 'Quarter 3 2024/25', span: 3 }, { text: 'Comments', vMerge: 'restart' }],
        [{ text: '', vMerge: 'continue' }, { text: '', vMerge: 'continue' }, 'Actual', 'RAG', 'Actual', 'Target', 'RAG', { text: '', vMerge: 'continue' }],
        ...KPIS,
      ]),
    ]);
    const { blocks } = await blocksFromBytes('scorecard.docx', 'docx', docx);
    expect(rowsOf(blocks)).toEqual(EXPECTED);
  });

  test('markdown: the group row first, its cells after a group left empty', async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const md = [
      '# Place Overview and Scrutiny Committee',
      '',
      '| Ref | Indicator | Quarter 2 2024/25 | | Quarter 3 2024/25 | | | Comments |',
      '|---|---|---|---|---|---|---|---|',
      '| | | Actual | RAG | Actual | Target | RAG | |',
      ...KPIS.map((k) => `| ${k.join(' | ')} |`),
    ].join('\n');
    expect(rowsOf(await markdownBlocks(md))).toEqual(EXPECTED);
  });

  test('PDF: a group heading centred over the headings of its columns', async () => {
    const xs = [40, 80, 250, 290, 335, 375, 415, 460];
    const texts: PdfText[] = [
      { x: 40, top: 40, text: 'Place Overview and Scrutiny Committee', size: 14, bold: true },
      ...row(80, [[40, 'Ref'], [80, 'Indicator'], [248, 'Quarter 2 2024/25'], [345, 'Quarter 3 2024/25'], [460, 'Comments']], 9, true),
      ...row(94, [[250, 'Actual'], [290, 'RAG'], [335, 'Actual'], [375, 'Target'], [415, 'RAG']], 9, true),
      ...KPIS.flatMap((k, i) => row(112 + i * 16, k.map((t, c) => [xs[c], t] as [number, string]))),
    ];
    const { blocks } = await blocksFromBytes('scorecard.pdf', 'pdf', makePdf([{ width: 595, height: 842, texts }]));
    expect(rowsOf(blocks)).toEqual(EXPECTED);
  });

  test('PDF: a heading wrapped onto a second line beside bottom-aligned headings is one heading, no group', async () => {
    const xs = [40, 80, 250, 300, 350, 420];
    const texts: PdfText[] = [
      ...row(80, [[350, 'Direction of']], 9, true),
      ...row(92, [[40, 'Ref'], [80, 'Indicator'], [250, 'Target'], [300, 'Actual'], [350, 'Travel'], [420, 'RAG']], 9, true),
      ...KPIS.map((k) => [k[0], k[1], k[5], k[4], '↑', k[6]]).flatMap((k, i) => row(110 + i * 16, k.map((t, c) => [xs[c], t] as [number, string]))),
    ];
    const { blocks } = await blocksFromBytes('scorecard.pdf', 'pdf', makePdf([{ width: 595, height: 842, texts }]));
    expect(blocks.find((b) => b.kind === 'table')?.rows?.[0]).toEqual(['Ref', 'Indicator', 'Target', 'Actual', 'Direction of Travel', 'RAG']);
    expect(rowsOf(blocks).map((r) => r.slice(0, 5))).toEqual(EXPECTED.map((e) => [e[0], e[1], e[2], undefined, e[4]]));
  });

  test('a first row that groups nothing is an ordinary heading row', () => {
    expect(groupedHeading(['Ref', 'Indicator', 'Target', 'Actual'], ['PL01', 'Planning', '85%', '91%'])).toBeNull();
    expect(groupedHeading(['Ref', 'Indicator', 'Target', 'Actual'], ['', '', 'Annual', 'Q3'])).toBeNull();
    expect(groupedHeading(['Indicator', 'Last quarter', 'Last quarter', 'This quarter', 'This quarter'], ['', 'Actual', 'RAG', 'Actual', 'RAG'])).toEqual([
      'Indicator',
      'Last quarter Actual',
      'Last quarter RAG',
      'This quarter Actual',
      'This quarter RAG',
    ]);
  });
});

describe('headings of a group and its column read as one', () => {
  test("'Last quarter' over 'Actual | RAG' beside 'This quarter' over the same: previous and current", async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const md = [
      '| Indicator | This quarter | | Last quarter | |',
      '|---|---|---|---|---|',
      '| | Actual | RAG | Actual | RAG |',
      '| Rent collected | 98.1% | Green | 97.2% | Amber |',
      '| Homes relet within 28 days | 64% | Red | 70% | Amber |',
    ].join('\n');
    expect(rowsOf(await markdownBlocks(md)).map((r) => r.slice(1, 6))).toEqual([
      [undefined, '98.1%', '97.2%', 'Green', 'Amber'],
      [undefined, '64%', '70%', 'Red', 'Amber'],
    ]);
  });
});

describe("a card's value table with its heading on two rows", () => {
  test('Word: the quarter merged over Actual | Target | RAG, last quarter beside it', async () => {
    const docx = await makeDocx([
      p('HS 04: Households in temporary accommodation', 'Heading2'),
      table([
        [{ text: 'Quarter 2 2024/25', span: 2 }, { text: 'Quarter 3 2024/25', span: 3 }],
        ['Actual', 'RAG', 'Actual', 'Target', 'RAG'],
        ['138', 'Amber', '143', '120', 'Red'],
      ]),
      p('Commentary', 'Heading3'),
      p('Demand continues to rise; a new prevention officer started in September.'),
    ]);
    const { blocks } = await blocksFromBytes('card.docx', 'docx', docx);
    const [card] = parseBlocks(blocks).cards;
    expect([card.printedId, card.target?.raw, card.current?.raw, card.previous?.raw, card.rag?.raw, card.previousRag?.raw, card.currentLabel]).toEqual(['HS 04', '120', '143', '138', 'Red', 'Amber', 'Quarter 3 2024/25 Actual']);
  });
});

test('PDF: Ref and Indicator spanning both heading rows, centred between them, beside the groups', async () => {
  const xs = [40, 80, 250, 290, 335, 375, 415, 460];
  const texts: PdfText[] = [
    ...row(80, [[248, 'Quarter 2 2024/25'], [345, 'Quarter 3 2024/25']], 9, true),
    ...row(87, [[40, 'Ref'], [80, 'Indicator'], [460, 'Comments']], 9, true),
    ...row(94, [[250, 'Actual'], [290, 'RAG'], [335, 'Actual'], [375, 'Target'], [415, 'RAG']], 9, true),
    ...KPIS.flatMap((k, i) => row(112 + i * 16, k.map((t, c) => [xs[c], t] as [number, string]))),
  ];
  const { blocks } = await blocksFromBytes('scorecard.pdf', 'pdf', makePdf([{ width: 595, height: 842, texts }]));
  expect(rowsOf(blocks)).toEqual(EXPECTED);
});
