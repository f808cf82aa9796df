/** RAG ratings shown by colour alone: how the extractor writes such a cell, and the rating a colour shows. */
import type { Rag } from './schema';
import { remembered } from './memo';
import { RAG_HUES, vocabulary } from './lexicon';

/** Marks a cell may print in the rating's colour instead of shading ('●', '■'); arrows say a change, not a rating. */
export const COLOUR_MARKS = '●■◆◼⬤▪';
/** How the extractor writes a cell that shows its rating by colour alone: a square and the fill ('■ #C00000'). */
export const FILL = new RegExp(`^[${COLOUR_MARKS}]?\\s*(#[0-9A-Fa-f]{6})$`);

/** The text for a cell shown only by its fill colour: what a reader sees, a coloured square ('■ #c00000'). */
export const fillText = (hex: string) => `■ #${hex.replace('#', '').toLowerCase()}`;

/** The RAG rating a fill colour shows ('#C00000' → Red, '#FFEB9C' → Amber), or null for greys, whites and blacks. */
export const colourRag = remembered(function colourRag(hex: string): Rag | null {
  const h = `#${hex.replace('#', '').toLowerCase()}`;
  const named = vocabulary().ragColours.get(h);
  if (named) return named;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const light = (max + min) / 2;
  const sat = max === min ? 0 : (max - min) / (1 - Math.abs(2 * light - 1));
  if (sat < 0.3 || light > 0.94 || light < 0.12) return null;
  const d = max - min;
  const hue = (max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4) * 60;
  return RAG_HUES.find((x) => hue >= x.from && hue < x.to)?.rag ?? null;
});
