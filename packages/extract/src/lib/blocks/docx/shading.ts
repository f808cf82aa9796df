/**
 * Table cells that show a RAG rating by colour alone: a cell of a RAG column shaded red, amber or green with
 * no words in it (cell or paragraph shading, a solid pattern, a highlighter), or only a symbol ('●', a
 * Wingdings mark) printed in that colour. mammoth keeps neither shading nor colour, so such a cell is
 * given the text a reader sees, a coloured square and its colour ('■ #c00000'), before mammoth reads the body;
 * the vocabulary reads the rating from the colour (a profile's `colours` may name any other).
 */
import { colourRag, fillText, isRagHeading } from '../../vocabulary';
import { COLOUR_MARKS } from '../../colours';

/** A cell with no table inside it (the innermost `w:tc`). */
const CELL = /<w:tc(?:\s[^>]*)?>(?:(?!<w:tc[ >])[\s\S])*?<\/w:tc>/g;
const FILL = /<w:tcPr>(?:(?!<\/w:tcPr>)[\s\S])*?(<w:shd\b[^>]*>)/;
/** Shading of the cell's paragraph rather than the cell: it fills the cell all the same. */
const PARAGRAPH_FILL = /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?(<w:shd\b[^>]*>)/;
const RUN_COLOUR = /<w:color\b[^>]*\bw:val="([0-9A-Fa-f]{6})"/;
/** A highlighter's colour on the cell's blank run ('yellow'), as Word names the few it has. */
const HIGHLIGHT = /<w:highlight\b[^>]*\bw:val="([A-Za-z]+)"/;
const HIGHLIGHTS: Record<string, string> = { yellow: 'FFFF00', green: '00FF00', red: 'FF0000', darkRed: '800000', darkGreen: '008000', darkYellow: '808000', blue: '0000FF', darkBlue: '000080' };
/** A cell holding only a mark printed in the rating's colour. */
const MARK = new RegExp(`^[${COLOUR_MARKS}]$`, 'u');
/** A symbol font's mark ('l' in Wingdings is '●'), typed in that font or inserted as a symbol (`w:sym`). */
const SYMBOL_FONT = /<w:rFonts\b[^>]*"(?:Wingdings[^"]*|Webdings|Symbol)"/;
const SYMBOL = /<w:sym\b[^>]*\bw:font="(?:Wingdings[^"]*|Webdings|Symbol)"/;

