/**
 * Status words a paper's own key defines ('Status key: OK = on target; Warning = within tolerance; Alert =
 * outwith tolerance', as Pentana exports print them): words the vocabulary does not know as ratings, each
 * defined by words it does. Read as the paper's, as a profile would teach them for every paper.
 */
import type { Rag } from '../schema';
import { ragWord } from '../vocabulary';

/** One entry of a key: a status word or two, '=', ':' or a dash, and its definition. */
const ENTRY = /^([A-Za-z][A-Za-z ]{0,22}?)\s*(?:=|:|\s[–—-])\s*(\S.{2,80})$/;
/** Words that make a definition the stronger of two alike ('significantly below target' beside 'below target'). */
const STRONGER = /\b(?:significantly|substantially|seriously|well|far|more\s+than|considerably)\b/i;

/** The rating a key's definition names: its words, or its first clause's ('significantly below target and deteriorating'). */
function definedRating(definition: string): Rag | null {
  const d = definition.replace(/[.,;]$/, '').trim();
  return ragWord(d) ?? ragWord(d.split(/\s+(?:and|but|or\s+(?=worse|deteriorat))\s+|\s*[,(]\s*/)[0]);
}

/**
 * The ratings a paper's key defines for words the vocabulary lacks, by word in lower case: a line or table of
 * two entries or more, each word defined by a rating's words, no two words the same rating. Of two words
 * defined as one rating, the one defined more strongly ('Inadequate – significantly below target') keeps a
 * Red, the other ('Requires improvement – below target') is Amber.
 */
export function taughtRatings(lines: string[]): Record<string, Rag> {
  const out: Record<string, Rag> = {};
  for (const line of lines) {
    const entries = line.replace(/^\s*(?:(?:status|rag|performance|grading|rating)\s+)?key\s*[:\-–]?\s*/i, '').split(/\s*[;\n]\s*/);
    const found: [string, Rag, boolean][] = [];
    for (const e of entries) {
      const m = ENTRY.exec(e.trim());
      if (!m || ragWord(m[1], true) !== null) continue;
      const rag = definedRating(m[2]);
      if (rag) found.push([m[1].trim().toLowerCase(), rag, STRONGER.test(m[2])]);
    }
    const reds = found.filter(([, r]) => r === 'Red');
    if (reds.length === 2 && reds.filter(([, , strong]) => strong).length === 1 && !found.some(([, r]) => r === 'Amber')) for (const e of reds) if (!e[2]) e[1] = 'Amber';
    if (found.length >= 2 && new Set(found.map(([, r]) => r)).size === found.length) for (const [word, rag] of found) out[word] = rag;
  }
  return out;
}
