/**
 * Answers of pure text tests remembered per vocabulary: a paper prints the same labels, headings and
 * values on every card and page, and the geometry asks about each run several times.
 */
import { vocabulary, type Vocabulary } from './lexicon';

/** Entries kept per test before starting afresh: memory stays bounded on any archive. */
const LIMIT = 4096;

/** Texts longer than this are worked out afresh: they seldom repeat, and hashing them costs more than it saves. */
const LONGEST = 160;

/** Wrap `fn` so each text is worked out once for the vocabulary in force; answers are frozen (shared by callers). */
export function remembered<R>(fn: (text: string) => R): (text: string) => R {
  const byVocabulary = new WeakMap<Vocabulary, Map<string, R>>();
  let lastVocabulary: Vocabulary | null = null;
  let cache = new Map<string, R>();
  return (text: string): R => {
    if (text.length > LONGEST) return deepFreeze(fn(text));
    const v = vocabulary();
    if (v !== lastVocabulary) {
      let c = byVocabulary.get(v);
      if (!c) byVocabulary.set(v, (c = new Map()));
      cache = c;
      lastVocabulary = v;
    }
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as R;
    const answer = deepFreeze(fn(text));
    if (cache.size >= LIMIT) cache.clear();
    cache.set(text, answer);
    return answer;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
