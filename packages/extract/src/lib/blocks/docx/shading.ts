/**
 * Table cells that show a RAG rating by colour alone: a cell shaded red, amber or green with no words in it,
 * or only a symbol ('●') printed in that colour. mammoth keeps neither shading nor colour, so such a cell is
 * given the text a reader sees, a coloured square and its colour ('■ #c00000'), before mammoth reads the body;
 * the vocabulary reads the rating from the colour (a profile's `colours` may name any other).
 */
import { colourRag, fillText } from '../../vocabulary';

/** A cell with no table inside it (the innermost `w:tc`). */
const CELL = /<w:tc(?:\s[^>]*)?>(?:(?!<w:tc[ >])[\s\S])*?<\/w:tc>/g;
const FILL = /<w:tcPr>(?:(?!<\/w:tcPr>)[\s\S])*?<w:shd\b[^>]*\bw:fill="([0-9A-Fa-f]{6})"/;
const RUN_COLOUR = /<w:color\b[^>]*\bw:val="([0-9A-Fa-f]{6})"/;
/** Marks a cell may print in the rating's colour instead of shading ('●', '■'); arrows say a change, not a rating. */
const MARK = /^[●■◆◼⬤▪]$/u;

/** The cell's text as Word holds it (runs' `w:t`). */
const textOf = (cell: string) => [...cell.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').trim();

/** The document body with colour-only RAG cells given their colour as text; null when there are none. */
export function colourOnlyCells(documentXml: string): string | null {
  if (!documentXml.includes('w:fill=') && !documentXml.includes('w:color ')) return null;
  let changed = false;
  const out = documentXml.replace(CELL, (cell) => {
    const text = textOf(cell);
    const fill = FILL.exec(cell)?.[1];
    const colour = !text && fill && colourRag(fill) ? fill : MARK.test(text) ? RUN_COLOUR.exec(cell)?.[1] : undefined;
    if (!colour || !colourRag(colour)) return cell;
    const at = cell.lastIndexOf('</w:p>');
    if (at < 0) return cell;
    changed = true;
    const shown = text ? ` #${colour.toLowerCase()}` : fillText(colour);
    return `${cell.slice(0, at)}<w:r><w:t xml:space="preserve">${shown}</w:t></w:r>${cell.slice(at)}`;
  });
  return changed ? out : null;
}
