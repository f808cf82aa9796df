/**
 * Family r — dashboard tiles: each KPI's latest figure printed large above its name (a RAG word sometimes
 * above the figure) or under it, then the target and the previous figure as label–value pairs on one line, then
 * commentary. The figure has no label: it is the current value because of where it is printed; a figure under
 * the name may have its period as a caption, the previous figure then labelled by its period (slide decks). Imitates
 * dashboard exports (Power BI and similar) pasted into committee papers.
 */
import { cardHeading, pickLabels, printRag, reportHead, sections, type Family } from './common';
import type { Node, Pair } from '../doc';

export const tiles: Family = {
  name: 'r-tiles',
  imitates: 'dashboard tiles: the latest figure large above the KPI name, target and previous beside it',
  omits: ['floor', 'previousRag'],
  build(m, rng) {
    const labels = pickLabels(rng);
    const ragAbove = rng.chance(0.5);
    const headlineBelow = rng.chance(0.4);
    const captioned = rng.chance(0.5);
    const nodes: Node[] = reportHead(m, rng);
    for (const c of m.cards) {
      const rag = printRag(m, c.rag);
      if (ragAbove && rag) nodes.push({ kind: 'para', text: rag, bold: true });
      // Some tiles print the name first and the figure under it, over the labelled figures.
      const figure: Node = { kind: 'heading', level: 2, text: c.current ?? 'N/A' };
      const name: Node = { kind: 'heading', level: 3, text: cardHeading(c, rng) };
      const below = headlineBelow && !(ragAbove && rag);
      nodes.push(...(below ? [name, figure] : [figure, name]));
      // A slide's headline captioned with its period; the previous figure then labelled by its own period.
      const caption = below && captioned && c.current !== null;
      if (caption) nodes.push({ kind: 'para', text: m.periods.current });
      const pairs: Pair[] = [
        ...(c.target ? [{ label: labels.target, value: c.target }] : []),
        ...(c.previous ? [{ label: caption ? m.periods.previous : labels.previous, value: c.previous }] : []),
        ...(c.directionText ? [{ label: labels.direction, value: c.directionText }] : []),
        ...(c.change ? [{ label: labels.change, value: c.change }] : []),
        ...(!ragAbove && rag ? [{ label: labels.rag, value: rag }] : []),
      ];
      nodes.push({ kind: 'pairs', pairs, layout: rng.pick(['inline', 'dot', 'lines'] as const), seps: ['  ', ' | '] });
      nodes.push(...sections(c, labels, rng));
    }
    return { nodes };
  },
};
