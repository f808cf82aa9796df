/**
 * Family q — form tables: each KPI is one bordered table, as Word reports lay out a card: a row naming the
 * indicator ('Indicator | Missed bin collections'), sometimes its reference ('Ref | HS 4'), the figures two
 * label–value pairs to a row ('Target | 90% | Actual | 85%'), then a row per text section ('Commentary |
 * …'). No headings outside the tables. Imitates district council quarterly monitoring in Word.
 */
import { pickLabels, printRag, reportHead, type Family } from './common';
import type { Node } from '../doc';

const NAME_LABELS = ['Indicator', 'Measure', 'KPI', 'Performance indicator', 'Measure name'];
const REF_LABELS = ['Ref', 'Reference', 'PI Ref', 'Code'];

export const formTable: Family = {
  name: 'q-form-table',
  imitates: 'Word monitoring reports: each KPI a form-like table of label cells, two pairs to a row, text rows',
  omits: ['previousRag'],
  build(m, rng) {
    const labels = pickLabels(rng);
    const nameLabel = rng.pick(NAME_LABELS);
    const refLabel = rng.chance(0.5) ? rng.pick(REF_LABELS) : null;
    const nodes: Node[] = reportHead(m, rng);
    for (const c of m.cards) {
      const rows: string[][] = [];
      if (refLabel && c.printedId) rows.push([nameLabel, c.title, refLabel, c.printedId]);
      else rows.push([nameLabel, c.printedId ? `${c.printedId}: ${c.title}` : c.title, '', '']);
      const pairs: [string, string][] = [];
      if (c.target) pairs.push([labels.target, c.target]);
      if (c.floor) pairs.push([c.floor.label, c.floor.raw]);
      if (c.current) pairs.push([labels.current, c.current]);
      if (c.previous) pairs.push([labels.previous, c.previous]);
      if (c.directionText) pairs.push([labels.direction, c.directionText]);
      if (c.change) pairs.push([labels.change, c.change]);
      if (c.rag) pairs.push([labels.rag, printRag(m, c.rag)!]);
      for (let i = 0; i < pairs.length; i += 2) rows.push([...pairs[i], ...(pairs[i + 1] ?? ['', ''])]);
      const texts: [string, string | null][] = [[labels.description, c.description], [labels.commentary, c.commentary], [labels.pathToGreen, c.pathToGreen], [labels.actions, c.actions]];
      for (const [label, text] of texts) if (text) rows.push([label, text, '', '']);
      nodes.push({ kind: 'table', header: false, rows });
    }
    return { nodes };
  },
};
