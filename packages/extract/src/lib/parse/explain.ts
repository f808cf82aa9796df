/**
 * Why a paper gave the cards it gave: every card candidate with its title, the label–value pairs and
 * tables found in it (with where they were printed), whether it became a card and why not, the summary
 * tables read, and labels the vocabulary did not know — each with the profile entry that would teach it.
 */
import { cellProv } from './cells';
import { describeProv, type Block, type Provenance, type SummaryCount } from '../schema';
import { assembleCard } from './cards';
import { isCardLike, type Fragment } from './fragments';
import type { Item } from './items';
import { vocabulary, withProfile, type Field, type Profile } from '../lexicon';
import { fitsField, tablePairs, type Pair } from './pairs';
import { structure } from './report';
import { readValueTable } from './tables';
import { ragWord, summaryStatus } from '../vocabulary';

/** One card candidate and what became of it. */
export interface Candidate {
  title: string | null;
  where: string;
  pairs: { field: Field; label: string; raw: string; where: string }[];
  valueTables: string[];
  sections: string[];
  card: boolean;
  /** Why the candidate is not a card (null when it is one). */
  reason: string | null;
}

/** A label the vocabulary does not know, printed beside a value, with the profile entry that would read it. */
export interface UnknownLabel {
  label: string;
  value: string;
  where: string;
  suggestion: Profile;
  /** A status phrase printed as the rating that no RAG word matches ('On course'): map it under "rag". */
  ratingWord?: string;
}

export interface Explanation {
  candidates: Candidate[];
  summary: { status: string; count: string | null; percentage: string | null; where: string }[];
  /** KPIs read as rows of a scorecard table (kept as observations where no card repeats them). */
  scorecard: { printedId: string | null; title: string; current: string | null; rag: string | null; where: string }[];
  unknownLabels: UnknownLabel[];
  cards: number;
}

/** Explain what the parser recognised in a document's blocks. */
export function explainBlocks(input: Block[], profile: Profile | null = null): Explanation {
  return withProfile(profile, () => {
    const found = structure(input);
    const candidates = found.fragments.map((f) => candidate(found.items, f));
    return {
      candidates,
      summary: found.summary.map(summaryRow),
      scorecard: found.scorecard.map((r) => ({ printedId: r.printedId, title: r.title, current: r.current?.raw ?? null, rag: r.rag?.raw ?? null, where: describeProv(r.prov) })),
      unknownLabels: unknownLabels(found.items),
      cards: candidates.filter((c) => c.card).length,
    };
  });
}

const where = (p: Provenance) => describeProv(p) || 'start of document';

function candidate(items: Item[], f: Fragment): Candidate {
  const built = assembleCard(items, f);
  const pairs: Pair[] = [];
  const valueTables: string[] = [];
  const sections: string[] = [];
  for (const p of f.positions) {
    const it = items[p];
    if (it.cls.type === 'pairs') pairs.push(...it.cls.pairs);
    if (it.cls.type === 'rag-label' && it.cls.rest) pairs.push({ field: 'rag', label: it.text.slice(0, it.text.length - it.cls.rest.length).replace(/[\s:–-]+$/, ''), raw: it.cls.rest, rag: null, prov: it.prov });
    if (it.cls.type === 'section') sections.push(`${it.cls.section} (${where(it.prov)})`);
    if (it.cls.type === 'table' && it.rows) {
      if (readValueTable(it.rows, it.prov)) valueTables.push(`value table at ${where(it.prov)}: ${it.rows[0].join(' | ')}`);
      pairs.push(...tablePairs(it.rows, it.prov).pairs);
    }
  }
  const heading = f.heading !== null ? items[f.heading] : null;
  const title = built?.card.title ?? (heading ? heading.text : null);
  return {
    title: built?.card.printedId ? `${built.card.printedId}: ${title}` : title,
    where: where(built?.card.start ?? items[f.positions[0]].prov),
    pairs: pairs.map((p) => ({ field: p.field, label: p.label, raw: p.raw, where: where(p.prov) })),
    valueTables,
    sections,
    card: built !== null,
    reason: built ? null : isCardLike(items, f) ? 'figures were found but could not be matched to their headings' : 'no figures: no value table and no Target / Current / Previous label beside a value',
  };
}

function summaryRow(s: SummaryCount) {
  return { status: s.status, count: s.count?.raw ?? null, percentage: s.percentage?.raw ?? null, where: where(s.prov) };
}

/** Words in an unknown label that hint at its field, so the suggestion is a good first guess. */
const HINTS: [Field, RegExp][] = [
  ['previousRag', /\b(?:previous|last|prior)\b.*\b(?:rag|status|rating)\b/i],
  ['rag', /\b(?:rag|status|rating|grade|assessment|confidence|progress)\b/i],
  ['floor', /\b(?:floor|tolerance|threshold|minimum|intervention|lower)\b/i],
  ['target', /\b(?:target|goal|aim|ambition|plan|expected|standard|benchmark)\b/i],
  ['previous', /\b(?:previous|last|prior|before|earlier)\b/i],
  ['change', /\b(?:change|trend|travel|movement|dot)\b/i],
  ['direction', /\b(?:polarity|direction|good|better)\b/i],
  ['current', /\b(?:current|actual|latest|this|now|outturn|result|performance|ytd|value|figure)\b/i],
];

/** `Label: value` lines and label cells whose label the vocabulary does not know but whose value is a figure or a rating. */
function unknownLabels(items: Item[]): UnknownLabel[] {
  const out: UnknownLabel[] = [];
  const seen = new Set<string>();
  const consider = (label: string, value: string, prov: Provenance) => {
    const l = label.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
    const v = value.trim();
    // A status with its count ('Red: 3') is a summary line, not a field label.
    if (!l || l.length > 40 || !/[A-Za-z]/.test(l) || seen.has(l.toLowerCase()) || summaryStatus(l)) return;
    if (vocabulary().fieldsOf(l).length || vocabulary().sectionOf(l)) return;
    const hinted = HINTS.find(([, re]) => re.test(l))?.[0];
    // A rating label beside a status phrase the vocabulary does not know: both need teaching.
    const unknownRating = (hinted === 'rag' || hinted === 'previousRag') && !ragWord(v, true) && /^[A-Za-z][A-Za-z -]{1,25}$/.test(v);
    const field = unknownRating ? hinted : HINTS.find(([f, re]) => re.test(l) && fitsField(f, v))?.[0] ?? (ragWord(v, true) ? 'rag' : fitsField('current', v) ? 'current' : null);
    if (!field) return;
    seen.add(l.toLowerCase());
    out.push({ label: l, value: v, where: where(prov), suggestion: { fields: { [field]: [l] }, sections: {}, scorecard: {}, rag: {}, colours: {} }, ...(unknownRating ? { ratingWord: v } : {}) });
  };
  for (const it of items) {
    if (it.cls.type === 'text' && it.kind === 'line') {
      const m = /^([^:]{2,40}):\s*(\S.{0,30})$/.exec(it.text);
      if (m) consider(m[1], m[2], it.prov);
    }
    if (it.cls.type === 'table' && it.rows) {
      it.rows.forEach((row, r) => {
        if (row.length === 2) consider(row[0], row[1], cellProv(it.prov, r, 0));
      });
    }
  }
  return out;
}
