/** Numbers as papers print them: '99,468', '92%', '£1.2m', '4.5 days', '95%*', 'N/A', 'Contextual', 'TBC'. */
import { ARROWS, boundFigure, changeWord, directionWord, escapeRegExp, FOOTNOTE_MARKS, MONTH_NAME, ragWord } from '@kpi/extract';
import type { Value } from './model';
import { DIRECTION_ANSWERS, LEADING_ARTICLES, MOVEMENT_WORDS, UNIT_WORDS, ZERO_WORDS } from './value-words';

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9, thousand: 1e3, million: 1e6, billion: 1e9 };

/** A period printed before the figure ('Q2: 31%', 'Quarter 2 2024/25: 31%', 'Sept: 87%', 'Jan-25: 45'). */
const PERIOD_BEFORE = new RegExp(`^(?:(?:Q|Qtr|Quarter)\\s*[1-4](?:\\s+\\d{4}[/-]\\d{2,4})?|${MONTH_NAME}(?:[ -]\\d{2,4})?)(?:\\s*:|\\s+[–—-])\\s*(?=[-−–£$€(\\d])`, 'i');
const ARROW_SYMBOLS = [...ARROWS.up, ...ARROWS.down, ...ARROWS.level].filter((a) => !/\p{L}/u.test(a));
const TRAILING_ARROW = new RegExp(`\\s*(?:${ARROW_SYMBOLS.map(escapeRegExp).join('|')})[\\uFE0E\\uFE0F]?$`, 'u');

/**
 * The figure inside what is printed around it: a bound ('≥ 95%', '< 5 days'), a note in brackets ('96%
 * (provisional)'), a trailing '+' ('85%+'), 'working days', 'pc' for per cent, any dash or hyphen as a minus.
 */
export function figureOf(text: string): string {
  const out = text
    .replace(new RegExp(`[${FOOTNOTE_MARKS}]+$`), '')
    // An arrow after the figure ('41.2% ▼') shows its change; a period named before it ('Q2: 31%') its date.
    .replace(TRAILING_ARROW, '')
    .replace(PERIOD_BEFORE, '')
    .replace(/[−–‑‐]/g, '-')
    .replace(/^(?:[≥≤><]=?|=>|=<|~|c\.|approx\.?|circa)\s*/i, '')
    .replace(/\s*\((?=[A-Za-z])[^)]*\)$/, '')
    // A count or share in brackets after the figure ('85% (17/20)', '12 (60%)', '1,180 (1,050 FTE)').
    .replace(/([\d%])\s+\((?=[^)]*\d)[^)]*\)$/, '$1')
    // Thousands parted by spaces ('1 234 567').
    .replace(/^(-?\d{1,3}(?: \d{3})+)(?=$|\.\d)/, (n) => n.replace(/ /g, ''))
    .replace(/(\d|%)\s*\+$/, '$1')
    .replace(/(\d)\s*pc$/i, '$1%')
    .replace(/\s+(?:working|calendar|business|clear)\s+(days?)$/i, ' $1')
    .replace(/^\+\s?/, '')
    .trim();
  // A bound in words ('At least 80%', '90% or above') is its figure, as '≥ 90%' is.
  return boundFigure(out) ?? out;
}

/** A summary table's count as printed: '12' → 12, '1,204' → 1204, '-' or '–' (none) → 0; null when it is no count. */
export function parseCount(raw: string | null | undefined): number | null {
  const t = raw?.trim() ?? '';
  if (/^[-–—]$/.test(t)) return 0;
  return /^\d[\d,]*$/.test(t) ? Number(t.replace(/,/g, '')) : null;
}

