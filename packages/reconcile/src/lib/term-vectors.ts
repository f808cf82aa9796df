/**
 * Term bags weighed once per text, for comparing every pair of an archive's measures: normalise's cosine
 * builds both bags again on each call, which over n² pairs was most of reconciliation. Same arithmetic,
 * in the same order, so every score is the very number cosine gives.
 */

/** A bag of terms with its weights (1 per occurrence) and its norm. */
export interface TermVector {
  weights: Map<string, number>;
  norm: number;
}

/** The vector of a list of terms (as cosine weighs them with its default weight). */
export function termVector(terms: string[]): TermVector {
  const weights = new Map<string, number>();
  for (const t of terms) weights.set(t, (weights.get(t) ?? 0) + 1);
  return { weights, norm: Math.sqrt([...weights.values()].reduce((s, w) => s + w * w, 0)) };
}

/** Cosine similarity of two vectors (0..1): cosine(a, b) of their terms. */
export function vectorCosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  for (const [t, w] of a.weights) dot += w * (b.weights.get(t) ?? 0);
  const d = a.norm * b.norm;
  return d ? dot / d : 0;
}
