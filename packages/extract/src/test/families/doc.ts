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

export type Node =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; badge?: { text: string; place: 'right' | 'above' } }
  | { kind: 'para'; text: string; bold?: boolean }
  | { kind: 'pairs'; pairs: Pair[]; layout: PairLayout; sep?: string }
  /** rows[0] is the header row when header is true. */
  | { kind: 'table'; rows: string[][]; header: boolean; style?: TableStyle }
  /** A labelled text section: label on its own line (heading or bold) or inline ('Commentary: ...'). */
  | { kind: 'section'; label: string; text: string; style: 'heading' | 'bold' | 'inline' }
  | { kind: 'page' };

export interface Doc {
  nodes: Node[];
  /** Markdown dialect choices that do not change the content. */
  markdown?: { setext?: boolean };
}
