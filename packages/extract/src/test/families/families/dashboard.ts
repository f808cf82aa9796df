/**
 * Family g — dashboard: 'Label:' words in one PDF column (x=60) and their values in another (x=200),
 * paired only by baseline; two columns of a borderless table in Word, text and markdown. Imitates
 * one-page-per-KPI dashboards exported from performance systems (Pentana/InPhase style).
 */
import { cardNodes, pickLabels, reportHead, sections, valuePairs, type Family } from './common';
import type { Node } from '../doc';

export const dashboard: Family = {
  name: 'g-dashboard',
  imitates: 'Pentana/InPhase-style dashboards: label column and value column paired by baseline',
  build(m, rng) {
    const labels = pickLabels(rng);
    const nodes: Node[] = reportHead(m, rng);
    for (const c of m.cards) {
      const pairs = valuePairs(m, c, labels, rng, { shuffle: true, previousRag: 'pair' }).map((p) => ({ label: `${p.label}:`, value: p.value }));
      nodes.push(...cardNodes(c, rng, [{ kind: 'pairs', pairs, layout: 'columns' }], sections(c, labels, rng, 'heading'), { page: true }));
    }
    return { nodes };
  },
};
