/** Column headings broken mid-word by a narrow cell, read with their words run together ('directionforimprovement'). */
import { escapeRegExp, FIELDS, vocabulary, type Field } from './lexicon';

/** What may stand round a squashed label: 'performance(' before it, a period word after it, ')' at the end. */
const SQUASHED_LEAD = 'performance(';
const SQUASHED_PERIODS = ['', 'year', 'quarter', 'month', 'period'];

/**
 * The field of the first label (in the vocabulary's order) that a text run together is, with what may stand
 * round it: each way of cutting those off is looked up, no regex per label (compiling ~100 cost more than reading).
 */
export function squashedField(squashed: string): Field | null {
  const labels = squashedLabels();
  let best: { field: Field; rank: number } | undefined;
  for (const head of squashed.startsWith(SQUASHED_LEAD) ? [SQUASHED_LEAD.length, 0] : [0]) {
    for (const tail of squashed.endsWith(')') ? [1, 0] : [0]) {
      const core = squashed.slice(head, squashed.length - tail);
      for (const period of SQUASHED_PERIODS) {
        const hit = core.endsWith(period) ? labels.get(core.slice(0, core.length - period.length)) : undefined;
        if (hit && (!best || hit.rank < best.rank)) best = hit;
      }
    }
  }
  return best?.field ?? null;
}

/** Each field's labels with their spaces removed ('directionforimprovement'), with the field and place of its first label; once per vocabulary. */
function squashedLabels(): Map<string, { field: Field; rank: number }> {
  const v = vocabulary();
  let out = squashedCache.get(v);
  if (!out) {
    out = new Map();
    for (const f of FIELDS) {
      for (const l of v.fieldLabels[f]) {
        const sl = l.replace(/\s+/g, '').toLowerCase();
        if (escapeRegExp(sl).length >= 6 && !out.has(sl)) out.set(sl, { field: f, rank: out.size });
      }
    }
    squashedCache.set(v, out);
  }
  return out;
}
const squashedCache = new WeakMap<object, Map<string, { field: Field; rank: number }>>();
