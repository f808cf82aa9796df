/** Printed values as tokens: numbers, arrows, change words, direction words, empties ('N/A', 'TBC'); which field each can fill. */
import { ARROWS, CHANGE_WORDS, DIRECTION_FILLERS, DIRECTION_WORDS, type Field } from './lexicon';
import { remembered } from './memo';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Footnote marks a figure may carry ('87%*', '1,489²'): symbols and superscript digits. */
export const FOOTNOTE_MARKS = `*†‡${SUPERSCRIPT_DIGITS}`;

/**
 * Text printed raised after a figure, as the figure's footnote mark: digits become superscript digits (so
 * '27' raised '3' is '27³', never 273); anything else ('st' of '1st') stays as printed.
 */
export function raisedText(text: string): string {
  const t = text.trim();
  return /^\d{1,2}$/.test(t) ? [...t].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('') : text;
}

export type TokenType = 'number' | 'arrow' | 'change' | 'empty' | 'dirword' | 'rag';
export interface ValueToken {
  raw: string;
  type: TokenType;
}

/** A printed number: currency, sign (a '+' too), brackets for negative (around the unit as well: '(5%)'), a unit letter or '%' (a PDF may space it: '92 %'), footnote marks. */
const NUMBER = new RegExp(String.raw`^\(?(?:[£$€]\s?)?[-−–+]?\(?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\)?\s?(?:%|k|m|bn|p)?\)?[${FOOTNOTE_MARKS}]*$`, 'i');
const CHANGE = new Set(Object.values(CHANGE_WORDS).flat().map((w) => w.toLowerCase()));
const EMPTY = /^(?:n\/?a|contextual|tbc|tbd|-|–|—|baseline|not\s+applicable|no\s+target|in\s+development)$/i;
const ARROW_SET = new Set([...ARROWS.up, ...ARROWS.down, ...ARROWS.level]);
const SIDE = new Map(Object.entries(DIRECTION_WORDS).flatMap(([side, words]) => words.map((w) => [w.toLowerCase(), side as 'higher' | 'lower'])));
const FILLER = new Set(DIRECTION_FILLERS);

/** Which way is better, as a direction is printed ('Good is high', 'Smaller is better', 'Minimise'), or null. */
export const directionWord = remembered(function directionWord(text: string): 'higher' | 'lower' | null {
  const words = text.toLowerCase().replace(/[:.]/g, ' ').split(/\s+/).filter((w) => w && !FILLER.has(w));
  // One word says the side; a phrase without filler words, or with two sides ('Higher or lower'), does not.
  return words.length === 1 ? (SIDE.get(words[0]) ?? null) : null;
});
/** A direction printed as a value: one side word ('Higher'), or a phrase that says 'better' ('Good is high'); not prose ('Performance is down'). */
const isDirWord = (t: string) => {
  const words = t.trim().split(/\s+/);
  return words.length <= 4 && directionWord(t) !== null && (words.length === 1 || /\b(?:better|good|aim)\b/i.test(t));
};

/** Classify one printed value; null when it is not a value. */
export const tokenType = remembered(function tokenType(raw: string): TokenType | null {
  // Variation selectors pick an arrow's emoji or text form ('⬆︎'): the arrow is the same.
  const t = raw.replace(/[\uFE0E\uFE0F]/g, '').trim();
  if (!t) return null;
  if (/\d/.test(t) && NUMBER.test(t)) return 'number';
  if (/^\d+(?:\.\d+)?\s*(?:days?|hours?|hrs?|weeks?|mins?|minutes?)$/i.test(t)) return 'number';
  // A time on a clock or a stopwatch ('3:08', '00:03:00', '3:00 mins', '3m 00s').
  if (/^\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\s*(?:mins?|minutes|hrs?|hours))?$|^\d+m\s*\d+s$/i.test(t)) return 'number';
  // A time in words ('4 min 12 sec', '1 hr 20 mins') and a share in words ('67.3 per cent').
  if (/^\d+\s*(?:hrs?|hours?|mins?|minutes?)\s+\d+\s*(?:mins?|minutes?|secs?|seconds?)$/i.test(t)) return 'number';
  if (/^-?\d+(?:\.\d+)?\s*(?:per\s*cent|percent)$/i.test(t)) return 'number';
  // None at all, in words ('Actual: Nil'): a figure, zero.
  if (/^(?:nil|zero)$/i.test(t)) return 'number';
  if (ARROW_SET.has(t)) return 'arrow';
  if (CHANGE.has(t.toLowerCase().replace(/\s+/g, ' '))) return 'change';
  if (EMPTY.test(t)) return 'empty';
  if (isDirWord(t)) return 'dirword';
  return null;
});

/** Split a line of values ('84% h 92% 81% Improving', 'N/A N/A 16 8') into tokens; null if any part is not a value. */
export const valueTokens = remembered(function valueTokens(line: string): ValueToken[] | null {
  const words = line.trim().split(/\s+/);
  if (!words[0]) return null;
  const out: ValueToken[] = [];
  for (let i = 0; i < words.length; i++) {
    // Multi-word values first: a figure in words ('4 min 12 sec', '67.3 per cent'), 'Higher is better', 'No change', 'In Development', '4.5 days'.
    const figure = /^\d/.test(words[i]) ? [4, 3].find((n) => words.length - i >= n && tokenType(words.slice(i, i + n).join(' ')) === 'number') : undefined;
    if (figure) {
      out.push({ raw: words.slice(i, i + figure).join(' '), type: 'number' });
      i += figure - 1;
      continue;
    }
    const three = words.slice(i, i + 3).join(' ');
    const two = words.slice(i, i + 2).join(' ');
    if (words.length - i >= 3 && isDirWord(three) && (/^(?:good|better|higher|lower|high|low|bigger|smaller|more|less|fewer)$/i.test(words[i]) || !tokenType(words[i]))) {
      out.push({ raw: three, type: 'dirword' });
      i += 2;
      continue;
    }
    // Taken together when the second word is no value alone, or the first is not ('Getting worse').
    if (words.length - i >= 2 && tokenType(two) && (!tokenType(words[i + 1]) || !tokenType(words[i]))) {
      out.push({ raw: two, type: tokenType(two)! });
      i += 1;
      continue;
    }
    if (words.length - i >= 2 && /^(?:in\s+development|no\s+change|not\s+applicable|no\s+target)$/i.test(two)) {
      out.push({ raw: two, type: tokenType(two)! });
      i += 1;
      continue;
    }
    const type = tokenType(words[i]);
    if (!type) return null;
    out.push({ raw: words[i], type });
  }
  return out;
});

/** Can a token of this type fill a column of this role? */
export function fits(role: Field, type: TokenType): boolean {
  switch (role) {
    case 'target':
    case 'current':
    case 'previous':
      return type === 'number' || type === 'empty';
    case 'direction':
      return type === 'arrow' || type === 'dirword' || type === 'empty';
    case 'change':
      return type === 'change' || type === 'arrow' || type === 'empty';
    case 'floor':
      return type === 'number' || type === 'empty';
    case 'rag':
    case 'previousRag':
      return type === 'rag' || type === 'empty';
  }
}

