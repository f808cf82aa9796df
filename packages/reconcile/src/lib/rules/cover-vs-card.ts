import type { Provenance } from '@kpi/extract';
import { cosine, terms } from '@kpi/normalise';
import { periodKey, periodName, type ArchiveObservation, type ArchiveReport } from '../archive';
import { cardsOfPeriod } from './cards-of-period';
import { cardFor } from './cover-items';
import { about, defineRule, sourceAt, sourceOf, type Draft, type RuleContext, type Severity } from './finding';

/** The figures of a text ('1,400', '103%', '8.6%'), normalised; years and paragraph numbers left out. */
export function figures(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*%)?/g)) {
    const n = m[1].replace(/,/g, '');
    if (!m[2] && /^(?:19|20)\d{2}$/.test(n)) continue;
    out.add(`${n}${m[2] ? '%' : ''}`);
  }
  return out;
}

/** A status, change or title a cover gives for a KPI that differs from that KPI's card. */
export const coverVsCard = defineRule('cover-vs-card', (ctx) => {
  const out: Draft[] = [];
  for (const r of ctx.reports) {
    if (!periodKey(r) || !r.claims.length) continue;
    const cards = cardsOfPeriod(ctx, r.reportId, periodKey(r));
    if (!cards.length) continue;
    for (const c of r.claims) {
      for (const item of c.items) {
        const card = cardFor(ctx, cards, item.printedId);
        if (!card) continue;
        const ob = card.observation;
        const claimedStatus = c.kind === 'status-count' || c.kind === 'moved' || (c.status && (c.kind === 'improved' || c.kind === 'declined')) ? c.status : null;
        if (claimedStatus && ob.rag && claimedStatus !== ob.rag) {
          out.push(finding(ctx, r, card, 'error', `${item.printedId}: ${r.fileName} reports it as ${claimedStatus}, its card in ${card.fileName} as ${ob.rag}`, { field: 'rag', cover: claimedStatus, card: ob.rag, statement: c.text }, item.prov, sourceOf(card, 'card RAG', 'rag', ob.rag)));
        }
        // Figures the cover quotes from the card's commentary must be the card's figures.
        if (item.commentary && ob.commentary && cosine(terms(item.commentary), terms(ob.commentary)) >= 0.5) {
          const onCard = figures(ob.commentary);
          const differ = [...figures(item.commentary)].filter((f) => !onCard.has(f));
          if (differ.length) {
            out.push(finding(ctx, r, card, 'warning', `${item.printedId}: ${r.fileName} quotes ${differ.join(', ')} in its commentary, which the card in ${card.fileName} does not give`, { field: 'commentary', coverFigures: differ, cardFigures: [...onCard] }, item.prov, sourceOf(card, 'card commentary')));
          }
        }
        const claimedChange = c.kind === 'improved' ? 'Improving' : c.kind === 'declined' ? 'Declining' : c.kind === 'unchanged' ? 'Unchanged' : null;
        if (claimedChange && ob.change && ob.change !== claimedChange && ['Improving', 'Declining', 'Unchanged'].includes(ob.change)) {
          out.push(finding(ctx, r, card, 'error', `${item.printedId}: ${r.fileName} lists it as ${claimedChange.toLowerCase()}, its card says ${ob.changeRaw}`, { field: 'change', cover: claimedChange, card: ob.changeRaw, statement: c.text }, item.prov, sourceOf(card, 'card change', 'change', ob.changeRaw)));
        }
      }
    }
  }
  return out;
});

function finding(ctx: RuleContext, r: ArchiveReport, card: ArchiveObservation, severity: Severity, message: string, compared: Record<string, unknown>, at: Provenance, cardSource: ReturnType<typeof sourceOf>): Draft {
  return { severity, ...about(ctx, card), reportId: r.reportId, message, evidence: { compared: { ...compared, period: periodName(r) }, sources: [sourceAt('cover statement', r.fileName, at), cardSource] } };
}
