/**
 * The words values are read by in normalise, as data: what a figure printed for none is, what says a card's
 * 'Xm' figures are minutes, the money scales a heading prints, the words a movement is printed in.
 */

/** A figure printed as a word for zero ('Deaths in fires: Nil'). 'None' is not here: it is as often 'no target'. */
export const ZERO_WORDS = ['Nil', 'Zero'];

/**
 * Words in a KPI's title or value labels that make its 'Xm' figures minutes, not millions ('Average handover
 * time | 41m', 'Wait (mins)'). 'Time' alone is too common ('resolved first time', 'full-time staff'): only
 * as a time taken ('response time', 'waiting time', 'average time').
 */
export const MINUTE_CONTEXT_WORDS = ['minutes', 'minute', 'mins', 'min', 'response time', 'response times', 'waiting time', 'waiting times', 'wait time', 'average time', 'handover time', 'answer time', 'handling time', 'call time', 'processing time', 'journey time', 'travel time', 'time taken', 'time to answer', 'time to respond'];

/** Words in a title that make a trailing 'p' pence, not a provisional mark ('Cost per transaction | 85p'). */
export const MONEY_TITLE_WORDS = ['cost', 'costs', 'price', 'prices', 'spend', 'spent', 'pence', 'fee', 'fees', 'charge', 'charges', 'income', 'budget'];

/** Scales a money unit in brackets prints ('(£000)', "(£'000)", '(£000s)', '(£m)', '(£ thousands)'): the multiplier. */
export const MONEY_SCALES: Record<string, number> = {
  k: 1e3, '000': 1e3, '000s': 1e3, "'000": 1e3, "'000s": 1e3, "000's": 1e3, thousand: 1e3, thousands: 1e3,
  m: 1e6, million: 1e6, millions: 1e6, bn: 1e9, billion: 1e9, billions: 1e9,
};

/**
 * Words for which way a figure moved ('Up', 'Fall'): a change only with the KPI's direction (up is improving
 * where higher is better), and, printed as a direction, the way better goes ('Polarity | Fall').
 */
export const MOVEMENT_WORDS: Record<'up' | 'down', string[]> = {
  up: ['up', 'rise', 'risen', 'rising', 'rose', 'increase', 'increased', 'increasing', 'higher'],
  down: ['down', 'fall', 'fallen', 'falling', 'fell', 'decrease', 'decreased', 'decreasing', 'lower'],
};

/** Words a direction may open with before its side ('A high figure is good'). */
export const LEADING_ARTICLES = ['a', 'an', 'the'];

/** Answers in a direction column headed as a question ('Is high good?', 'Higher is better?'): yes is higher. */
export const DIRECTION_ANSWERS: Record<string, 'higher' | 'lower'> = { yes: 'higher', no: 'lower' };

/** Units a figure or a title prints in words ('4.5 days', '90 mins', 'Call wait (minutes)'), by the unit they name. */
export const UNIT_WORDS: Record<string, string> = {
  day: 'days', days: 'days', hour: 'hours', hours: 'hours', hrs: 'hours', hr: 'hours',
  week: 'weeks', weeks: 'weeks', wk: 'weeks', wks: 'weeks', min: 'minutes', mins: 'minutes', minutes: 'minutes', month: 'months', months: 'months',
  sec: 'seconds', secs: 'seconds', seconds: 'seconds',
};