/** The cell's text as Word holds it (runs' `w:t`). */
const textOf = (cell: string) => [...cell.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').trim();

/** A table with no table inside it, and its rows. */
const TABLE = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<\/w:tbl>/g;
const ROW = /<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g;
const SPAN = /<w:gridSpan\b[^>]*\bw:val="(\d+)"/;


/**
 * The colour a shading shows: its fill, or where a solid pattern covers it (`w:val="solid"`), the pattern's
 * colour; 'auto' and 'clear' show nothing of their own.
 */
function shownColour(shd: string | undefined): string | undefined {
  if (!shd) return undefined;
  const fill = /\bw:fill="([0-9A-Fa-f]{6})"/.exec(shd)?.[1];
  const pattern = /\bw:color="([0-9A-Fa-f]{6})"/.exec(shd)?.[1];
  return /\bw:val="solid"/.test(shd) && pattern ? pattern : fill;
}

/** A cell's one mark in a symbol font, or a mark the text shows ('●'). */
const markOnly = (cell: string, text: string) => MARK.test(text) || (!text && SYMBOL.test(cell)) || ([...text].length === 1 && SYMBOL_FONT.test(cell));

/** A cell given its colour as text, when it shows a rating by colour alone; null when it does not. */
function colourCell(cell: string): string | null {
  const text = textOf(cell);
  const highlight = HIGHLIGHTS[HIGHLIGHT.exec(cell)?.[1] ?? ''];
  const fill = shownColour(FILL.exec(cell)?.[1]) ?? shownColour(PARAGRAPH_FILL.exec(cell)?.[1]) ?? highlight;
  const colour = !text && fill && colourRag(fill) ? fill : markOnly(cell, text) ? RUN_COLOUR.exec(cell)?.[1] : undefined;
  if (!colour || !colourRag(colour)) return null;
  // A mark keeps its text; a symbol font's letter ('l') is no word of the cell, so the colour stands in its place.
  const shown = MARK.test(text) ? ` #${colour.toLowerCase()}` : fillText(colour);
  if (!MARK.test(text)) cell = cell.replace(/<w:r\b(?:(?!<\/w:r>)[\s\S])*<\/w:r>/g, '');
  const run = `<w:r><w:t xml:space="preserve">${shown}</w:t></w:r>`;
  const at = cell.lastIndexOf('</w:p>');
  if (at >= 0) return `${cell.slice(0, at)}${run}${cell.slice(at)}`;
  // An empty paragraph may be written self-closed ('<w:p/>', as python-docx does).
  const empty = /<w:p(?:\s[^>]*)?\/>(?![\s\S]*<w:p[ >/])/.exec(cell);
  return empty ? `${cell.slice(0, empty.index)}${empty[0].replace('/>', '>')}${run}</w:p>${cell.slice(empty.index + empty[0].length)}` : null;
}

/**
 * The document body with colour-only RAG cells given their colour as text; null when there are none. Only
 * cells of a column headed as a RAG, in a row not banded (every shaded cell of one colour), and cells beside
 * a form's RAG label ('RAG rating | ■') are read.
 */
export function colourOnlyCells(documentXml: string): string | null {
  if (!documentXml.includes('w:fill=') && !documentXml.includes('w:color ') && !documentXml.includes('w:highlight')) return null;
  let changed = false;
  const out = documentXml.replace(TABLE, (table) => {
    // RAG columns are named in the heading rows (the first two: a heading may be printed on two rows).
    const ragCols = new Set<number>();
    let rowNo = 0;
    return table.replace(ROW, (row) => {
      const cells = [...row.matchAll(CELL)].map((m) => ({ xml: m[0], at: m.index!, span: Number(SPAN.exec(m[0])?.[1] ?? 1) }));
      let col = 0;
      const placed = cells.map((c) => ({ ...c, col: (col += c.span) - c.span }));
      const heading = placed.filter((c) => isRagHeading(textOf(c.xml)));
      // A form's row: the label 'RAG rating' and, in the cell beside it, the rating shown by colour alone.
      const beside = placed.flatMap((c, i) => (isRagHeading(textOf(c.xml)) && placed[i + 1] ? [placed[i + 1]] : [])).map((c) => ({ c, coloured: colourCell(c.xml) }));
      if (beside.some((b) => b.coloured)) {
        changed = true;
        if (rowNo++ < 2) heading.forEach((c) => ragCols.add(c.col));
        return beside.reverse().reduce((out, { c, coloured }) => (coloured ? `${out.slice(0, c.at)}${coloured}${out.slice(c.at + c.xml.length)}` : out), row);
      }
      if (rowNo++ < 2 && (rowNo === 1 || heading.length)) {
        heading.forEach((c) => ragCols.add(c.col));
        return row;
      }
      // A banded row: every shaded cell outside the RAG columns of one colour.
      const fills = placed.filter((c) => !ragCols.has(c.col)).map((c) => shownColour(FILL.exec(c.xml)?.[1])?.toLowerCase()).filter(Boolean);
      if (fills.length >= 2 && new Set(fills).size === 1 && fills.length >= placed.filter((c) => !ragCols.has(c.col)).length - 1) return row;
      let out = row;
      for (const c of [...placed].reverse()) {
        if (!ragCols.has(c.col)) continue;
        const coloured = colourCell(c.xml);
        if (!coloured) continue;
        changed = true;
        out = `${out.slice(0, c.at)}${coloured}${out.slice(c.at + c.xml.length)}`;
      }
      return out;
    });
  });
  return changed ? out : null;
}
