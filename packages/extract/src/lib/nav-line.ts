/** Navigation lines a paper prints between cards ('Return to Index', 'Page 9 of 12') and a card's date line. */
import { remembered } from './memo';
import { MONTH_NAME } from './period-words';

/** A card's date line ('May 2025', 'Sept. 2025'). */
const NAV_DATE = new RegExp(`\\b(${MONTH_NAME}\\.?\\s+\\d{4})\\b`, 'i');

/** 'Return to Index', 'Page 9 of 12', a card date ('May 2025'), or a mix of them; returns the date if any. */
export const navLine = remembered(function navLine(line: string): { dated: string | null } | null {
  let t = line.trim();
  if (!t) return null;
  const before = t;
  t = t.replace(/return\s+to\s+(?:index|contents|top|scorecard)/gi, ' ').replace(/page\s+\d+\s+of\s+\d+/gi, ' ');
  const date = NAV_DATE.exec(t);
  const rest = t.replace(date?.[0] ?? '\u0000', ' ').trim();
  if (rest) return null;
  if (!date && t === before) return null;
  return { dated: date ? date[1] : null };
});
