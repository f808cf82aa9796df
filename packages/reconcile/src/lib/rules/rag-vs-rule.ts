import { about, defineRule, isRated, nameOf, sourceOf, type Draft } from './finding';

/** One RAG definition read into a test on the gap to target (percent; positive = better than target). */
interface Band {
  status: string;
  test: (gap: number) => boolean;
  text: string;
}

/**
 * Read definitions such as 'off target by more than 10%', 'off target by 10% or less', 'on target by up
 * to 5% over target', 'exceeds target by more than 5%', '10% or more from target', 'on target or better'.
 */
export function bandsOf(key: { status: string; definition: string }[]): Band[] {
  const out: Band[] = [];
  for (const { status, definition } of key) {
    const d = definition.toLowerCase();
    const pct = Number.parseFloat(/(\d+(?:\.\d+)?)\s*%/.exec(d)?.[1] ?? 'NaN');
    let test: ((g: number) => boolean) | null = null;
    if (/exceeds?\s+target\s+by\s+more\s+than/.test(d)) test = (g) => g > pct;
    else if (/on\s+target\s+by\s+up\s+to/.test(d)) test = (g) => g >= 0 && g <= pct;
    else if (/on\s+target(\s+or\s+better)?\s*(?:by\s+up\s+to)?/.test(d) && Number.isNaN(pct)) test = (g) => g >= 0;
    else if (/on\s+target\s+or\s+better\s+by\s+up\s+to/.test(d)) test = (g) => g >= 0 && g <= pct;
    else if (/off\s+target\s+by\s+more\s+than/.test(d)) test = (g) => g < -pct;
    else if (/off\s+target\s+by\s+(?:\d+(?:\.\d+)?%\s+or\s+less|up\s+to)/.test(d)) test = (g) => g < 0 && g >= -pct;
    else if (/off\s+target\s+by\s+less\s+than/.test(d)) test = (g) => g < 0 && g > -pct;
    else if (/(?:\d+(?:\.\d+)?%)\s+or\s+more\s+(?:from|below|off)\s+target/.test(d)) test = (g) => g <= -pct;
    if (test && isRated(status)) out.push({ status, test, text: definition });
  }
  return out;
}

/** A rated card whose RAG does not follow from its own report's RAG key applied to target, value and direction. */
export const ragVsRule = defineRule('rag-vs-rule', (ctx) => {
  const out: Draft[] = [];
  const keys = new Map(ctx.reports.map((r) => [r.reportId, bandsOf(r.ragKey)]));
  for (const o of ctx.observations) {
    const ob = o.observation;
    const bands = keys.get(o.reportId) ?? [];
    const t = ob.target.value;
    const c = ob.current.value;
    if (!bands.length || !ob.rag || !isRated(ob.rag) || t === null || c === null || !ob.direction || t === 0) continue;
    // Relative gap, and for percentages also the gap in points: a rating that fits either is accepted.
    const sign = ob.direction === 'higher' ? 1 : -1;
    const gaps = [(sign * (c - t) / Math.abs(t)) * 100];
    if (ob.unit === 'percent') gaps.push(sign * (c - t));
    const fitting = new Set(bands.filter((b) => gaps.some((g) => b.test(g))).map((b) => b.status));
    if (!fitting.size || fitting.has(ob.rag)) continue;
    if (!bands.some((b) => b.status === ob.rag)) continue;
    const expected = [...fitting].join(' or ');
    out.push({
      severity: 'warning',
      ...about(ctx, o),
      message: `${nameOf(ctx, o)} is rated ${ob.rag}, but ${ob.current.raw} against target ${ob.target.raw} (${ob.direction} is better, ${gaps[0] >= 0 ? '+' : ''}${gaps[0].toFixed(1)}%) is ${expected} by the report's own key`,
      evidence: {
        compared: { rag: ob.rag, expected: [...fitting], target: t, current: c, direction: ob.direction, gapPercent: Number(gaps[0].toFixed(2)), definitions: bands.filter((b) => fitting.has(b.status) || b.status === ob.rag).map((b) => `${b.status} – ${b.text}`) },
        sources: [sourceOf(o, 'RAG', 'rag', ob.rag), sourceOf(o, 'target', 'target', ob.target.raw), sourceOf(o, 'current value', 'current', ob.current.raw)],
      },
    });
  }
  return out;
});