/** A summary table's percentage as printed: '45%' → 45, '-' → 0; null when it is none. */
export function parsePercentage(raw: string | null | undefined): number | null {
  const t = raw?.trim() ?? '';
  if (/^[-–—]$/.test(t)) return 0;
  const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** Parse a printed value into number and unit, keeping the raw text; null number where there is none. */
export function parseValue(raw: string | null | undefined): Value {
  if (raw === null || raw === undefined) return { raw: null, value: null, unit: null };
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return { raw: null, value: null, unit: null };
  const t = figureOf(text);
  if (ZERO.test(t)) return { raw: text, value: 0, unit: null };
  let m = /^(-)?\(?([£$€])\s?\(?(-)?([\d,]*\.?\d+)\)?\s*(k|m|bn|p|thousand|million|billion)?\)?\)?$/i.exec(t);
  if (m) {
    const scale = m[5] ? (m[5].toLowerCase() === 'p' ? 0.01 : SCALE[m[5].toLowerCase()]) : 1;
    // '(£2,300)', '£(2,300)' and '£(1.1)m' are all a negative sum.
    const sign = m[1] || m[3] || /^\(.*\)$|^.?\(.*\)$|\([\d,.]+\)/.test(t) ? -1 : 1;
    return { raw: text, value: round(sign * num(m[4]) * scale), unit: 'currency' };
  }
  m = /^(-)?\(?([\d,]*\.?\d+)\)?\s*(%|per\s*cent|percent)\)?$/i.exec(t);
  if (m) return { raw: text, value: round((m[1] || /^\(.*\)$/.test(t) ? -1 : 1) * num(m[2])), unit: 'percent' };
  const duration = durationOf(t);
  if (duration) return { raw: text, value: round(duration.value), unit: duration.unit };
  // Percentage points ('3.2pp', '-2.1 pts', '0.5%pts'), and a score out of 5, 10 or 100 ('4.5 / 5').
  m = /^(-)?(\d*\.?\d+)\s*%?\s*(?:pp|ppts?|pts|percentage\s+points?)$/i.exec(t);
  if (m) return { raw: text, value: round((m[1] ? -1 : 1) * num(m[2])), unit: 'points' };
  m = /^([1-9]\d*(?:\.\d+)?|0?\.\d+|0)\s*(?:\/|out\s+of)\s*(5|10|100)$/i.exec(t);
  if (m && num(m[1]) <= num(m[2])) return { raw: text, value: round(num(m[1])), unit: 'score' };
  // A rate ('38 per 100k', '12.3 per 1,000 population'): the number is the value.
  m = /^(-)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.?\d+)\s+per\s+[\d,.]+\s*k?(?:\s+[a-z]+){0,3}$/i.exec(t);
  if (m) return { raw: text, value: round((m[1] ? -1 : 1) * num(m[2])), unit: 'rate' };
  m = /^(-)?\(?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.?\d+)\)?\s*([a-z]+)?$/i.exec(t);
  if (m && (!m[3] || UNIT_WORDS[m[3].toLowerCase()] || SCALE[m[3].toLowerCase()])) {
    const word = m[3]?.toLowerCase();
    const scale = word && SCALE[word] ? SCALE[word] : 1;
    const sign = m[1] || /^\(.*\)$/.test(t) ? -1 : 1;
    return { raw: text, value: round(sign * num(m[2]) * scale), unit: word && UNIT_WORDS[word] ? UNIT_WORDS[word] : 'count' };
  }
  // A count with what it counts ('1,204 cases', '310 households'): the number is the value.
  m = /^(\d{1,3}(?:,\d{3})+|\d+)\s+([a-z]+(?:\s+[a-z]+)?)$/.exec(t);
  if (m && !/^(?:per|out|of|in|to|from|and|or)\b/.test(m[2])) return { raw: text, value: num(m[1]), unit: 'count' };
  return { raw: text, value: null, unit: null };
}

/** A figure printed as a word for zero ('Nil'): its unit is the card's other figures'. */
const ZERO = new RegExp(`^(?:${ZERO_WORDS.join('|')})$`, 'i');

/**
 * A duration in two units ('4 hrs 30 mins', '2h 15m') in the larger one, a clock's 'hh:mm:ss' in minutes; not
 * rounded, so that a conversion to another unit rounds once ('1h 5m' is 65 minutes, not 64.99998).
 */
export function durationOf(t: string): { value: number; unit: string } | null {
  let m = /^(\d+)\s*(?:h|hrs?|hours?)\s*(?:and\s+)?(\d+)\s*(?:m|mins?|minutes?)$/i.exec(t);
  if (m) return { value: num(m[1]) + num(m[2]) / 60, unit: 'hours' };
  m = /^(\d+)\s*(?:m|mins?|minutes?)\s*(?:and\s+)?(\d+)\s*(?:s|secs?|seconds?)$/i.exec(t);
  if (m) return { value: num(m[1]) + num(m[2]) / 60, unit: 'minutes' };
  m = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/.exec(t);
  if (m) return { value: num(m[1]) * 60 + num(m[2]) + num(m[3]) / 60, unit: 'minutes' };
  return null;
}

const num = (s: string) => Number.parseFloat(s.replace(/,/g, ''));
export const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Printed text without the variation selectors that pick an arrow's emoji or text form ('⬆︎'). */
const plain = (raw: string | null | undefined) => (raw ?? '').replace(/[\uFE0E\uFE0F]/g, '').trim();

