/**
 * Families b and c — vertical tables: a label column and a value column in two-cell rows, including a
 * 'RAG Rating | Amber' row (b), or the same under a '| Measure | Value |' header (c). Imitates Word
 * papers from district councils (e.g. Reigate & Banstead's 'Status' / tolerance tables).
 */
import { cardNodes, pickLabels, reportHead, sections, valuePairs, type Family } from './common';
import type { Node } from '../doc';

function vertical(name: string, header: string[] | null): Family {
  return {
    name,
    imitates: header ? 'Word card tables headed Measure | Value' : 'Word card tables of two-cell rows (RAG Rating | Amber)',
    build(m, rng) {
      const labels = pickLabels(rng);
      const nodes: Node[] = reportHead(m, rng);
      for (const c of m.cards) {
        const pairs = valuePairs(m, c, { ...labels, rag: header ? labels.rag : 'RAG Rating' }, rng, { shuffle: true, previousRag: 'pair' });
        const rows = pairs.map((p) => [p.label, p.value]);
        const figures: Node[] = [{ kind: 'table', header: header !== null, rows: header ? [header, ...rows] : rows }];
        nodes.push(...cardNodes(c, rng, figures, sections(c, labels, rng)));
      }
      return { nodes };
    },
  };
}

export const verticalRows = vertical('b-vertical', null);
export const verticalHeaded = vertical('c-measure-value', ['Measure', 'Value']);
