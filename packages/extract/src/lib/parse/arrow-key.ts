/**
 * A paper's key for its arrows: most papers print an arrow for performance (▲ improved), some for the
 * figure's movement (▲ the figure went up, whatever that means for the KPI). Read from the words after each
 * arrow of the lines that explain arrows, or from a sentence about the arrows ('… show whether the figure has
 * gone up or down'); the words are the lexicon's, so a profile's papers read alike.
 */
import { ARROWS, ARROW_KEY_WORDS, escapeRegExp } from '../lexicon';

/** Arrows that are symbols (not the letters symbol fonts give arrows in dumps: 'h', 'i'), by the way they point. */
const symbols = (list: string[]) => list.filter((a) => !/\p{L}/u.test(a)).map(escapeRegExp).join('|');
const POINTS = { up: new RegExp(`^(?:${symbols(ARROWS.up)})`, 'u'), down: new RegExp(`^(?:${symbols(ARROWS.down)})`, 'u') };
const ANY = new RegExp(symbols([...ARROWS.up, ...ARROWS.down, ...ARROWS.level]), 'u');
const words = (list: string[]) => new RegExp(`\\b(?:${list.map(escapeRegExp).join('|')})`, 'i');
const MOVEMENT = words(ARROW_KEY_WORDS.movement);
const PERFORMANCE = words(ARROW_KEY_WORDS.performance);
const EITHER_WAY = words(ARROW_KEY_WORDS.eitherWay);
const POLARITY = /^(?:a\s+)?(?:higher|lower|high|low|bigger|smaller)\s+(?:is|=)\s+(?:better|good)\b/i;
/** A key's entry is short: an arrow, perhaps '=' or ':', and a few words. */
const LONGEST_ENTRY = 12;

/**
 * What the paper's key says its arrows show: 'performance' where an entry (an arrow and the words after it, up
 * to a separator) speaks of performance ('↑ improved'), 'movement' where entries say the figure went up and
 * went down and none speaks of performance; null where the paper has no such key.
 */
export function arrowKey(lines: string[]): 'movement' | 'performance' | null {
  const moved = new Set<'up' | 'down'>();
  for (const line of lines) {
    if (!ANY.test(line) && !/\barrows?\b/i.test(line)) continue;
    // A key table's row ('↑ | Value higher than last period') reads as one entry.
    for (const part of line.replace(/\s*\|\s*/g, ' ').split(/[;,.\n]/)) {
      const at = part.search(ANY);
      // In words alone: 'the arrows show whether the figure has gone up or down' (and nothing of performance).
      if (at < 0 && /\barrows?\b/i.test(part) && EITHER_WAY.test(part)) {
        if (PERFORMANCE.test(part)) return 'performance';
        moved.add('up').add('down');
        continue;
      }
      if (at < 0) continue;
      const entry = part.slice(at);
      const said = entry.replace(ANY, '').replace(/^[\s=:–—-]+/, '');
      if (said.split(/\s+/).length > LONGEST_ENTRY) continue;
      // A table's row with an arrow among its figures ('↑ | 94% | 93% | Improving') is no key's entry; a key
      // names periods only in words ('since Quarter 1').
      if (/\d/.test(said.replace(/\b(?:q|quarter\s*)[1-4]\b/gi, ''))) continue;
      // A polarity's legend ('↑ Higher is better') says which way is good, not what the arrows show.
      if (POLARITY.test(said)) continue;
      if (PERFORMANCE.test(said)) return 'performance';
      if (!MOVEMENT.test(said)) continue;
      if (POINTS.up.test(entry)) moved.add('up');
      if (POINTS.down.test(entry)) moved.add('down');
    }
  }
  return moved.size === 2 ? 'movement' : null;
}
