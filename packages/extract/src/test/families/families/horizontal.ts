/**
 * Family a — horizontal value table: a header row over a value row ('Target | Direction for Improvement |
 * Current | Previous | Change'), the RAG under its own label, identifier headings. Imitates the
 * Cambridgeshire-style committee appendices the archive was built on (today's supported case, the control).
 * As the control it keeps that template's own wording; values, units, missing fields and section order vary.
 */
import { cardNodes, pickLabels, printRag, reportHead, sections, type Family } from './common';
import type { Node } from '../doc';

/** The wording of the template the parser was first written for. */
const CONTROL = { target: 'Target', current: 'Current Quarter', previous: 'Previous Quarter', change: 'Change in Performance', description: 'Indicator Description', commentary: 'Commentary', pathToGreen: 'Path to Green', actions: 'Actions' };

export const horizontal: Family = {
  name: 'a-horizontal',
  imitates: 'Cambridgeshire committee appendices: value table headed Target | Direction for Improvement | Current | Previous | Change',
  omits: ['floor', 'previousRag'],
  build(m, rng) {
    const labels = { ...pickLabels(rng), ...CONTROL };
    const nodes: Node[] = reportHead(m, rng);
    const style = rng.pick(['heading', 'plain'] as const);
    for (const c of m.cards) {
      const cols: [string, string | null][] = [[labels.target, c.target], ['Direction for Improvement', c.directionText], [`${labels.current}`, c.current], [labels.previous, c.previous], [labels.change, c.change]];
      const shown = cols.filter(([, v]) => v !== null);
      const figures: Node[] = [{ kind: 'table', header: true, rows: [shown.map(([l]) => l), shown.map(([, v]) => v!)] }];
      if (c.rag) figures.push({ kind: 'section', label: 'RAG Rating', text: printRag(m, c.rag)!, style });
      nodes.push(...cardNodes(c, rng, figures, sections(c, labels, rng, style), { page: true }));
    }
    return { nodes };
  },
};
