/** Test support: pieces every family shares (report head, card heading, narrative sections, printed RAG). */
import type { CardModel, GenerateOptions, RagName, ReportModel } from '../model';
import type { Doc, Node, Pair, SectionStyle } from '../doc';
import { pickLabels, type LabelField, type Rng } from '../random';

export type Labels = Record<LabelField, string>;

/** A layout family: which real practice it imitates, the generator options it needs, and model → document. */
export interface Family {
  name: string;
  imitates: string;
  options?: GenerateOptions;
  /** Card fields this family never prints; the truth has them as null. */
  omits?: ('floor' | 'previousRag' | 'directionText' | 'change' | 'description' | 'commentary' | 'pathToGreen' | 'actions')[];
  build(model: ReportModel, rng: Rng): Doc;
}

/** A card: its heading, its figures, then its narrative sections; each card on its own page when asked. */
export function cardNodes(c: CardModel, rng: Rng, figures: Node[], narrative: Node[], opts: { page?: boolean; level?: 1 | 2 | 3 } = {}): Node[] {
  return [...(opts.page ? [{ kind: 'page' as const }] : []), { kind: 'heading', level: opts.level ?? 2, text: cardHeading(c, rng) }, ...figures, ...narrative];
}

/** Council, title with period, committee; the first nodes of every paper. */
export function reportHead(m: ReportModel, rng: Rng): Node[] {
  const nodes: Node[] = [{ kind: 'para', text: m.council }, { kind: 'heading', level: 1, text: m.title }];
  nodes.push({ kind: 'para', text: rng.chance(0.5) ? m.committee : `Report to: ${m.committee}` });
  return nodes;
}

/** The card heading as printed: 'KPI 7: Title', 'PI-03 – Title', or the title alone. */
export function cardHeading(c: CardModel, rng: Rng): string {
  if (!c.printedId) return c.title;
  return `${c.printedId}${rng.pick([': ', ' – ', ' - '])}${c.title}`;
}

/** The RAG as this paper prints it: word, UPPER, or letter (Baseline stays a word; letters need a key). */
export function printRag(m: ReportModel, rag: RagName | null): string | null {
  if (!rag) return null;
  if (m.ragStyle === 'upper') return rag.toUpperCase();
  if (m.ragStyle === 'letter' && rag !== 'Baseline') return rag[0];
  return rag;
}

/** The key a paper prints when it uses letters: 'G = Green: on or above target' etc. */
export function letterKey(m: ReportModel): Node[] {
  if (m.ragStyle !== 'letter') return [];
  return [
    { kind: 'heading', level: 2, text: 'Key' },
    { kind: 'table', header: true, rows: [['Rating', 'Meaning'], ['G', 'Green: on or above target'], ['A', 'Amber: below target but within tolerance'], ['R', 'Red: below the floor or intervention level'], ['B', 'Blue: exceeding target by more than 5%']] },
  ];
}

/** Description, commentary, path to green and actions as labelled sections, in a varied order. */
export function sections(c: CardModel, labels: Labels, rng: Rng, style?: SectionStyle): Node[] {
  const s = style ?? rng.pick(['heading', 'bold', 'plain', 'inline'] as const);
  const all: [LabelField, string | null][] = [['description', c.description], ['commentary', c.commentary], ['pathToGreen', c.pathToGreen], ['actions', c.actions]];
  const order = rng.chance(0.3) ? rng.shuffle(all) : all;
  return order.filter(([, t]) => t).map(([f, t]) => ({ kind: 'section' as const, label: labels[f], text: t!, style: s }));
}

/** The card's figures as label–value pairs (only the printed ones), optionally shuffled. */
export function valuePairs(m: ReportModel, c: CardModel, labels: Labels, rng: Rng, opts: { shuffle?: boolean; rag?: boolean; previousRag?: 'pair' | 'brackets' } = {}): Pair[] {
  const prevRag = printRag(m, c.previousRag);
  const previous = c.previous && prevRag && opts.previousRag === 'brackets' ? `${c.previous} (${prevRag})` : c.previous;
  const pairs: (Pair | null)[] = [
    c.target ? { label: labels.target, value: c.target } : null,
    c.floor ? { label: c.floor.label, value: c.floor.raw } : null,
    c.current ? { label: labels.current, value: c.current } : null,
    previous ? { label: labels.previous, value: previous } : null,
    prevRag && opts.previousRag === 'pair' ? { label: labels.previousRag, value: prevRag } : null,
    c.directionText ? { label: labels.direction, value: c.directionText } : null,
    c.change ? { label: labels.change, value: c.change } : null,
    opts.rag !== false && c.rag ? { label: labels.rag, value: printRag(m, c.rag)! } : null,
  ];
  const out = pairs.filter((p): p is Pair => p !== null);
  return opts.shuffle && rng.chance(0.5) ? rng.shuffle(out) : out;
}

export { pickLabels };
