/** Cover-report statements checked against their own lists, the summary table and the cards. */
import { describeProv, type Provenance } from '@kpi/extract';
import { periodKey, type ArchiveObservation, type ArchiveReport } from '../reconcile';
import { cosine, terms, titleSimilarity } from '../similarity';

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
import { about, period, sourceOf, type Finding, type Rule, type RuleContext } from './types';
import { cardsOfPeriod } from './summary-count-vs-cards';

const norm = (id: string | null) => id?.toLowerCase().replace(/\s+/g, ' ').trim() ?? null;

function cardFor(ctx: RuleContext, cards: ArchiveObservation[], id: string | null): ArchiveObservation | undefined {
  return id ? cards.find((o) => norm(ctx.idOf(o)) === norm(id)) : undefined;
}

/** 'N indicators saw an improvement' followed by a list of a different length. */
export const countVsList: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const r of ctx.reports) {
    for (const c of r.claims) {
      if (c.count === null) continue;
      if (['improved', 'declined', 'unchanged', 'moved'].includes(c.kind) && c.items.length && c.items.length !== c.count) {
        out.push({
          rule: 'count-vs-list',
          severity: 'error',
          reportId: r.reportId,
          observationId: null,
          indicatorKey: null,
          reportedId: null,
          message: `${r.fileName} says ${c.count} indicator${c.count === 1 ? '' : 's'} ${verb(c.kind)} but lists ${c.items.length}`,
          evidence: { compared: { stated: c.count, listed: c.items.length, items: c.items.map((i) => i.printedId ?? i.title), text: c.text }, sources: [{ what: 'statement', file: r.fileName, ref: describeProv(c.prov) }, ...c.items.map((i) => ({ what: i.printedId ?? i.title, file: r.fileName, ref: describeProv(i.prov) }))] },
        });
      }
      if (c.kind === 'status-count' && c.status) {
        const row = r.summary.find((s) => s.status === c.status);
        if (row && row.count !== null && row.count !== c.count) {
          out.push({
            rule: 'count-vs-list',
            severity: 'error',
            reportId: r.reportId,
            observationId: null,
            indicatorKey: null,
            reportedId: null,
            message: `${r.fileName} says there ${c.count === 1 ? 'is' : 'are'} ${c.count} ${c.status} indicator${c.count === 1 ? '' : 's'}, but its summary table counts ${row.count}`,
            evidence: { compared: { stated: c.count, summary: row.count, status: c.status, text: c.text }, sources: [{ what: 'statement', file: r.fileName, ref: describeProv(c.prov) }, { what: 'summary table', file: r.fileName, ref: row.sourceRef ?? '' }] },
          });
        }
      }
    }
  }
  return out;
};

const verb = (kind: string) => ({ improved: 'improved', declined: 'declined', unchanged: 'were unchanged', moved: 'moved status' })[kind] ?? kind;

/** A status, change or title a cover gives for a KPI that differs from that KPI's card. */
export const coverVsCard: Rule = (ctx) => {
  const out: Finding[] = [];
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
};

function finding(ctx: RuleContext, r: ArchiveReport, card: ArchiveObservation, severity: Finding['severity'], message: string, compared: Record<string, unknown>, at: Provenance, cardSource: ReturnType<typeof sourceOf>): Finding {
  return { rule: 'cover-vs-card', severity, ...about(ctx, card), reportId: r.reportId, message, evidence: { compared: { ...compared, period: period(r) }, sources: [{ what: 'cover statement', file: r.fileName, ref: describeProv(at) }, cardSource] } };
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
