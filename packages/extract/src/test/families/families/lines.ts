/**
 * Families d, e, f — label–value pairs in running text: one 'Label: value' per line (d); several pairs on
 * one line with the previous RAG in brackets ('Actual: 94%  Target: 90%, Tolerance: 85%  Last quarter:
 * 89% (Amber)') (e), as in Kent's quarterly performance report; the value printed under its label (f).
 */
import { cardNodes, pickLabels, printRag, reportHead, sections, valuePairs, type Family } from './common';
import type { Node, PairLayout } from '../doc';

function pairsFamily(name: string, imitates: string, layout: PairLayout): Family {
  return {
    name,
    imitates,
    build(m, rng) {
      const labels = pickLabels(rng);
      const nodes: Node[] = reportHead(m, rng);
      // Separators between pairs and after labels vary within a paper, as in Kent's figures line.
      const seps = rng.shuffle(['  ', ', ', '   ', '; ']).slice(0, rng.int(1, 3));
      const colon = rng.pick([': ', ': ', ':  ', ' : ']);
      for (const c of m.cards) {
        const inline = layout === 'inline';
        const pairs = valuePairs(m, c, labels, rng, { shuffle: true, previousRag: inline ? 'brackets' : 'pair', rag: !inline });
        const figures: Node[] = [{ kind: 'pairs', pairs, layout, seps, colon }];
        if (inline && c.rag) figures.push({ kind: 'pairs', pairs: [{ label: labels.rag, value: printRag(m, c.rag)! }], layout: 'lines' });
        nodes.push(...cardNodes(c, rng, figures, sections(c, labels, rng)));
      }
      return { nodes };
    },
  };
}

export const labelLines = pairsFamily('d-label-lines', "'Label: value' lines, one pair per line (scorecards exported to text)", 'lines');
export const inlinePairs = pairsFamily('e-inline-pairs', "Kent-style: one line of all the figures with the previous RAG in brackets", 'inline');
export const underLabel = pairsFamily('f-value-under', 'tile dashboards: each value printed under its label', 'under');
