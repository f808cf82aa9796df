/**
 * Family i — markdown dialect with bold label lines ('**Target:** 90%') and pairs joined by ' · ' on one
 * line; the other formats print the same text without markup. Imitates papers converted to markdown by
 * CMS exports and pandoc from Word (bold run labels).
 */
import { cardNodes, pickLabels, reportHead, sections, valuePairs, type Family } from './common';
import type { Node } from '../doc';

export const boldLabels: Family = {
  name: 'i-bold-dot',
  imitates: 'CMS/pandoc markdown exports: **Label:** value lines and pairs joined by middle dots',
  build(m, rng) {
    const labels = pickLabels(rng);
    const nodes: Node[] = reportHead(m, rng);
    for (const c of m.cards) {
      const pairs = valuePairs(m, c, labels, rng, { shuffle: true, previousRag: 'pair' });
      const layout = rng.pick(['bold', 'dot'] as const);
      nodes.push(...cardNodes(c, rng, [{ kind: 'pairs', pairs, layout }], sections(c, labels, rng, 'bold'), { level: 3 }));
    }
    return { nodes };
  },
};
