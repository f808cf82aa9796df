/** What a change since the last period printed in words says ('Improvement', 'Deteriorated slightly', 'No change'). */
import { CHANGE_DENIALS, CHANGE_STEMS, CHANGE_WORDS, escapeRegExp as esc } from './lexicon';
import { remembered } from './memo';

const CHANGE_BY_WORD = new Map(Object.entries(CHANGE_WORDS).flatMap(([meaning, words]) => words.map((w) => [w.toLowerCase(), meaning as Change] as const)));
type Change = keyof typeof CHANGE_WORDS;
const DENIED = new RegExp(`(?:^|\\s)(?:${CHANGE_DENIALS.map(esc).join('|')})(?=\\s|$)|n't\\b`);
const STEM = (Object.entries(CHANGE_STEMS) as [Change, string[]][]).map(([meaning, stems]) => [meaning, new RegExp(`^(?:${stems.map(esc).join('|')})`)] as const);

/**
 * What a printed change in words says: the lexicon's words ('Better', 'No change'), a word starting so
 * ('Improvement in the quarter', 'Deteriorated slightly'), a bracketed gloss ('Up (improving)'). One the
 * lexicon's denials turn ('Improvement not sustained', 'Improvement required') says nothing. Null otherwise.
 */
export const changeWord = remembered(function changeWord(text: string): Change | null {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const listed = CHANGE_BY_WORD.get(t);
  if (listed) return listed;
  const gloss = /^([^(]*)\(([^)]+)\)$/.exec(t);
  if (gloss) return changeWord(gloss[2]) ?? (gloss[1].trim() ? changeWord(gloss[1]) : null);
  if (DENIED.test(t)) return null;
  // An arrow may lead the words ('↑ improved on same period last year'): the words decide.
  const words = t.replace(/^[^\p{L}\d]+/u, '');
  return STEM.find(([, re]) => re.test(words))?.[0] ?? null;
});
