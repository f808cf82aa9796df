import { describe, expect, test } from '@jest/globals';
import { pdfBlocks } from './index';
import { makePdf, row, type PdfText } from '../../../test/make-pdf';

const HEADINGS = row(80, [[40, 'Ref'], [80, 'Indicator'], [300, 'Target'], [360, 'Actual'], [430, 'RAG']], 9, true);
const ROWS = [
  ['PL01', 'Planning applications decided within the statutory period', '85%', '91%', 'Green'],
  ['PL02', 'Missed bins per 100,000', '50', '71', 'Red'],
  ['PL03', 'Fly-tipping incidents cleared within two working days', '95%', '89%', 'Amber'],
];
const rowsOf = async (texts: PdfText[]) => (await pdfBlocks(makePdf([{ width: 595, height: 842, texts: [...HEADINGS, ...texts] }]))).blocks[0].rows;

/** A scorecard row whose name wraps onto two lines, its other cells placed by `align` in a row of `pitch` points. */
function wrapped(top: number, [ref, name, ...figures]: string[], align: 'top' | 'middle' | 'bottom', pitch = 11): PdfText[] {
  const cut = name.split(' ').length > 4 ? name.split(' ').slice(0, 4).join(' ') : null;
  const lines = cut ? [cut, name.slice(cut.length + 1)] : [name];
  const at = lines.length === 1 ? top : align === 'top' ? top : align === 'bottom' ? top + pitch : top + pitch / 2;
  return [...lines.flatMap((l, i) => row(top + i * pitch, [[80, l]])), ...row(at, [[40, ref], ...figures.map((f, i): [number, string] => [[300, 360, 430][i], f])])];
}

describe('a scorecard whose cells are centred or at the foot of their rows', () => {
  // Cells at the foot (a spreadsheet's default) are not read yet: a wrapped name's first line there looks like
  // a group row over the row (README, 'Not read yet').
  test('cells printed in the middle of their rows: each wrapped name stays with its own figures', async () => {
    const rows = await rowsOf([...wrapped(98, ROWS[0], 'middle'), ...wrapped(124, ROWS[1], 'middle'), ...wrapped(139, ROWS[2], 'middle')]);
    expect(rows).toEqual([['Ref', 'Indicator', 'Target', 'Actual', 'RAG'], ...ROWS]);
  });

  test('cells at the top, rows packed at one line pitch: a wrapped line is the row above’s, as always', async () => {
    const rows = await rowsOf([...wrapped(98, ROWS[0], 'top'), ...wrapped(120, ROWS[1], 'top'), ...wrapped(131, ROWS[2], 'top')]);
    expect(rows).toEqual([['Ref', 'Indicator', 'Target', 'Actual', 'RAG'], ...ROWS]);
  });
});

test('a first row whose name wraps over three lines round its figures, right under the headings', async () => {
  const texts: PdfText[] = [
    ...row(98, [[80, 'Percentage of callers']]),
    ...row(111, [[40, 'CS01'], [80, 'who rated the advisors'], [300, '97%'], [360, '97.4%'], [430, 'Green']]),
    ...row(124, [[80, 'as good']]),
    ...row(144, [[40, 'CS04'], [80, 'Calls answered'], [300, '90%'], [360, '84.2%'], [430, 'Amber']]),
  ];
  expect((await rowsOf(texts))?.slice(1)).toEqual([
    ['CS01', 'Percentage of callers who rated the advisors as good', '97%', '97.4%', 'Green'],
    ['CS04', 'Calls answered', '90%', '84.2%', 'Amber'],
  ]);
});

test('centred cells whose tallest cell is a comment of several lines: each cell goes to the row of its figures', async () => {
  const col = (x: number, top: number, lines: string[]): PdfText[] => lines.map((text, i) => ({ x, top: top + i * 13, text, size: 9 }));
  const texts: PdfText[] = [
    ...row(80, [[40, 'Ref'], [80, 'Indicator'], [300, 'Target'], [360, 'Actual'], [430, 'RAG'], [480, 'Comments']], 9, true),
    // RES 1: figures at 130, its name over two lines and its comment over five lines centred on them.
    ...col(480, 104, ['Slightly behind profile;', 'reminders were issued', 'two weeks later than', 'usual because of the', 'system upgrade.']),
    ...col(80, 124, ['Percentage of Council Tax', 'collected']),
    ...row(130, [[40, 'RES 1'], [300, '56.5%'], [360, '56.1%'], [430, 'Amber']]),
    // RES 2: figures at 204, name over two lines, comment over four.
    ...col(480, 184, ['Long-term absence', 'accounts for 62% of', 'days lost; mental health', 'is the leading reason.']),
    ...col(80, 197, ['Average days lost to', 'sickness per FTE']),
    ...row(204, [[40, 'RES 2'], [300, '8.0'], [360, '9.3'], [430, 'Red']]),
  ];
  const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts }]));
  expect(blocks.find((b) => b.kind === 'table')?.rows?.slice(1)).toEqual([
    ['RES 1', 'Percentage of Council Tax collected', '56.5%', '56.1%', 'Amber', 'Slightly behind profile; reminders were issued two weeks later than usual because of the system upgrade.'],
    ['RES 2', 'Average days lost to sickness per FTE', '8.0', '9.3', 'Red', 'Long-term absence accounts for 62% of days lost; mental health is the leading reason.'],
  ]);
});

describe("names over three lines centred on their row's figures, rows apart (a browser's table)", () => {
  // Each row: the name's first line a line above the figures, its last a line below; rows 8 pt apart.
  const three = (top: number, ref: string, lines: string[], figures: string[]): PdfText[] => [
    ...row(top, [[80, lines[0]]]),
    ...row(top + 13.5, [[40, ref], [80, lines[1]], ...figures.map((f, i): [number, string] => [[300, 360, 430][i], f])]),
    ...row(top + 27, [[80, lines[2]]]),
  ];
  const texts = (headings: PdfText[]) => [
    ...headings,
    ...three(98, 'PT01', ['Concessionary', 'bus journeys', '(thousands)'], ['1,150', '1,098', 'Amber']),
    ...three(145, 'PT02', ['Park and ride', 'passengers', '(thousands)'], ['330', '356', 'Green']),
  ];
  const expected = [
    ['PT01', 'Concessionary bus journeys (thousands)', '1,150', '1,098', 'Amber'],
    ['PT02', 'Park and ride passengers (thousands)', '330', '356', 'Green'],
  ];

  test("the second row's first line is its name's, not a group row over it", async () => {
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts: texts(HEADINGS) }]));
    expect(blocks[0].rows?.slice(1)).toEqual(expected);
  });

  test("under a heading centred over the name column, a name's short lines starting at the column's edge stay in it", async () => {
    const centred = row(80, [[40, 'Ref'], [150, 'Indicator'], [300, 'Target'], [360, 'Actual'], [430, 'RAG']], 9, true);
    const wide = [
      ...centred,
      ...three(98, 'PT01', ['Concessionary bus journeys', 'in the county', '(thousands)'], ['1,150', '1,098', 'Amber']),
      ...three(145, 'PT02', ['Park and ride passenger', 'journeys', '(thousands)'], ['330', '356', 'Green']),
    ];
    const { blocks } = await pdfBlocks(makePdf([{ width: 595, height: 842, texts: wide }]));
    expect(blocks[0].rows?.slice(1)).toEqual([
      ['PT01', 'Concessionary bus journeys in the county (thousands)', '1,150', '1,098', 'Amber'],
      ['PT02', 'Park and ride passenger journeys (thousands)', '330', '356', 'Green'],
    ]);
  });
});
