/** A figure printed as a worded bound ('At least 80%', 'Less than 20 days', '90% or above'): the lexicon's words. */
import { BOUND_WORDS, wordAlternation as alternation } from './lexicon';

// The word must end where the figure starts ('Under 10 days', not 'Understaffing 10').
const BEFORE = new RegExp(`^(?:${alternation(BOUND_WORDS.before)})\\s*(?=[£$€]?\\s?\\d)`, 'i');
const AFTER = new RegExp(`(?<=[\\d%a-z])\\s+(?:${alternation(BOUND_WORDS.after)})$`, 'i');

/** The figure a worded bound prints ('At least 80%' → '80%', '90% or above' → '90%'), or null when it is none. */
export function boundFigure(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const figure = t.replace(BEFORE, '').replace(AFTER, '').trim();
  return figure !== t && /\d/.test(figure) ? figure : null;
}
