/**
 * Family p — scorecard only: no cards; each service's KPIs are rows of a table under the service's
 * heading, with a reference column (or the identifier in the name), figures under the council's own
 * headings (periods such as 'Q1 2025/26 | Q2 2025/26', or 'Actual', 'Last year'), a DoT column, the RAG
 * and a comments column; a RAG summary first. Imitates district and borough KPI monitoring reports
 * (Reigate & Banstead's 'Status' and 'management action/comment', Havering's DoT column); the latest quarter
 * may head its figures on a row of its own ('Q2 2025/26' over 'Actual | Target'); the RAG may be shown by
 * the cell's colour alone.
 */
import { cardHeading, pickLabels, printRag, reportHead, type Family } from './common';
import type { Node } from '../doc';
import type { CardModel, ReportModel } from '../model';
import type { Rng } from '../random';

const SERVICES = ['Housing', 'Waste and Recycling', 'Customer Services', 'Planning', 'Revenues and Benefits', 'Leisure and Culture'];
const NAME_HEADINGS = ['Performance Indicator', 'Indicator', 'Measure', 'KPI', 'Description', 'Key Performance Indicator'];
const REF_HEADINGS = ['Ref', 'PI Ref', 'No.', 'Code', 'KPI Ref'];
/** The fills councils shade RAG cells with (Excel's standard red, amber, green and blue), by the word they stand for. */
const RAG_FILLS = { Red: '#FF0000', RED: '#FF0000', Amber: '#FFC000', AMBER: '#FFC000', Green: '#00B050', GREEN: '#00B050', Blue: '#0070C0', BLUE: '#0070C0' };
/** Quarter headings in words ('Position at end of Q1') or with what the figure is ('Q2 (YTD)', 'Q2 Value'). */
const POSITION_HEADINGS = [(q: string) => `Position at end of ${q}`, (q: string) => `${q} position`, (q: string) => `Performance at ${q}`, (q: string) => `Actual to ${q}`, (q: string) => `${q} (YTD)`, (q: string) => `${q} Value`];
const COMMENT_HEADINGS = ['Comments', 'Commentary', 'Management action/comment', 'Officer commentary'];

/** Split the cards into one to three consecutive service groups. */
function groups(cards: CardModel[], rng: Rng): CardModel[][] {
  const n = Math.min(cards.length, rng.int(1, 3));
  const out: CardModel[][] = [];
  let from = 0;
  for (let i = 0; i < n; i++) {
    const to = i === n - 1 ? cards.length : from + Math.max(1, Math.round((cards.length - from) / (n - i)));
    out.push(cards.slice(from, to));
    from = to;
  }
  return out;
}

export const scorecard: Family = {
  name: 'p-scorecard',
  imitates: 'district/borough KPI monitoring: a scorecard table per service, no cards, council headings, comments column',
  options: { summary: true, cards: [5, 9] },
  omits: ['floor', 'previousRag', 'description', 'pathToGreen', 'actions'],
  build(m: ReportModel, rng: Rng) {
    const labels = pickLabels(rng);
    const withRef = rng.chance(0.6);
    const byPeriod = rng.chance(0.5);
    const chronological = rng.chance(0.7);
    // Some head each quarter's figures in words only a column heading uses ('Position at end of Q1', 'Q2 position');
    // the year goes with the quarter where the two quarters straddle years.
    const worded = byPeriod && rng.chance(0.3) ? rng.pick(POSITION_HEADINGS) : null;
    const straddles = m.periods.previous.startsWith('Q4') && m.periods.current.startsWith('Q1');
    const periodHead = (p: string) => (worded ? worded(straddles ? p : p.split(' ')[0]) : p);
    const periodCols = byPeriod ? [periodHead(m.periods.previous), periodHead(m.periods.current)] : [labels.previous, labels.current];
    const valueHeads = chronological ? periodCols : [...periodCols].reverse();
    // Some print the latest quarter over its own figures' headings ('Q2 2025/26' over 'Actual | Target').
    const grouped = byPeriod && chronological && rng.chance(0.4);
    const header = [
      ...(withRef ? [rng.pick(REF_HEADINGS)] : []),
      rng.pick(NAME_HEADINGS),
      ...(grouped ? [] : [labels.target]),
      ...(grouped ? [m.periods.previous, rng.pick(['Actual', 'Outturn', 'Performance', 'Value']), labels.target] : valueHeads),
      labels.direction,
      rng.pick(['DoT', 'Direction of Travel', 'Trend', labels.change]),
      rng.pick(['RAG', 'Status', 'RAG Status']),
      rng.pick(COMMENT_HEADINGS),
    ];
    const summary = [['Status', 'Number of indicators'], ...m.summary!.map((s) => [printRag({ ...m, ragStyle: 'word' }, s.status)!, String(s.count)])];
    const nodes: Node[] = [...reportHead(m, rng), { kind: 'heading', level: 2, text: 'Summary' }, { kind: 'table', header: true, rows: summary }];
    const services = rng.shuffle(SERVICES);
    // Some councils print one table for all services, each service a row of its own across the table.
    const oneTable = rng.chance(0.4);
    const all: string[][] = [header];
    // Some show the RAG by colour alone: the cell shaded, no words (Word and PDF; markdown and text print the word).
    const byColour = rng.chance(0.3);
    const ragCol = header.length - 2;
    const fillsOf = (rows: string[][]) => (byColour ? rows.map((r, i) => r.map((c, j) => (i > 0 && j === ragCol ? (RAG_FILLS[c as keyof typeof RAG_FILLS] ?? null) : null))) : undefined);
    // A text dump may flatten a table to one cell per line (a web copy row by row, plain pdftotext by column).
    const dump = rng.pick([undefined, undefined, 'cells', 'columns'] as const);
    const groupsOf = grouped ? [{ text: m.periods.current, from: header.indexOf(m.periods.previous) + 1, span: 2 }] : undefined;
    groups(m.cards, rng).forEach((cards, g) => {
      const rows = cards.map((c) => {
        const values = chronological ? [c.previous ?? '', c.current ?? ''] : [c.current ?? '', c.previous ?? ''];
        return [
          ...(withRef ? [c.printedId ?? ''] : []),
          withRef ? c.title : cardHeading(c, rng),
          ...(grouped ? [c.previous ?? '', c.current ?? '', c.target ?? ''] : [c.target ?? '', ...values]),
          c.directionText ?? '',
          c.change ?? '',
          printRag(m, c.rag) ?? '',
          c.commentary ?? '',
        ];
      });
      const service = services[g % services.length];
      if (oneTable) all.push([service, ...header.slice(1).map(() => '')], ...rows);
      else nodes.push({ kind: 'heading', level: 2, text: service }, { kind: 'table', header: true, rows: [header, ...rows], groups: groupsOf, fills: fillsOf([header, ...rows]), dump: grouped ? undefined : dump });
    });
    if (oneTable) nodes.push({ kind: 'heading', level: 2, text: 'Performance indicators' }, { kind: 'table', header: true, rows: all, groups: groupsOf, fills: fillsOf(all) });
    return { nodes };
  },
};
