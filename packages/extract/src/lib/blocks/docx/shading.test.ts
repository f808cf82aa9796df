import { describe, expect, test } from '@jest/globals';
import { blocksFromBytes } from '../../read/document';
import { parseBlocks } from '../../parse/report';
import { makeDocx, p, table } from '../../../test/make-docx';
import { Profile, useProfile } from '../../lexicon';
import { ragWord } from '../../vocabulary';

/** A cell shaded with `fill`, holding `text` (none: the colour alone) in a run of colour `colour`. */
const shaded = (fill: string | null, text = '', colour?: string) =>
  `<w:tc><w:tcPr>${fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : ''}</w:tcPr><w:p>${text ? `<w:r>${colour ? `<w:rPr><w:color w:val="${colour}"/></w:rPr>` : ''}<w:t>${text}</w:t></w:r>` : ''}</w:p></w:tc>`;

async function scorecard(cells: string[]) {
  let body = table([
    ['Ref', 'Indicator', 'Target', 'Actual', 'RAG'],
    ['HS1', 'Rent collected', '97.5%', '98.1%', '@0'],
    ['HS2', 'Homes relet within 28 days', '80%', '64%', '@1'],
    ['HS3', 'Repairs completed on time', '90%', '87%', '@2'],
    ['HS4', 'Complaints answered in time', '95%', '95%', '@3'],
  ]);
  cells.forEach((cell, i) => (body = body.replace(`<w:tc>${p(`@${i}`)}</w:tc>`, cell)));
  // A grey heading row: shading with words in it is no rating.
  body = body.replace(`<w:tc>${p('RAG')}</w:tc>`, shaded('D9D9D9', 'RAG'));
  const docx = await makeDocx([p('Housing Scrutiny Committee', 'Heading1'), body]);
  return (await blocksFromBytes('colours.docx', 'docx', docx)).blocks;
}

/** A RAG cell shown other ways Word offers: a solid pattern, a Wingdings dot (typed or a symbol), paragraph shading, a highlighter. */
const solid = (colour: string) => `<w:tc><w:tcPr><w:shd w:val="solid" w:color="${colour}" w:fill="auto"/></w:tcPr><w:p><w:r/></w:p></w:tc>`;
const wingdings = (colour: string) => `<w:tc><w:tcPr/><w:p><w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/><w:color w:val="${colour}"/></w:rPr><w:t>l</w:t></w:r></w:p></w:tc>`;
const symbol = (colour: string) => `<w:tc><w:tcPr/><w:p><w:r><w:rPr><w:color w:val="${colour}"/></w:rPr><w:sym w:font="Wingdings" w:char="F06C"/></w:r></w:p></w:tc>`;
const paragraph = (fill: string) => `<w:tc><w:tcPr/><w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="${fill}"/></w:pPr><w:r/></w:p></w:tc>`;
const highlighted = (name: string) => `<w:tc><w:tcPr/><w:p><w:r><w:rPr><w:highlight w:val="${name}"/></w:rPr><w:t xml:space="preserve">   </w:t></w:r></w:p></w:tc>`;

describe('Word: a RAG shown by colour alone, the other ways Word offers', () => {
  test('a solid pattern, a Wingdings dot typed or inserted, paragraph shading and a highlighter read as ratings (before: none)', async () => {
    const first = parseBlocks(await scorecard([solid('FFC000'), wingdings('FF0000'), symbol('00B050'), paragraph('FFC000')])).scorecard;
    expect(first.map((r) => ragWord(r.rag?.raw ?? '', true))).toEqual(['Amber', 'Red', 'Green', 'Amber']);
    const second = parseBlocks(await scorecard([highlighted('yellow'), highlighted('green'), highlighted('red'), shaded(null)])).scorecard;
    expect(second.map((r) => ragWord(r.rag?.raw ?? '', true))).toEqual(['Amber', 'Green', 'Red', null]);
  });
});

