/**
 * Test support: a seeded PRNG (mulberry32) so every generated report is reproducible, and the label
 * wording councils use for each field, as data. Wording seen in real papers: Reigate & Banstead
 * ("Status", "within agreed tolerance", "management action/comment"), Havering ("Direction of Travel
 * (DoT)", "Corrective Action"), Kent (RAG badge, floor, arrows), Medway ("remedial action").
 */

/** A small reproducible random source; the same seed always gives the same report. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1): mulberry32. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  /** A new independent source derived from this one (so one family's choices do not shift another's). */
  fork(): Rng {
    return new Rng(Math.floor(this.next() * 4294967296));
  }
}

/** The fields a paper labels, and the words councils print for each label. */
export const LABELS = {
  current: ['Current', 'Actual', 'Latest', 'Outturn', 'This quarter', 'YTD', 'Current performance', 'Actual this quarter', 'Current data period'],
  previous: ['Previous', 'Last quarter', 'Same period last year', 'Prior', 'Previous quarter', 'Last year', 'Previous data period'],
  target: ['Target', 'Goal', 'Target 2025/26', 'Annual target', 'Target 25/26', 'Profiled target'],
  floor: ['Floor', 'Tolerance', 'Intervention level', 'Minimum'],
  change: ['Change', 'Direction of Travel', 'DoT', 'Trend'],
  direction: ['Direction for Improvement', 'Polarity', 'Aim', 'Direction of improvement'],
  rag: ['RAG', 'Status', 'Rating', 'RAG status', 'RAG Rating', 'Traffic light', 'Assessment'],
  previousRag: ['Previous RAG', 'Last RAG', 'Previous status'],
  description: ['Description', 'Definition', 'About this measure'],
  commentary: ['Commentary', 'Comments', 'Narrative', 'Performance commentary', 'Reason for under-performance'],
  pathToGreen: ['Path to Green', 'Remedial actions', 'Improvement plan', 'Corrective action'],
  actions: ['Actions', 'Next steps'],
} as const;
export type LabelField = keyof typeof LABELS;

/** Pick the wording of every label once per report, so a paper is consistent with itself. */
export function pickLabels(rng: Rng): Record<LabelField, string> {
  const out = {} as Record<LabelField, string>;
  for (const k of Object.keys(LABELS) as LabelField[]) out[k] = rng.pick(LABELS[k]);
  if (rng.chance(0.2)) for (const k of Object.keys(out) as LabelField[]) out[k] = out[k].toUpperCase();
  return out;
}
