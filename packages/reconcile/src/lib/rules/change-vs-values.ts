import { ARROWS_MOVEMENT_NOTE, ARROWS_PERFORMANCE_NOTE, parseChange, parseDirection, parseValue } from '@kpi/normalise';
import { about, defineRule, nameOf, sourceAt, sourceOf, type Draft } from './finding';

/**
 * A change label or arrow contradicts the current and previous values and the direction. Where the
 * KPI has no direction (contextual), an arrow can only mean the figure's movement, so it is checked so.
 */
export const changeVsValues = defineRule('change-vs-values', (ctx) => {
  const out: Draft[] = [];
  for (const o of ctx.observations) {
    const ob = o.observation;
    const cur = ob.current.value;
    const prev = ob.previous.value;
    if (cur === null || prev === null) continue;
    const candidates: { where: string; raw: string; field: 'change' | null }[] = [];
    // A KPI printed only as a scorecard row: its change is the row's, checked once, named as the scorecard's.
    const rowOnly = ob.origin === 'scorecard';
    if (ob.changeRaw) candidates.push({ where: rowOnly ? 'scorecard' : 'card', raw: ob.changeRaw, field: 'change' });
    const sc = ob.scorecard;
    if (!rowOnly && sc?.change?.raw && parseValue(sc.current?.raw).value === cur) candidates.push({ where: 'scorecard', raw: sc.change.raw, field: null });
    for (const c of candidates) {
      const direction = ob.direction ?? parseDirection(sc?.direction?.raw);
      // Where the paper's key says arrows show the figure's movement, an arrow reads by the KPI's direction.
      // A movement in words ('Up', 'Down') reads by the direction too.
      const printed = ob.notes.includes(ARROWS_MOVEMENT_NOTE) && direction ? parseChange(c.raw, { direction }) : parseChange(c.raw, undefined, direction);
      if (!printed || printed === 'Contextual' || printed === 'N/A') continue;
      const isArrow = /^[↑↓⬆⬇▲▼]$/.test(c.raw.trim());
      let expected: string;
      let basis: string;
      if (direction) {
        const better = direction === 'higher' ? cur > prev : cur < prev;
        expected = cur === prev ? 'Unchanged' : better ? 'Improving' : 'Declining';
        basis = `${direction} is better`;
      } else if (isArrow && !ob.notes.includes(ARROWS_PERFORMANCE_NOTE)) {
        expected = cur === prev ? 'Unchanged' : cur > prev ? 'Improving' : 'Declining';
        basis = 'no direction for improvement, so the arrow shows the movement';
      } else continue;
      if (expected === printed) continue;
      const shown = isArrow ? `${c.raw.trim()} (${printed === 'Improving' ? 'up' : printed === 'Declining' ? 'down' : printed})` : c.raw;
      out.push({
        severity: 'warning',
        ...about(ctx, o),
        message: `${nameOf(ctx, o)}: the ${c.where} shows change ${shown} but the figure went from ${ob.previous.raw} to ${ob.current.raw} (${basis})`,
        evidence: {
          compared: { printed: c.raw, expected: isArrow && !direction ? (cur > prev ? '↑' : cur < prev ? '↓' : '→') : expected, current: cur, previous: prev, direction },
          sources: [
            c.field ? sourceOf(o, c.where === 'card' ? 'change' : 'scorecard change', 'change', c.raw) : sourceAt('scorecard change', o.fileName, sc?.change?.prov, c.raw, 'scorecard'),
            sourceOf(o, 'current value', 'current', ob.current.raw),
            sourceOf(o, 'previous value', 'previous', ob.previous.raw),
          ],
        },
      });
    }
  }
  return out;
});
