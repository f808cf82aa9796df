/**
 * Test support: one data model of a KPI report (meta, optional RAG summary, KPI cards) and a seeded
 * generator of realistic ones. Every value is kept as the text a paper prints ('94.5%', '1,234',
 * '£1.2m', '4.5 days', 'N/A'), because that printed text is the truth the scorer compares with.
 */
import { Rng } from './random';
import { KPI_POOL, sentence, type KpiKind } from './pool';

export type RagName = 'Red' | 'Amber' | 'Green' | 'Blue' | 'Baseline';
/** How a paper prints a RAG: the word, in upper case, or one letter defined by a key. */
export type RagStyle = 'word' | 'upper' | 'letter';

/** One KPI card as printed. Null fields are not printed at all. */
export interface CardModel {
  printedId: string | null;
  title: string;
  target: string | null;
  /** Second threshold and its label (Floor, Tolerance, Intervention level, Minimum). */
  floor: { label: string; raw: string } | null;
  current: string | null;
  previous: string | null;
  previousRag: RagName | null;
  direction: 'higher' | 'lower';
  /** The direction as printed ('Higher is better', '↑', 'Good is high'); null when not printed. */
  directionText: string | null;
  /** The change as printed ('Improving', '↓', 'No change'); null when not printed. */
  change: string | null;
  rag: RagName | null;
  description: string | null;
  commentary: string | null;
  pathToGreen: string | null;
  actions: string | null;
}

export interface ReportModel {
  seed: number;
  council: string;
  committee: string;
  fiscalYear: string;
  quarter: 1 | 2 | 3 | 4;
  /** 'Quarter 2 2025/26 Performance Report' or a variant naming the same period. */
  title: string;
  /** Column headings for the latest and the one-before periods ('Q2 2025/26', 'Q1 2025/26'). */
  periods: { current: string; previous: string };
  ragStyle: RagStyle;
  /** Status → count over the cards, when the paper prints a summary. */
  summary: { status: RagName; count: number }[] | null;
  cards: CardModel[];
}

export interface GenerateOptions {
  /** 'mixed': some cards with identifiers and some without; 'none': no identifiers. */
  ids?: 'mixed' | 'none';
  ragStyle?: RagStyle;
  summary?: boolean;
  cards?: [number, number];
}

const COUNCILS = ['Northbridge County Council', 'Eastmere District Council', 'Riverford Borough Council', 'Kingsholm City Council', 'Westvale Council'];
const COMMITTEES = ['Adults and Health Committee', 'Overview and Scrutiny Committee', 'Environment and Communities Committee', 'Corporate Policy and Resources Committee', 'Housing Committee', 'Cabinet', 'Place Overview and Scrutiny Panel', 'Audit and Governance Sub-Committee', 'Health and Wellbeing Board', 'Executive', 'Communities Policy Development Group'];
const ID_SCHEMES: ((n: number) => string)[] = [(n) => `KPI ${n}`, (n) => `ASC ${n}`, (n) => `PI-${String(n).padStart(2, '0')}`, (n) => `Indicator ${n}`, (n) => `CP${String(n).padStart(2, '0')}`];
const DIRECTION_TEXT: Record<string, [string, string]> = {
  words: ['Higher is better', 'Lower is better'],
  arrows: ['↑', '↓'],
  good: ['Good is high', 'Good is low'],
  short: ['Higher', 'Lower'],
};
const CHANGE_TEXT: Record<string, [string, string, string]> = {
  words: ['Improving', 'Declining', 'Unchanged'],
  past: ['Improved', 'Declined', 'No change'],
  arrows: ['↑', '↓', '↔'],
};

/** Generate one report from a seed; the same seed and options always give the same report. */
export function generateReport(seed: number, options: GenerateOptions = {}): ReportModel {
  const rng = new Rng(seed);
  const quarter = rng.int(1, 4) as 1 | 2 | 3 | 4;
  const startYear = rng.int(2023, 2025);
  const fiscalYear = `${startYear}/${String(startYear + 1).slice(2)}`;
  const prevFy = `${startYear - 1}/${String(startYear).slice(2)}`;
  const periods = { current: `Q${quarter} ${fiscalYear}`, previous: quarter === 1 ? `Q4 ${prevFy}` : `Q${quarter - 1} ${fiscalYear}` };
  const title = rng.pick([`Quarter ${quarter} ${fiscalYear} Performance Report`, `Performance Report Quarter ${quarter} ${fiscalYear}`, `Q${quarter} ${fiscalYear} Performance Report`]);
  const idScheme = rng.pick(ID_SCHEMES);
  const dirStyle = rng.pick(Object.keys(DIRECTION_TEXT));
  const changeStyle = rng.pick(Object.keys(CHANGE_TEXT));
  const [lo, hi] = options.cards ?? [3, 5];
  const n = rng.int(lo, hi);
  const kpis = rng.shuffle(KPI_POOL).slice(0, n);
  const firstId = rng.int(1, 30);
  const cards = kpis.map((k, i): CardModel => {
    const withId = options.ids === 'none' ? false : i === 0 ? true : i === 1 ? false : rng.chance(0.6);
    return card(rng, k, withId ? idScheme(firstId + i) : null, dirStyle, changeStyle);
  });
  vary(rng, cards);
  const summary = options.summary ? summarise(cards) : null;
  return {
    seed,
    council: rng.pick(COUNCILS),
    committee: rng.pick(COMMITTEES),
    fiscalYear,
    quarter,
    title,
    periods,
    ragStyle: options.ragStyle ?? rng.pick(['word', 'word', 'upper'] as const),
    summary,
    cards,
  };
}

