/** What a change since the last period printed in words says ('Improvement', 'Deteriorated slightly', 'N/C'). */
import { CHANGE_WORDS } from './lexicon';
import { remembered } from './memo';

const CHANGE_BY_WORD = new Map(Object.entries(CHANGE_WORDS).flatMap(([meaning, words]) => words.map((w) => [w.toLowerCase(), meaning as Change] as const)));
type Change = keyof typeof CHANGE_WORDS;

/**
 * What a printed change in words says: the lexicon's words ('Better', 'No change'), a word starting so
 * ('Improvement in the quarter', 'Deteriorated slightly'), a bracketed gloss ('Up (improving)'). A negated
 * one ('Improvement not sustained', 'Not improving') says nothing. Null for anything else.
 */
export const changeWord = remembered(function changeWord(text: string): Change | null {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const listed = CHANGE_BY_WORD.get(t);
  if (listed) return listed;
  const gloss = /^([^(]*)\(([^)]+)\)$/.exec(t);
  if (gloss) return changeWord(gloss[2]) ?? (gloss[1].trim() ? changeWord(gloss[1]) : null);
  if (/\b(?:not|no longer|never)\b|n't\b/.test(t)) return null;
  if (/^(?:improv|better\b)/.test(t)) return 'improving';
  if (/^(?:declin|deterior|worse)/.test(t)) return 'declining';
  return null;
});
