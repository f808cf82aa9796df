import { parseValue } from '@kpi/normalise';
import { about, defineRule, nameOf, sourceOf, type Draft } from './finding';

const PART_OF_WHOLE = /(\d[\d,]*(?:\.\d+)?)\s*\(\s*(\d+(?:\.\d+)?)\s*%\s*\)\s*(?:of|out\s+of)\s+(?:(?:the|all|a|an|[A-Za-z]+)\s+){0,3}?(\d[\d,]*(?:\.\d+)?)?/g;
const NUMBER = /\d{1,3}(?:,\d{3})+|\d+/g;

/** Decimal places a printed percentage was rounded to. */
const places = (s: string) => (s.includes('.') ? s.split('.')[1].length : 0);

/** A percentage printed at some precision agrees with the exact one if rounded or truncated to it. */
function agrees(exact: number, printed: string): boolean {
  const step = 10 ** -places(printed);
  const p = Number.parseFloat(printed);
  return Math.abs(exact - p) <= step / 2 + 1e-9 || (exact >= p && exact - p < step);
}

/**
 * Narrative arithmetic: where a commentary gives the parts ('99 (5.76%) of 1,717'), the percentage must
 * follow from them at the precision it is printed with.
 */
export const narrativeArithmetic = defineRule('narrative-arithmetic', (ctx) => {
  const out: Draft[] = [];
  for (const o of ctx.observations) {
    const ob = o.observation;
    for (const [field, text] of [['commentary', ob.commentary], ['description', ob.description], ['path to green', ob.pathToGreen], ['actions', ob.actions]] as const) {
      if (!text) continue;
      for (const m of text.matchAll(PART_OF_WHOLE)) {
        const part = parseValue(m[1]).value;
        const pct = Number.parseFloat(m[2]);
        if (part === null) continue;
        // 'of 1,717' names the whole; 'of the registrations' refers to a total stated before it.
        let whole = m[3] ? parseValue(m[3]).value : null;
        let inferred = false;
        if (whole === null) {
          const before = text.slice(Math.max(0, (m.index ?? 0) - 300), m.index);
          const totals = [...before.matchAll(NUMBER)].map((n) => parseValue(n[0]).value!).filter((n) => n > part);
          if (!totals.length || totals.some((t) => agrees((part / t) * 100, m[2]))) continue;
          whole = totals[totals.length - 1];
          inferred = true;
        }
        if (whole === 0 || part > whole) continue;
        const exact = (part / whole) * 100;
        if (agrees(exact, m[2])) continue;
        out.push({
          severity: inferred ? 'info' : 'warning',
          ...about(ctx, o),
          message: `${nameOf(ctx, o)}: the ${field} says '${m[0]}', but ${m[1]} of ${m[3]} is ${exact.toFixed(Math.max(1, places(m[2])))}%`,
          evidence: { compared: { part, whole, printedPercent: pct, computedPercent: Number(exact.toFixed(4)), wholeInferred: inferred, text: m[0] }, sources: [sourceOf(o, field)] },
        });
      }
    }
  }
  return out;
});
