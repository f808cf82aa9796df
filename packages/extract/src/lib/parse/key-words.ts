/**
 * Status words a paper's own key defines ('Status key: OK = on target; Warning = within tolerance; Alert =
 * outwith tolerance', as Pentana exports print them): words the vocabulary does not know as ratings, each
 * defined by words it does. Read as the paper's, as a profile would teach them for every paper.
 */
import type { Rag } from '../schema';
import { ragWord } from '../vocabulary';

/** One entry of a key: a status word or two, '=', ':' or a dash, and its definition. */
const ENTRY = /^([A-Za-z][A-Za-z ]{0,18}?)\s*(?:=|:|\s[–—-])\s*(\S.{2,80})$/;

/**
 * The ratings a paper's key defines for words the vocabulary lacks, by word in lower case: a line or table of
 * two entries or more, each word defined by a rating's words, no two words the same rating.
 */
export function taughtRatings(lines: string[]): Record<string, Rag> {
  const out: Record<string, Rag> = {};
  for (const line of lines) {
    const entries = line.replace(/^\s*(?:(?:status|rag|performance)\s+)?key\s*[:\-–]?\s*/i, '').split(/\s*[;\n]\s*/);
    const found: [string, Rag][] = [];
    for (const e of entries) {
      const m = ENTRY.exec(e.trim());
      if (!m || ragWord(m[1], true) !== null) continue;
      const rag = ragWord(m[2].replace(/[.,]$/, '').trim());
      if (rag) found.push([m[1].trim().toLowerCase(), rag]);
    }
    if (found.length >= 2 && new Set(found.map(([, r]) => r)).size === found.length) for (const [word, rag] of found) out[word] = rag;
  }
  return out;
}
