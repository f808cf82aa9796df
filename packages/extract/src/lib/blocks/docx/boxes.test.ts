import { describe, expect, test } from '@jest/globals';
import { blocksFromBytes } from '../../read/document';
import { parseBlocks } from '../../parse/report';
import { makeDocx, p } from '../../../test/make-docx';

const emu = (pt: number) => Math.round(pt * 12700);

/** A floating text box at (x, y) points from its paragraph, as Word writes it: DrawingML, with or without its VML fallback. */
function box(lines: string[], at: { x: number; y: number; w: number; h: number }, fallback: boolean): string {
  const content = `<w:txbxContent>${lines.map((l) => p(l)).join('')}</w:txbxContent>`;
  const drawing = `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>${emu(at.x)}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>${emu(at.y)}</wp:posOffset></wp:positionV><wp:extent cx="${emu(at.w)}" cy="${emu(at.h)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="${at.x + at.y}" name="Text Box ${at.x + at.y}"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:txbx>${content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  if (!fallback) return `<w:r>${drawing}</w:r>`;
  const vml = `<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" type="#_x0000_t202" style="position:absolute;margin-left:${at.x}pt;margin-top:${at.y}pt;width:${at.w}pt;height:${at.h}pt;z-index:251659264"><v:textbox>${content}</v:textbox></v:shape></w:pict>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`;
}

/** A paragraph tall enough for its tile, anchoring the boxes in the order they were drawn. */
const anchoring = (boxes: string[]) => `<w:p><w:pPr><w:spacing w:after="2400"/></w:pPr>${boxes.join('')}</w:p>`;

interface Tile {
  title: string;
  target: string;
  previous: string;
  current: string;
  rag: string;
}

/** A dashboard tile: the title across the top, then labels over their values; the values were drawn first, the labels after. */
function labelsOverValues(t: Tile, fallback: boolean): string {
  const cell = (x: number, y: number) => ({ x, y, w: 110, h: 24 });
  return anchoring([
    box([t.previous], cell(0, 60), fallback),
    box([t.target], cell(120, 60), fallback),
    box([t.current], cell(240, 60), fallback),
    box([t.rag], cell(360, 60), fallback),
    box(['Previous (Q1)'], cell(0, 32), fallback),
    box(['Target'], cell(120, 32), fallback),
    box(['Current (Q2)'], cell(240, 32), fallback),
    box(['RAG status'], cell(360, 32), fallback),
    box([t.title], { x: 0, y: 0, w: 470, h: 26 }, fallback),
  ]);
}

/** A tile whose labels stand left of their values, each pair drawn value first. */
function labelsBesideValues(t: Tile, fallback: boolean): string {
  const pair = (label: string, value: string, y: number) => [box([value], { x: 150, y, w: 90, h: 20 }, fallback), box([label], { x: 0, y, w: 140, h: 20 }, fallback)];
  return anchoring([...pair('Target', t.target, 30), ...pair('Previous quarter', t.previous, 54), ...pair('This quarter', t.current, 78), ...pair('RAG rating', t.rag, 102), box([t.title], { x: 0, y: 0, w: 400, h: 24 }, fallback)]);
}

const TILES: Tile[] = [
  { title: 'KPI 07 – Percentage of invoices paid within 30 days', target: '95%', previous: '93.2%', current: '91.5%', rag: 'Amber' },
  { title: 'KPI 08 – Council tax collected', target: '97%', previous: '96.1%', current: '97.4%', rag: 'Green' },
];

async function cardsOf(tiles: string[]) {
  const bytes = await makeDocx([p('Resources Committee'), p('Performance Report – Quarter 2 2024/25'), ...tiles]);
  const { blocks } = await blocksFromBytes('tiles.docx', 'docx', bytes);
  return { blocks, cards: parseBlocks(blocks).cards };
}

const EXPECTED = [
  ['KPI 07', 'Percentage of invoices paid within 30 days', '95%', '93.2%', '91.5%', 'Amber'],
  ['KPI 08', 'Council tax collected', '97%', '96.1%', '97.4%', 'Green'],
];

describe('text boxes anchored in one paragraph are read in the order a reader sees them', () => {
  for (const fallback of [false, true]) {
    const saved = fallback ? 'with its VML fallback (mammoth reads the fallback)' : 'as DrawingML only';
    test(`a tile of labels over values, drawn values first, saved ${saved}: no label takes its neighbour's value`, async () => {
      const { blocks, cards } = await cardsOf(TILES.map((t) => labelsOverValues(t, fallback)));
      expect(cards.map((c) => [c.printedId, c.title, c.target?.raw, c.previous?.raw, c.current?.raw, c.rag?.raw])).toEqual(EXPECTED);
      // Each value keeps the box it came from: the grid is a table of the boxes, cell by cell, and the table's origin is the boxes.
      const cell = cards[0].previous!.prov.cell!;
      expect([cell.row, cell.col, blocks[cell.table].prov.origin, cards[0].previous!.prov.origin]).toEqual([1, 0, 'textbox', 'textbox']);
      expect(blocks.filter((b) => b.prov.origin === 'textbox').map((b) => b.text || b.rows)).toEqual([
        TILES[0].title,
        [['Previous (Q1)', 'Target', 'Current (Q2)', 'RAG status'], ['93.2%', '95%', '91.5%', 'Amber']],
        TILES[1].title,
        [['Previous (Q1)', 'Target', 'Current (Q2)', 'RAG status'], ['96.1%', '97%', '97.4%', 'Green']],
      ]);
    });

    test(`a tile of labels beside values, each value drawn before its label, saved ${saved}`, async () => {
      const { cards } = await cardsOf(TILES.map((t) => labelsBesideValues(t, fallback)));
      expect(cards.map((c) => [c.printedId, c.title, c.target?.raw, c.previous?.raw, c.current?.raw, c.rag?.raw])).toEqual(EXPECTED);
    });
  }

  test('boxes in a column (one to a line) follow one another from the top, wherever they were drawn', async () => {
    const column = anchoring([
      box(['Council tax collected in year: 97.4% against a target of 97%.'], { x: 0, y: 60, w: 400, h: 24 }, false),
      box(['KPI 08 – Council tax collected'], { x: 0, y: 0, w: 400, h: 24 }, false),
      box(['Green'], { x: 0, y: 30, w: 400, h: 24 }, false),
    ]);
    const { blocks } = await cardsOf([column]);
    expect(blocks.filter((b) => b.prov.origin === 'textbox').map((b) => b.text)).toEqual(['KPI 08 – Council tax collected', 'Green', 'Council tax collected in year: 97.4% against a target of 97%.']);
  });
});
