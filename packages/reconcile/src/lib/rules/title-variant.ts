import type { ArchiveObservation } from '../archive';
import { byKey, normTitle } from './by-measure';
import { coverTitles } from './cover-items';
import { about, defineRule, sourceAt, sourceOf, type Draft } from './finding';

/** The same KPI titled differently in two places (across reports, scorecard and card, cover and card). */
export const titleVariant = defineRule('title-variant', (ctx) => {
  const out: Draft[] = [];
  for (const [key, list] of byKey(ctx)) {
    const seen = new Map<string, ArchiveObservation>();
    for (const o of list) {
      const t = o.observation.title;
      if (!t) continue;
      const n = normTitle(t);
      if (seen.size && !seen.has(n)) {
        const [, first] = [...seen][0];
        out.push({
          severity: 'info',
          ...about(ctx, o),
          indicatorKey: key,
          message: `${ctx.idOf(o) ?? key} is titled '${t}' in ${o.fileName} but '${first.observation.title}' in ${first.fileName}`,
          evidence: { compared: { title: t, earlier: first.observation.title }, sources: [sourceOf(first, 'earlier title', 'heading', first.observation.title), sourceOf(o, 'title', 'heading', t)] },
        });
      }
      if (!seen.has(n)) seen.set(n, o);
    }
  }
  for (const o of ctx.observations) {
    const row = o.observation.scorecard;
    if (!row || !o.observation.title || o.observation.notes.includes('identified:scorecard')) continue;
    if (normTitle(row.title) === normTitle(o.observation.title)) continue;
    out.push({
      severity: 'info',
      ...about(ctx, o),
      message: `${ctx.idOf(o)}: the scorecard calls it '${row.title}', the card '${o.observation.title}'`,
      evidence: { compared: { scorecard: row.title, card: o.observation.title }, sources: [sourceAt('scorecard title', o.fileName, row.prov), sourceOf(o, 'card title', 'heading', o.observation.title)] },
    });
  }
  for (const { r, card, title, at } of coverTitles(ctx)) {
    const a = normTitle(title);
    const b = normTitle(card.observation.title!);
    // Narrative wraps long titles; a cut-off title is the same title.
    if (a === b || (b.startsWith(a) && a.length >= 0.6 * b.length)) continue;
    out.push({
      severity: 'info',
      ...about(ctx, card),
      reportId: r.reportId,
      message: `${ctx.idOf(card)}: ${r.fileName} calls it '${title}', the card in ${card.fileName} '${card.observation.title}'`,
      evidence: { compared: { cover: title, card: card.observation.title }, sources: [sourceAt('cover title', r.fileName, at), sourceOf(card, 'card title', 'heading', card.observation.title)] },
    });
  }
  return out;
});
