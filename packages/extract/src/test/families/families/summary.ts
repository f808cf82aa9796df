/**
 * Families k and l — RAG summary tables. k: statuses as rows (words), a Total row, '-' or '–' for zero,
 * as in Havering's and Medway's corporate performance covers. l: statuses as columns ('G | A | R | TOTAL'
 * or 'Green | Amber | Red | Total') with a row per service and a TOTAL row, then per-service tables of
 * each KPI's previous and latest RAG, as in Kent's executive summary.
 * Both carry cards printed as 'Label: value' lines.
 */
import { cardNodes, pickLabels, printRag, reportHead, sections, valuePairs, type Family, type Labels } from './common';
import type { Node } from '../doc';
import type { ReportModel } from '../model';
import type { Rng } from '../random';

function lineCards(m: ReportModel, labels: Labels, rng: Rng): Node[] {
  return m.cards.flatMap((c) => cardNodes(c, rng, [{ kind: 'pairs', pairs: valuePairs(m, c, labels, rng, { previousRag: 'pair' }), layout: 'lines' }], sections(c, labels, rng)));
}

export const summaryRows: Family = {
  name: 'k-summary-rows',
  imitates: 'Havering/Medway covers: RAG statuses as rows with counts, a Total row, dashes for zero',
  options: { summary: true },
  build(m, rng) {
    const labels = pickLabels(rng);
    const zero = rng.pick(['-', '–', '0']);
    const total = m.summary!.reduce((a, s) => a + s.count, 0);
    const rows = [[rng.pick(['RAG status', 'Status', 'Rating']), rng.pick(['Number of indicators', 'Number of KPIs', 'Count'])]];
    for (const s of m.summary!) rows.push([printRag({ ...m, ragStyle: m.ragStyle === 'letter' ? 'word' : m.ragStyle }, s.status)!, s.count ? String(s.count) : zero]);
    rows.push([rng.pick(['Total', 'TOTAL']), String(total)]);
    const nodes: Node[] = [...reportHead(m, rng), { kind: 'heading', level: 2, text: 'Summary of performance' }, { kind: 'table', header: true, rows }];
    return { nodes: [...nodes, ...lineCards(m, labels, rng)] };
  },
};

const SERVICES = ['Adult Social Care', "Children's Services", 'Environment and Transport', 'Corporate Services'];

export const summaryColumns: Family = {
  name: 'l-summary-columns',
  imitates: 'Kent executive summary: statuses as columns (G | A | R | TOTAL), a row per service, a TOTAL row',
  options: { summary: true },
  build(m, rng) {
    const labels = pickLabels(rng);
    const letters = rng.chance(0.5);
    const statuses = m.summary!.map((s) => s.status);
    const services = rng.shuffle(SERVICES).slice(0, rng.int(2, 3));
    const serviceOf = m.cards.map((_, i) => services[i % services.length]);
    const header = ['Service', ...statuses.map((s) => (letters ? s[0] : s)), letters ? 'TOTAL' : 'Total'];
    const count = (svc: string | null, st: string) => m.cards.filter((c, i) => c.rag === st && (svc === null || serviceOf[i] === svc)).length;
    const line = (name: string, svc: string | null) => {
      const counts = statuses.map((st) => count(svc, st));
      return [name, ...counts.map((n) => (n ? String(n) : rng.pick(['-', '0']))), String(counts.reduce((a, b) => a + b, 0))];
    };
    const rows = [header, ...services.map((s) => line(s, s)), line(letters ? 'TOTAL' : 'Total', null)];
    const nodes: Node[] = [...reportHead(m, rng), { kind: 'heading', level: 2, text: 'Executive summary' }, { kind: 'table', header: true, rows }];
    // Per-service tables of each KPI's previous and latest RAG: rows that must not become cards.
    for (const svc of services) {
      const list = m.cards.filter((_, i) => serviceOf[i] === svc).map((c) => [c.title, printRag(m, c.previousRag) ?? '', printRag(m, c.rag) ?? '']);
      nodes.push({ kind: 'heading', level: 3, text: svc }, { kind: 'table', header: true, rows: [['Indicator', 'Previous RAG', 'Latest RAG'], ...list] });
    }
    return { nodes: [...nodes, ...lineCards(m, labels, rng)] };
  },
};