describe('Word: a RAG shown by colour alone', () => {
  test('cells shaded red, amber and green with no words, or a coloured dot, read as their ratings', async () => {
    const blocks = await scorecard([shaded('00B050'), shaded('FF0000'), shaded('FFC000'), shaded(null, '●', '92D050')]);
    const rows = parseBlocks(blocks).scorecard;
    expect(rows.map((r) => [r.printedId, r.rag?.raw])).toEqual([
      ['HS1', '■ #00b050'],
      ['HS2', '■ #ff0000'],
      ['HS3', '■ #ffc000'],
      ['HS4', '● #92d050'],
    ]);
    expect(rows.map((r) => ragWord(r.rag!.raw, true))).toEqual(['Green', 'Red', 'Amber', 'Green']);
    // The heading row's grey shading added nothing to its words.
    expect(blocks.find((b) => b.kind === 'table')?.rows?.[0]).toEqual(['Ref', 'Indicator', 'Target', 'Actual', 'RAG']);
  });

  test('a grey or white cell rates nothing; a profile names a colour of its own', async () => {
    const blocks = await scorecard([shaded('D9D9D9'), shaded('FFFFFF'), shaded('7030A0'), shaded('00B050', 'G')]);
    expect(parseBlocks(blocks).scorecard.map((r) => r.rag?.raw ?? null)).toEqual([null, null, null, 'G']);
    useProfile(Profile.parse({ colours: { '#7030A0': 'Red' } }));
    try {
      const again = await scorecard([shaded('D9D9D9'), shaded('FFFFFF'), shaded('7030A0'), shaded('00B050', 'G')]);
      const rags = parseBlocks(again).scorecard.map((r) => r.rag?.raw ?? null);
      expect(rags).toEqual([null, null, '■ #7030a0', 'G']);
      expect(ragWord(rags[2]!, true)).toBe('Red');
    } finally {
      useProfile(null);
    }
  });
});

describe('Word: shading that is not a rating', () => {
  test('banded rows, shaded cells outside the RAG column and a shaded heading stay as printed; an empty cell written <w:p/> is read', async () => {
    const band = (text: string) => shaded('DEEAF6', text);
    let body = table([
      ['Ref', 'Indicator', 'Previous', 'Actual', 'RAG', 'Comments'],
      ['CP1', 'Calls answered in 60 seconds', '@p', '84%', '@r', '@c'],
      ['CP2', 'Complaints answered in time', '94.8%', '96.2%', '@g', 'On track.'],
    ]);
    // CP1's row is banded: every cell pale blue, its empty Previous, RAG and Comments cells too.
    for (const [key, cell] of [['@p', band('')], ['@r', band('')], ['@c', band('')]]) body = body.replace(`<w:tc>${p(key)}</w:tc>`, cell);
    for (const text of ['CP1', 'Calls answered in 60 seconds', '84%']) body = body.replace(`<w:tc>${p(text)}</w:tc>`, band(text));
    // CP2's RAG: a red cell whose empty paragraph is self-closed.
    body = body.replace(`<w:tc>${p('@g')}</w:tc>`, '<w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FF0000"/></w:tcPr><w:p/></w:tc>');
    const docx = await makeDocx([p('Housing Scrutiny Committee', 'Heading1'), body]);
    const rows = parseBlocks((await blocksFromBytes('banded.docx', 'docx', docx)).blocks).scorecard;
    expect(rows.map((r) => [r.printedId, r.previous?.raw ?? null, r.rag?.raw ?? null, r.commentary])).toEqual([
      ['CP1', null, null, null],
      ['CP2', '94.8%', '■ #ff0000', 'On track.'],
    ]);
  });
});

describe("Word: a form's RAG shown by colour alone beside its label", () => {
  test("'RAG rating' and beside it a cell shaded amber with no words, or a red dot: the card's rating", async () => {
    const form = (rag: string) => {
      let body = table([['Target', '95%'], ['Current value', '91.5%'], ['RAG rating', '@0'], ['Commentary', 'Backlog cleared.']]);
      body = body.replace(`<w:tc>${p('@0')}</w:tc>`, rag);
      return body;
    };
    const docx = await makeDocx([p('KPI 07 – Percentage of invoices paid within 30 days', 'Heading2'), form(shaded('FFC000')), p('KPI 08 – Calls answered', 'Heading2'), form(shaded(null, '●', 'FF0000'))]);
    const { cards } = parseBlocks((await blocksFromBytes('form.docx', 'docx', docx)).blocks);
    expect(cards.map((c) => [c.printedId, c.rag?.raw, ragWord(c.rag?.raw ?? '', true)])).toEqual([
      ['KPI 07', '■ #ffc000', 'Amber'],
      ['KPI 08', '● #ff0000', 'Red'],
    ]);
  });
});