/** The arrow a value starts with, as the lexicon names it ('↑ 5%' → 'up'), or null. */
function arrowOf(t: string): 'up' | 'down' | 'level' | null {
  const first = [...t][0] ?? '';
  // A letter glyph ('h', 'é') is an arrow only printed alone; a symbol arrow may lead a value.
  const alone = [...t].length === 1;
  for (const way of ['up', 'down', 'level'] as const) if (ARROWS[way].includes(first) && (alone || !/\p{L}/u.test(first))) return way;
  return null;
}

/** 'Higher is better', 'Good is high', '↑', 'h' (Wingdings 3 up arrow) → 'higher'; the down forms → 'lower'. */
export function parseDirection(raw: string | null | undefined): 'higher' | 'lower' | null {
  // Its label printed in the cell too ('Polarity: High') says nothing more.
  const t = plain(raw).replace(/^[A-Za-z][A-Za-z ]{1,30}:\s*(?=\S)/, '');
  // A side said to be worse ('Higher is worse') is the other side's better.
  if (/\b(?:worse|bad)\b/i.test(t)) {
    const side = parseDirection(t.replace(/\b(?:worse|bad)\b/gi, 'better'));
    return side === 'higher' ? 'lower' : side === 'lower' ? 'higher' : null;
  }
  const arrow = arrowOf(t);
  if (arrow === 'up') return 'higher';
  if (arrow === 'down') return 'lower';
  const word = directionWord(t) ?? DIRECTION_ANSWERS[t.toLowerCase()] ?? null;
  if (word) return word;
  // A movement named alone ('Fall', 'Rise') is the way the figure should go.
  const moved = movementOf(t);
  if (moved) return moved === 'up' ? 'higher' : 'lower';
  // Longer wordings start with the side, maybe after an article ('Higher = better', 'Higher number is better',
  // 'Lower % is better', 'A high figure is good'); one that names both sides ('Higher or lower is better') says neither.
  const words = t.split(/[^A-Za-z]+/).filter(Boolean);
  const sides = new Set(words.map((w) => directionWord(w)).filter(Boolean));
  const first = directionWord(words.find((w) => !LEADING_ARTICLES.includes(w.toLowerCase())) ?? '');
  return sides.size === 1 ? first : null;
}


const MOVED = new Map(Object.entries(MOVEMENT_WORDS).flatMap(([way, words]) => words.map((w) => [w, way as 'up' | 'down'] as const)));
/** A movement printed in one word ('Up', 'Fall', 'Increased'), or null. */
const movementOf = (t: string) => MOVED.get(t.trim().toLowerCase()) ?? null;

/**
 * The change label in the contract's domain; arrows (as scorecards print them) read as improving/declining,
 * or, where the paper's key says they show the figure's movement (`movement`: the KPI's direction), as
 * improving when the figure moved the better way (none without a direction). A movement in words ('Up',
 * 'Down', '↑ Up') reads so by the KPI's `direction`, and says nothing without one.
 */
export function parseChange(raw: string | null | undefined, movement?: { direction: 'higher' | 'lower' | null }, direction?: 'higher' | 'lower' | null): string | null {
  const t = plain(raw);
  if (!t) return null;
  // An arrow alone, or before the size of the change ('▲ 0.6', '↑ 5%').
  let arrow = [...t].length === 1 || !/\p{L}/u.test(t.slice(1)) ? arrowOf(t) : null;
  // Without a direction, a figure's movement says nothing of improving or declining.
  if (movement && arrow && arrow !== 'level') arrow = !movement.direction ? null : (arrow === 'up') === (movement.direction === 'higher') ? 'up' : 'down';
  // The words decide where an arrow is printed beside them ('▲ Improving').
  const words = t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '') || t;
  const word = changeWord(words) ?? changeWord(t);
  const moved = word ? null : movementOf(words);
  if (moved) {
    const better = movement?.direction ?? direction;
    return !better ? null : (moved === 'up') === (better === 'higher') ? 'Improving' : 'Declining';
  }
  if (word === 'improving' || arrow === 'up') return 'Improving';
  if (word === 'declining' || arrow === 'down') return 'Declining';
  if (word === 'unchanged' || arrow === 'level' || t === '=') return 'Unchanged';
  if (/^contextual$/i.test(t)) return 'Contextual';
  if (/^(?:n\/?a|not\s+applicable|-|–)$/i.test(t)) return 'N/A';
  return null;
}

/** The RAG rating in the contract's domain ('GREEN', 'On track' → 'Green'; 'G' → 'Green'), or null. */
export function parseRag(raw: string | null | undefined): string | null {
  // The extractor's one RAG vocabulary (with a profile's words); a letter is only ever kept where it was labelled a rating.
  return raw ? ragWord(raw, true) : null;
}
