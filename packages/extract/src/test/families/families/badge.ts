/**
 * Family h — RAG badge: the RAG word printed as a badge beside the title (same line, right-aligned in
 * PDF) or above it; no identifiers; the figures on one line of pairs with a floor and the previous RAG
 * in brackets. Imitates county council quarterly performance reports (Kent: badge, chart, one figures line).
 */
import { cardNodes, pickLabels, printRag, reportHead, sections, valuePairs, type Family } from './common';
import type { Node } from '../doc';

export const badge: Family = {
  name: 'h-badge',
  imitates: 'Kent quarterly performance report: RAG badge beside or above the KPI title, no identifiers',
  options: { ids: 'none' },
  build(m, rng) {
    const labels = pickLabels(rng);
    const nodes: Node[] = reportHead(m, rng);
    const place = rng.pick(['right', 'above'] as const);
    const sep = rng.pick(['  ', ', ', '   ']);
    for (const c of m.cards) {
      const pairs = valuePairs(m, c, labels, rng, { rag: false, previousRag: 'brackets' });
      const card = cardNodes(c, rng, [{ kind: 'pairs', pairs, layout: 'inline', sep }], sections(c, labels, rng));
      const heading = card[0];
      if (heading.kind === 'heading' && c.rag) heading.badge = { text: printRag(m, c.rag)!, place };
      nodes.push(...card);
    }
    return { nodes };
  },
};
