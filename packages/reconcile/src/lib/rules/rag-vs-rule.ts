import { FLOOR_MARGIN_NOTE } from '@kpi/normalise';
import { about, defineRule, isRated, nameOf, sourceOf, type Draft } from './finding';

/** A card's figures as the key's definitions test them: gaps to target (percent, and points), and the floor. */
export interface Measure {
  /** Signed gaps to target, positive = better than target: relative percent, and for percentages also points. */
  gaps: number[];
  /** Signed distance from the floor, positive = better than the floor; null where the card prints none. */
  overFloor: number | null;
}

/** One RAG definition read into a test on a card's figures. */
interface Band {
  status: string;
  test: (m: Measure) => boolean;
  text: string;
}

const any = (m: Measure, f: (g: number) => boolean) => m.gaps.some(f);

/**
 * Read definitions such as 'off target by more than 10%', 'off target by 10% or less', 'on target by up
 * to 5% over target', 'exceeds target by more than 5%', '10% or more from target', 'on target or better',
 * and second thresholds: 'floor achieved but target not met', 'below the floor', 'target met'.
 */
export function bandsOf(key: { status: string; definition: string }[]): Band[] {
  const out: Band[] = [];
  for (const { status, definition } of key) {
    const d = definition.toLowerCase();
    const pct = Number.parseFloat(/(\d+(?:\.\d+)?)\s*%/.exec(d)?.[1] ?? 'NaN');
    const floorWord = /\b(?:floor|tolerance|intervention(?:\s+level)?|minimum|threshold)\b/.exec(d)?.[0];
    let test: ((m: Measure) => boolean) | null = null;
    if (floorWord) {
      // The paper's own second threshold: between floor and target, below the floor.
      const floorMet = new RegExp(`${floorWord}\\s+(?:achieved|met|reached)|(?:above|within|at\\s+or\\s+above)\\s+(?:the\\s+)?${floorWord}|between\\s+(?:the\\s+)?(?:${floorWord}\\s+and\\s+(?:the\\s+)?target|target\\s+and\\s+(?:the\\s+)?${floorWord})`).test(d);
      const floorMissed = new RegExp(`(?:below|under|outside|worse\\s+than|beyond)\\s+(?:the\\s+)?${floorWord}|${floorWord}\\s+(?:not\\s+(?:achieved|met|reached)|missed|breached)`).test(d);
      if (floorMissed) test = (m) => m.overFloor !== null && m.overFloor < 0;
      else if (floorMet) test = (m) => m.overFloor !== null && m.overFloor >= 0 && any(m, (g) => g < 0);
    } else if (/exceeds?\s+target\s+by\s+more\s+than/.test(d)) test = (m) => any(m, (g) => g > pct);
    else if (/on\s+target\s+by\s+up\s+to/.test(d)) test = (m) => any(m, (g) => g >= 0 && g <= pct);
    else if (/(?:on\s+target(\s+or\s+better)?|target\s+(?:met|achieved|reached)|(?:at\s+or\s+)?(?:above|better\s+than)\s+target)/.test(d) && Number.isNaN(pct)) test = (m) => any(m, (g) => g >= 0);
    else if (/on\s+target\s+or\s+better\s+by\s+up\s+to/.test(d)) test = (m) => any(m, (g) => g >= 0 && g <= pct);
    else if (/off\s+target\s+by\s+more\s+than/.test(d)) test = (m) => any(m, (g) => g < -pct);
    else if (/off\s+target\s+by\s+(?:\d+(?:\.\d+)?%\s+or\s+less|up\s+to)/.test(d)) test = (m) => any(m, (g) => g < 0 && g >= -pct);
    else if (/off\s+target\s+by\s+less\s+than/.test(d)) test = (m) => any(m, (g) => g < 0 && g > -pct);
    else if (/(?:\d+(?:\.\d+)?%)\s+or\s+more\s+(?:from|below|off)\s+target/.test(d)) test = (m) => any(m, (g) => g <= -pct);
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
    // A margin round the target ('Tolerance 5 days') puts the threshold that far on the bad side of it.
    const floor = ob.floor.value !== null && ob.notes.includes(FLOOR_MARGIN_NOTE) ? t - sign * Math.abs(ob.floor.value) : ob.floor.value;
    const measure: Measure = { gaps, overFloor: floor === null ? null : sign * (c - floor) };
    const fitting = new Set(bands.filter((b) => b.test(measure)).map((b) => b.status));
    if (!fitting.size || fitting.has(ob.rag)) continue;
    if (!bands.some((b) => b.status === ob.rag)) continue;
    const expected = [...fitting].join(' or ');
    out.push({
      severity: 'warning',
      ...about(ctx, o),
      message: `${nameOf(ctx, o)} is rated ${ob.rag}, but ${ob.current.raw} against target ${ob.target.raw} (${ob.direction} is better, ${gaps[0] >= 0 ? '+' : ''}${gaps[0].toFixed(1)}%) is ${expected} by the report's own key`,
      evidence: {
        compared: { rag: ob.rag, expected: [...fitting], target: t, floor, current: c, direction: ob.direction, gapPercent: Number(gaps[0].toFixed(2)), definitions: bands.filter((b) => fitting.has(b.status) || b.status === ob.rag).map((b) => `${b.status} – ${b.text}`) },
        sources: [sourceOf(o, 'RAG', 'rag', ob.rag), sourceOf(o, 'target', 'target', ob.target.raw), ...(floor === null ? [] : [sourceOf(o, ob.floorLabel ?? 'floor', 'floor', ob.floor.raw)]), sourceOf(o, 'current value', 'current', ob.current.raw)],
      },
    });
  }
  return out;
});
