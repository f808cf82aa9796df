import { fiscalStartYear, fiscalYearLabel } from '@kpi/normalise';
import { periodKey, periodName, type ArchiveObservation } from '../archive';
import { byKey } from './by-measure';
import { about, defineRule, sourceOf, type Draft } from './finding';

/** The period an observation's 'previous' figure stands for, as a period key; null when the basis does not say. */
function previousPeriodOf(o: ArchiveObservation): string | null {
  const start = o.fiscalYear ? fiscalStartYear(o.fiscalYear) : null;
  if (start === null || !o.quarter) return null;
  const label = (y: number, q: number) => periodKey({ fiscalYear: fiscalYearLabel(y), quarter: q });
  if (o.observation.periodBasis === 'quarter') return o.quarter === 1 ? label(start - 1, 4) : label(start, o.quarter - 1);
  if (o.observation.periodBasis === 'year') return label(start - 1, o.quarter);
  return null;
}

/** A previous-period figure differs from the current figure an earlier report gave for that same period. */
export const previousVsPriorCurrent = defineRule('previous-vs-prior-current', (ctx) => {
  const out: Draft[] = [];
  for (const [key, list] of byKey(ctx)) {
    for (const o of list) {
      const prevPeriod = previousPeriodOf(o);
      const prev = o.observation.previous.value;
      if (!prevPeriod || prev === null) continue;
      const earlier = list.find((e) => periodKey(e) === prevPeriod && e.observation.periodBasis === o.observation.periodBasis && e.observation.current.value !== null);
      if (!earlier || Math.abs(earlier.observation.current.value! - prev) < 1e-9) continue;
      out.push({
          severity: 'warning',
        ...about(ctx, o),
        indicatorKey: key,
        message: `${ctx.idOf(o) ?? key}: ${o.fileName} gives the previous ${o.observation.periodBasis} as ${o.observation.previous.raw}, but ${earlier.fileName} reported ${earlier.observation.current.raw} for ${periodName(earlier)}`,
        evidence: { compared: { previous: prev, earlierCurrent: earlier.observation.current.value, period: periodName(earlier) }, sources: [sourceOf(o, 'previous value', 'previous', o.observation.previous.raw), sourceOf(earlier, 'earlier current value', 'current', earlier.observation.current.raw)] },
      });
    }
  }
  return out;
});
