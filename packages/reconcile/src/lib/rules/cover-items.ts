/** The indicators a cover report names, matched to the cards of its quarter. */
import type { Provenance } from '@kpi/extract';
import { titleSimilarity } from '@kpi/normalise';
import { periodKey, type ArchiveObservation, type ArchiveReport } from '../archive';
import { cardsOfPeriod } from './cards-of-period';
import type { RuleContext } from './finding';

const norm = (id: string | null) => id?.toLowerCase().replace(/\s+/g, ' ').trim() ?? null;

/** The card among `cards` with identifier `id` (as printed or deduced). */
export function cardFor(ctx: RuleContext, cards: ArchiveObservation[], id: string | null): ArchiveObservation | undefined {
  return id ? cards.find((o) => norm(ctx.idOf(o)) === norm(id)) : undefined;
}

/** Titles a cover gives its indicators, against the card's title (reported as title variants). */
export function coverTitles(ctx: RuleContext): { r: ArchiveReport; card: ArchiveObservation; title: string; at: Provenance }[] {
  const out: ReturnType<typeof coverTitles> = [];
  for (const r of ctx.reports) {
    if (!periodKey(r)) continue;
    const cards = cardsOfPeriod(ctx, r.reportId, periodKey(r));
    const seen = new Set<string>();
    for (const c of r.claims) {
      for (const item of c.items) {
        const card = cardFor(ctx, cards, item.printedId);
        if (!card || !card.observation.title || seen.has(item.printedId!)) continue;
        seen.add(item.printedId!);
        if (titleSimilarity(item.title, card.observation.title) < 0.999) out.push({ r, card, title: item.title, at: item.prov });
      }
    }
  }
  return out;
}
