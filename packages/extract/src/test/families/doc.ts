/**
 * Test support: the format-neutral description of a paper that families build and renderers print.
 * It says what is printed and how it is arranged, not which file format prints it.
 */

/** A label and its value ('Target', '90%'). */
export interface Pair {
  label: string;
  value: string;
}

/**
 * How pairs are arranged: one per line ('Label: value'), several on one line, value under its label,
 * labels and values in two columns, bold labels ('**Target:** 90%'), or pairs joined by ' · '.
 */
export type PairLayout = 'lines' | 'inline' | 'under' | 'columns' | 'bold' | 'dot';

/** Table dialects: ordinary (pipe in markdown, tabs in text), HTML or pandoc grid in markdown, space-aligned under a dashed rule in text. */
export type TableStyle = 'plain' | 'html' | 'grid' | 'spaced';

type PairsNode = Extract<Node, { kind: 'pairs' }>;

/** One pair as printed in running text: 'Label: value' with the node's colon. */
export const pairText = (n: PairsNode, p: Pair) => `${p.label}${n.colon ?? ': '}${p.value}`;

/** All the node's pairs on one line: joined by ' · ' (dot layout) or by its separators in turn. */
export function pairLine(n: PairsNode): string {
  if (n.layout === 'dot') return n.pairs.map((p) => pairText(n, p)).join(' · ');
  const seps = n.seps?.length ? n.seps : ['  '];
  return n.pairs.map((p, i) => (i ? seps[(i - 1) % seps.length] : '') + pairText(n, p)).join('');
}

/** A heading over several columns of a table. */
export interface TableGroup {
  text: string;
  from: number;
  span: number;
}

/** The group a column is under, if any. */
export const groupOf = (groups: TableGroup[] | undefined, j: number) => groups?.find((g) => j >= g.from && j < g.from + g.span);

/**
 * A grouped heading as two plain rows: the upper holds each group's text over its first column (the rest of
 * its columns empty) and the other columns' headings; the lower holds the group columns' own headings.
 */
export function groupRows(header: string[], groups: TableGroup[]): [string[], string[]] {
  const upper = header.map((h, j) => {
    const g = groupOf(groups, j);
    return g ? (g.from === j ? g.text : '') : h;
  });
  const lower = header.map((h, j) => (groupOf(groups, j) ? h : ''));
  return [upper, lower];
}

export type SectionStyle = 'heading' | 'bold' | 'plain' | 'inline';

export type Node =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; badge?: { text: string; place: 'right' | 'above' } }
  | { kind: 'para'; text: string; bold?: boolean }
  /** seps: separators between pairs on one line, used in turn; colon: between label and value (': '). */
  | { kind: 'pairs'; pairs: Pair[]; layout: PairLayout; seps?: string[]; colon?: string }
  /**
   * rows[0] is the header row when header is true. groups: headings printed on a row above it, each over
   * `span` columns from `from` ('Q2 2025/26' over 'Actual | Target | RAG'); the other columns' headings
   * stand on both rows (merged down in Word, on the upper row elsewhere). fills: cells shown by colour alone
   * ('#FF0000', parallel to rows): Word and PDF print the shading and no words, markdown and text the words.
   * dump: how a text dump flattened it, one cell per line: row by row (a web page copied) or column by column
   * (plain pdftotext, empty cells printing nothing).
   */
  | { kind: 'table'; rows: string[][]; header: boolean; style?: TableStyle; groups?: TableGroup[]; fills?: (string | null)[][]; dump?: 'cells' | 'columns' }
  /** A labelled text section: label on its own line (heading, bold or plain) or inline ('Commentary: ...'). */
  | { kind: 'section'; label: string; text: string; style: SectionStyle }
  /** A chart's text: axis ticks, category dates, legend (what a PDF prints; Word and markdown hold an image). */
  | { kind: 'chart'; title: string; ticks: string[]; categories: string[]; legend: string[] }
  | { kind: 'page' };

export interface Doc {
  nodes: Node[];
  /** Markdown dialect choices that do not change the content. */
  markdown?: { setext?: boolean };
}
