/**
 * Family h — RAG badge: the RAG word printed as a badge beside the title (same line, right-aligned in
 * PDF) or above it; no identifiers; the figures on one line of pairs with a floor and the previous RAG
 * in brackets, often under a trend chart whose axis dates and ticks must not become cards. Imitates county
 * council quarterly performance reports (Kent: badge, chart, one figures line).
 */
import { cardNodes, pickLabels, printRag, reportHead, sections, valuePairs, type Family } from './common';
import type { Node } from '../doc';
import type { CardModel, ReportModel } from '../model';
import type { Rng } from '../random';

const MONTHS = ['Mar', 'Jun', 'Sep', 'Dec'];

/** A trend chart's printed text: five quarter-end dates, axis ticks in the card's unit, a legend. */
function chart(m: ReportModel, c: CardModel, rng: Rng): Node {
  const year = Number(m.fiscalYear.slice(0, 4));
  const categories = Array.from({ length: 5 }, (_, i) => {
    const q = m.quarter - 4 + i; // the last five quarters, ending with the reported one
    const fy = year + Math.floor((q - 1) / 4);
    const month = MONTHS[(((q % 4) + 4) % 4)];
    return `${month}-${String(month === 'Mar' ? fy + 1 : fy).slice(2)}`;
  });
  const pct = c.current?.endsWith('%') || c.target?.endsWith('%');
  const top = rng.pick([80, 100, 120]);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => `${Math.round(top * f)}${pct ? '%' : ''}`).reverse();
  return { kind: 'chart', title: rng.pick(['Performance trend', 'Quarterly trend', c.title]), ticks, categories, legend: rng.pick([['Actual', 'Target'], ['Actual', 'Target', 'Floor'], ['Performance', 'Target']]) };
}

export const badge: Family = {
  name: 'h-badge',
  imitates: 'Kent quarterly performance report: RAG badge beside or above the KPI title, no identifiers',
  options: { ids: 'none' },
  build(m, rng) {
    const labels = pickLabels(rng);
    const nodes: Node[] = reportHead(m, rng);
    const place = rng.pick(['right', 'above'] as const);
    const seps = rng.shuffle(['  ', ', ', '   ', '  ']).slice(0, rng.int(1, 3));
    for (const c of m.cards) {
      const pairs = valuePairs(m, c, labels, rng, { rag: false, previousRag: 'brackets' });
      const figures: Node[] = [{ kind: 'pairs', pairs, layout: 'inline', seps }];
      if (rng.chance(0.7)) figures.unshift(chart(m, c, rng));
      const card = cardNodes(c, rng, figures, sections(c, labels, rng));
      const heading = card[0];
      if (heading.kind === 'heading' && c.rag) heading.badge = { text: printRag(m, c.rag)!, place };
      nodes.push(...card);
    }
    return { nodes };
  },
};
