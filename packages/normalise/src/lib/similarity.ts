/** Text similarity for titles and descriptions: stemmed tokens (natural), Jaro-Winkler and cosine of term weights. */
// The two modules used, not natural's indexes: those load every language's stemmer (~0.5 s per process and worker).
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

const STOP = new Set('a an and are as at be by for from in into is it of on or that the this to was were which with within over under all no'.split(' '));

// Stemming is the costly part of comparing texts; a paper's vocabulary is small, so stems and term
// lists are remembered (bounded, cleared when full).
const stems = new Map<string, string>();
const termLists = new Map<string, string[]>();
const LIMIT = 50_000;

function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size > LIMIT) stems.clear();
    s = PorterStemmer.stem(word);
    stems.set(word, s);
  }
  return s;
}

/** Lower-case stemmed content words of a text. */
export function terms(text: string): string[] {
  let t = termLists.get(text);
  if (!t) {
    if (termLists.size > LIMIT) termLists.clear();
    t = (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w)).map(stem);
    termLists.set(text, t);
  }
  return t;
}

/** Words most KPIs' titles open with ('Percentage of', 'Number of', 'Average'): they say what is counted, not of what. */
const GENERIC = new Set(['percentage', 'percent', 'proportion', 'number', 'rate', 'average', 'total', 'count', 'amount', 'level', 'time', 'days', 'per', 'cent', 'within', 'all'].map((w) => stem(w)));

/** A title's stemmed content words without the generic ones every KPI's title has. */
export function contentTerms(text: string): string[] {
  return terms(text).filter((t) => !GENERIC.has(t));
}

/** Cosine similarity of two bags of terms (0..1). */
export function cosine(a: string[], b: string[], weight: (t: string) => number = () => 1): number {
  const va = new Map<string, number>();
  const vb = new Map<string, number>();
  for (const t of a) va.set(t, (va.get(t) ?? 0) + weight(t));
  for (const t of b) vb.set(t, (vb.get(t) ?? 0) + weight(t));
  let dot = 0;
  for (const [t, w] of va) dot += w * (vb.get(t) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  const d = norm(va) * norm(vb);
  return d ? dot / d : 0;
}

/** Similarity of two titles (0..1): the better of stemmed-term cosine and Jaro-Winkler on the normalised text. */
export function titleSimilarity(a: string, b: string): number {
  const ta = terms(a);
  const tb = terms(b);
  const c = cosine(ta, tb);
  const jw = JaroWinklerDistance(ta.join(' '), tb.join(' '), {});
  return Math.max(c, jw * 0.9);
}