/** Every report has cards with and cards without each narrative section, so families are scored on both. */
function vary(rng: Rng, cards: CardModel[]): void {
  for (const field of ['description', 'commentary', 'pathToGreen'] as const) {
    const kind = field === 'pathToGreen' ? 'path' : field;
    const offTarget = cards.filter((c) => c.rag !== 'Green' && c.rag !== 'Blue');
    if (cards.every((c) => c[field])) rng.pick(cards)[field] = null;
    else if (!cards.some((c) => c[field]) && (field !== 'pathToGreen' || offTarget.length)) {
      const c = rng.pick(field === 'pathToGreen' ? offTarget : cards);
      c[field] = sentence(rng, kind, c.title);
    }
  }
}

/** RAG totals over the cards (Green, Amber, Red always listed, even when zero). */
function summarise(cards: CardModel[]): { status: RagName; count: number }[] {
  const statuses: RagName[] = ['Green', 'Amber', 'Red'];
  if (cards.some((c) => c.rag === 'Blue')) statuses.unshift('Blue');
  return statuses.map((status) => ({ status, count: cards.filter((c) => c.rag === status).length }));
}

function card(rng: Rng, k: { title: string; kind: KpiKind; lower: boolean }, printedId: string | null, dirStyle: string, changeStyle: string): CardModel {
  const fmt = formatter(rng, k.kind);
  const base = k.kind === 'percent' ? rng.int(55, 92) : k.kind === 'days' ? rng.int(3, 40) : k.kind === 'rate' ? rng.int(5, 60) : k.kind === 'currency' ? rng.int(50, 2500) : rng.int(40, 120000);
  const rag: RagName = rng.pick(['Green', 'Green', 'Amber', 'Red', 'Red', 'Blue', 'Baseline'] as RagName[]);
  const good = k.lower ? -1 : 1;
  const target = base;
  const off = rag === 'Green' || rag === 'Blue' ? rng.next() * 0.08 : rag === 'Amber' ? -rng.next() * 0.05 : -(0.08 + rng.next() * 0.2);
  const current = target * (1 + good * off);
  const previous = current * (1 + (rng.next() - 0.5) * 0.2);
  const hasFloor = rng.chance(0.45);
  const floorValue = target * (1 - good * 0.06);
  const prevRag: RagName | null = rng.chance(0.35) ? rng.pick(['Red', 'Amber', 'Green'] as RagName[]) : null;
  const better = (current - previous) * good;
  const ch = CHANGE_TEXT[changeStyle];
  const change = Math.abs(current - previous) / Math.max(current, 1) < 0.005 ? ch[2] : better > 0 ? ch[0] : ch[1];
  const na = rag === 'Baseline' || rng.chance(0.06);
  const card: CardModel = {
    printedId,
    title: k.title,
    target: na ? rng.pick(['N/A', 'Baseline']) : fmt(target),
    floor: hasFloor && !na ? { label: rng.pick(['Floor', 'Tolerance', 'Intervention level', 'Minimum']), raw: fmt(floorValue) } : null,
    current: rng.chance(0.04) ? 'N/A' : fmt(current),
    previous: rng.chance(0.1) ? null : fmt(previous),
    previousRag: prevRag,
    direction: k.lower ? 'lower' : 'higher',
    directionText: rng.chance(0.85) ? DIRECTION_TEXT[dirStyle][k.lower ? 1 : 0] : null,
    change: rng.chance(0.85) ? change : null,
    rag: rng.chance(0.95) ? rag : null,
    description: rng.chance(0.6) ? sentence(rng, 'description', k.title) : null,
    commentary: rng.chance(0.75) ? sentence(rng, 'commentary', k.title) : null,
    pathToGreen: rag !== 'Green' && rag !== 'Blue' && rng.chance(0.6) ? sentence(rng, 'path', k.title) : null,
    actions: rng.chance(0.35) ? sentence(rng, 'actions', k.title) : null,
  };
  // A previous period's rating is printed with the previous value: none without one.
  if (card.previous === null) card.previousRag = null;
  return card;
}

/** A printer of one unit kind, with this card's own habits (decimals, thousands separators). */
function formatter(rng: Rng, kind: KpiKind): (v: number) => string {
  const decimals = rng.chance(0.5) ? 1 : 0;
  const commas = rng.chance(0.6);
  switch (kind) {
    case 'percent':
      return (v) => `${Math.min(v, 100).toFixed(decimals)}%`;
    case 'days':
      return (v) => `${v.toFixed(decimals)} days`;
    case 'rate':
      return (v) => v.toFixed(1);
    case 'currency': {
      const style = rng.pick(['m', 'k', 'full']);
      return (v) => (style === 'm' ? `£${(v / 100).toFixed(1)}m` : style === 'k' ? `£${Math.round(v)}k` : `£${Math.round(v * 1000).toLocaleString('en-GB')}`);
    }
    case 'count':
      return (v) => (commas ? Math.round(v).toLocaleString('en-GB') : String(Math.round(v)));
  }
}
