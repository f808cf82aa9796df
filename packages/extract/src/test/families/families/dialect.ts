/**
 * Family j — markdown dialects: HTML tables inside markdown (<table><tr><th>…), pandoc grid tables
 * (+---+---+) and setext headings (Title / =====); ordinary tables in the other formats. Imitates
 * papers exported from modern.gov / SharePoint HTML and converted with pandoc.
 */
import { cardNodes, pickLabels, reportHead, sections, valuePairs, type Family } from './common';
import type { Node } from '../doc';

export const dialect: Family = {
  name: 'j-html-grid-setext',
  imitates: 'modern.gov HTML and pandoc conversions: HTML tables, grid tables, setext headings',
  build(m, rng) {
    const labels = pickLabels(rng);
    const nodes: Node[] = reportHead(m, rng);
    for (const c of m.cards) {
      const pairs = valuePairs(m, c, labels, rng, { previousRag: 'pair' });
      const style = rng.pick(['html', 'grid'] as const);
      const rows = rng.chance(0.5) ? [pairs.map((p) => p.label), pairs.map((p) => p.value)] : [['Measure', 'Value'], ...pairs.map((p) => [p.label, p.value])];
      nodes.push(...cardNodes(c, rng, [{ kind: 'table', header: true, rows, style }], sections(c, labels, rng, 'heading'), { level: rng.pick([1, 2] as const) }));
    }
    return { nodes, markdown: { setext: true } };
  },
};
