/**
 * Families m, n, o — table variants. m: space-aligned columns under a dashed rule in plain text (a
 * pdftotext -layout dump of a scorecard), ordinary tables elsewhere, with a summary. n: value columns
 * headed by periods ('Q1 2025/26 | Q2 2025/26'; the latest is the current value), as in most county
 * scorecards. o: single-letter RAG (G/A/R) defined by a key printed in the paper (Kent, Surrey scorecards).
 */
import { cardNodes, letterKey, pickLabels, printRag, reportHead, sections, type Family } from './common';
import type { Node } from '../doc';

export const spaced: Family = {
  name: 'm-spaced-text',
  imitates: 'pdftotext -layout dumps: space-aligned columns under a dashed rule',
  options: { summary: true },
  omits: ['previousRag'],
  build(m, rng) {
    const labels = pickLabels(rng);
    const summary = [['Status', 'Indicators'], ...m.summary!.map((s) => [s.status, String(s.count)]), ['Total', String(m.summary!.reduce((a, s) => a + s.count, 0))]];
    const nodes: Node[] = [...reportHead(m, rng), { kind: 'table', header: true, rows: summary, style: 'spaced' }];
    for (const c of m.cards) {
      const cols: [string, string | null][] = [[labels.target, c.target], [c.floor?.label ?? '', c.floor?.raw ?? null], [labels.current, c.current], [labels.previous, c.previous], [labels.direction, c.directionText], [labels.change, c.change], [labels.rag, printRag(m, c.rag)]];
      const shown = cols.filter(([, v]) => v !== null);
      nodes.push(...cardNodes(c, rng, [{ kind: 'table', header: true, rows: [shown.map(([l]) => l), shown.map(([, v]) => v!)], style: 'spaced' }], sections(c, labels, rng)));
    }
    return { nodes };
  },
};

export const periods: Family = {
  name: 'n-period-columns',
  imitates: 'county scorecards: value columns headed by periods, latest period is the current value',
  omits: ['previousRag', 'floor', 'directionText'],
  build(m, rng) {
    const labels = pickLabels(rng);
    const chronological = rng.chance(0.6);
    const nodes: Node[] = reportHead(m, rng);
    for (const c of m.cards) {
      const p: [string, string | null][] = [[m.periods.previous, c.previous], [m.periods.current, c.current]];
      if (!chronological) p.reverse();
      const cols: [string, string | null][] = [[labels.target, c.target], ...p, [labels.change, c.change], [labels.rag, printRag(m, c.rag)]];
      const shown = cols.filter(([, v]) => v !== null);
      nodes.push(...cardNodes(c, rng, [{ kind: 'table', header: true, rows: [shown.map(([l]) => l), shown.map(([, v]) => v!)] }], sections(c, labels, rng)));
    }
    return { nodes };
  },
};

export const letters: Family = {
  name: 'o-letter-rag',
  imitates: 'Kent/Surrey scorecards: G/A/R letters defined by a key printed in the paper',
  options: { ragStyle: 'letter' },
  omits: ['previousRag'],
  build(m, rng) {
    const labels = pickLabels(rng);
    const nodes: Node[] = [...reportHead(m, rng), ...letterKey(m)];
    for (const c of m.cards) {
      const cols: [string, string | null][] = [[labels.target, c.target], [c.floor?.label ?? '', c.floor?.raw ?? null], [labels.current, c.current], [labels.previous, c.previous], [labels.change, c.change], [labels.rag, printRag(m, c.rag)], ['Direction for Improvement', c.directionText]];
      const shown = cols.filter(([, v]) => v !== null);
      nodes.push(...cardNodes(c, rng, [{ kind: 'table', header: true, rows: [shown.map(([l]) => l), shown.map(([, v]) => v!)] }], sections(c, labels, rng)));
    }
    return { nodes };
  },
};
