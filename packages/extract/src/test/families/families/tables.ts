/**
 * Families m, n, o — table variants. m: space-aligned columns under a dashed rule in plain text (a
 * pdftotext -layout dump of a scorecard), ordinary tables elsewhere, with a summary. n: value columns
 * headed by periods ('Q1 2025/26 | Q2 2025/26'; the latest is the current value), as in most county
 * scorecards. o: single-letter RAG (G/A/R) defined by a key printed in the paper (Kent, Surrey scorecards).
 */
import { cardNodes, letterKey, pickLabels, printRag, reportHead, sections, type Family } from './common';
import type { Node } from '../doc';
import type { ReportModel } from '../model';
import type { Rng } from '../random';

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
  imitates: 'county scorecards: value columns headed by periods (quarters, or the last three months), latest period is the current value',
  omits: ['previousRag', 'floor', 'directionText'],
  build(m, rng) {
    const labels = pickLabels(rng);
    const chronological = rng.chance(0.6);
    // Monthly papers head the last three months ('Jul-25 | Aug-25 | Sep-25'); the earliest is not scored.
    const months = rng.chance(0.4) ? monthHeadings(m, rng) : null;
    const nodes: Node[] = reportHead(m, rng);
    for (const c of m.cards) {
      const p: [string, string | null][] = months
        ? [[months[0], c.previous ?? c.current], [months[1], c.previous], [months[2], c.current]]
        : [[m.periods.previous, c.previous], [m.periods.current, c.current]];
      if (!chronological) p.reverse();
      const cols: [string, string | null][] = [[labels.target, c.target], ...p, [labels.change, c.change], [labels.rag, printRag(m, c.rag)]];
      const shown = cols.filter(([, v]) => v !== null);
      nodes.push(...cardNodes(c, rng, [{ kind: 'table', header: true, rows: [shown.map(([l]) => l), shown.map(([, v]) => v!)] }], sections(c, labels, rng)));
    }
    return { nodes };
  },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The quarter's three months as a monthly paper heads them ('Jul-25', 'Aug 2025', 'September 2025'). */
function monthHeadings(m: ReportModel, rng: Rng): string[] {
  const start = Number(m.fiscalYear.slice(0, 4));
  const style = rng.pick(['short-dash', 'short-space', 'long']);
  return [0, 1, 2].map((k) => {
    const index = 3 + (m.quarter - 1) * 3 + k; // months from January of the fiscal year's start
    const month = MONTHS[index % 12];
    const year = start + Math.floor(index / 12);
    return style === 'short-dash' ? `${month.slice(0, 3)}-${String(year).slice(2)}` : style === 'short-space' ? `${month.slice(0, 3)} ${year}` : `${month} ${year}`;
  });
}

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
