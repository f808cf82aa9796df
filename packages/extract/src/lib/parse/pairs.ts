/**
 * The label–value layer (long on purpose: every way a label meets its value is here, so the rules see one
 * another): every pair of a field label and its value, wherever the paper prints it —
 * `Label: value` lines, several pairs on one line (`Actual: 94%  Target: 90%, Tolerance: 85%`), a value in
 * brackets after another (`89% (Amber)`), label and value cells of a vertical table (`RAG Rating | Amber`,
 * `| Measure | Value |`). Each pair keeps the provenance of its value.
 */
import type { Provenance } from '../schema';
import { vocabulary, type Field, type Section } from '../lexicon';
import { bilingual, changeWord, FINANCIAL_YEAR, isNoFigure, MONTH_NAME, nameLabel, periodHeading, QUARTER_NAME, ragWord } from '../vocabulary';
import { directionWord, tokenType, valueTokens } from '../tokens';
import { boundFigure } from '../bound-words';
import { remembered } from '../memo';
import { cellProv } from './cells';

/** A field label and its value as printed. */
export interface Pair {
  field: Field;
  label: string;
  raw: string;
  /** A RAG printed in brackets after the value ('89% (Amber)'): that period's rating. */
  rag: string | null;
  prov: Provenance;
}

/** A text section printed in a labelled table cell ('Commentary | text'). */
export interface SectionCell {
  section: Section;
  text: string;
  prov: Provenance;
}

/** A card's name or reference printed in a labelled cell of its form table ('Indicator | Missed bins', 'Ref | HS 4'). */
export interface NameCell {
  kind: 'name' | 'ref';
  text: string;
  prov: Provenance;
}

const SEPARATORS = /[\s,;·|•]+$/;
const FIGURE = /^[£$€]?\s?[-−–]?\d[\d,]*(?:\.\d+)?\s*(?:%|k|m|bn|p)?(?:\s+(?:[a-z]+|per\s+[\d,]+)(?:\s+[a-z]+){0,2})?[*†‡]?$/i;

/** Does `raw` fit the field: a figure for thresholds and values, a word or arrow for change and direction, a rating for RAG. */
export function fitsField(field: Field, raw: string, labelled = true): boolean {
  const t = raw.trim();
  if (!t) return false;
  switch (field) {
    case 'rag':
    case 'previousRag':
      return ragWord(t, labelled) !== null;
    case 'direction':
    case 'change': {
      // Under its label a change may be put in words of any length ('Improvement', 'Deteriorated slightly').
      if (field === 'change' && labelled && t.length <= 40 && changeWord(t)) return true;
      // Under its label a direction may be put as an aim ('Aim: To reduce').
      if (field === 'direction' && labelled && t.length <= 40 && directionWord(t)) return true;
      const tokens = valueTokens(t);
      const ok = field === 'direction' ? ['arrow', 'dirword', 'empty'] : ['arrow', 'change', 'empty'];
      return tokens !== null && tokens.length <= 2 && tokens.every((k) => ok.includes(k.type));
    }
    default: {
      const type = tokenType(t);
      if (type === 'number' || type === 'empty') return true;
      if (t.length <= 30 && FIGURE.test(t)) return true;
      // Under its label a figure may be printed any way ('≥ 95%', '4 hrs 30 mins', '1 in 4', '96% (provisional)')
      // or be a phrase for none ('Data not available', 'Top quartile') or a worded bound ('At least 80%'); not a sentence.
      if (labelled && t.length <= 40 && t.split(/\s+/).length <= 5 && !/[.!?;]$/.test(t) && (/^[^A-Za-z\d]{0,4}\d/.test(t) || isNoFigure(t) || boundFigure(t) !== null)) return true;
      // A figure with a comparison in brackets after it ('17 days (Q3 2023/24: 22 days)'): the figure decides.
      const compared = /^(.+?)\s*\([^()]{1,40}\d[^()]*\)$/.exec(t);
      return compared !== null && fitsField(field, compared[1], labelled);
    }
  }
}


/**
 * Split a bracketed rating off a value: '89% (Amber)' → ['89%', 'Amber'], '89% (A)' → ['89%', 'A']. A
 * lower-case letter is a note ('14.2 (r)' revised, '(p)' provisional), never a rating.
 */
function splitBracketRag(value: string): [string, string | null] {
  const m = /^(.*?)\s*[([]\s*([A-Za-z][A-Za-z ]{0,20})\s*[)\]]$/.exec(value);
  if (m && m[1] && !/^[a-z]$/.test(m[2].trim()) && ragWord(m[2], true)) return [m[1].trim(), m[2].trim()];
  return [value, null];
}

/** A period printed as a figure's label ('Q2 2024/25: 54%', 'Sep-24: 91%', '2023/24: 198'): that period's value. */
const PERIOD_LABEL = String.raw`${QUARTER_NAME}\s+${FINANCIAL_YEAR}|${MONTH_NAME}[\s-]+(?:19|20)?\d{2}|${FINANCIAL_YEAR}`;
const periodLabel = new RegExp(`^(?:${PERIOD_LABEL})$`, 'i');
const yearAlone = new RegExp(`^${FINANCIAL_YEAR}$`);
const monthEnd = new RegExp(`${MONTH_NAME}\\.?$`, 'i');

/** A label's other-language side before it ('Targed / ', 'Statws / '): a word or two and a slash. */
const OTHER_LANGUAGE = /^\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,2}\s*\/\s*$/u;

/** The fields a line's label may name: the vocabulary's, or the current value for a period alone (the latest of several is). */
const fieldsOfLabel = (label: string): Field[] => {
  const fields = vocabulary().fieldsOf(label);
  return fields.length ? fields : periodLabel.test(label.trim()) ? ['current'] : [];
};

const patterns = new WeakMap<object, { labelled: RegExp; bare: RegExp }>();
function linePatterns() {
  const v = vocabulary();
  let p = patterns.get(v);
  if (!p) {
    p = {
      // 'Target: 95%', 'Target = 95%', and a spaced dash ('Target – 95%').
      labelled: new RegExp(`(^|[\\s,;·|•]+)(${v.labelPattern}|${PERIOD_LABEL})(?:\\s*[:=]|\\s+[–—-](?=\\s))\\s*`, 'gi'),
      bare: new RegExp(`^(${v.labelPattern})\\s+(\\S.{0,40})$`, 'i'),
    };
    patterns.set(v, p);
  }
  return p;
}

/**
 * The pairs printed on one line, or null when the line is not made of pairs (text before the first label,
 * or a labelled value that does not fit its field). `Label value` without a colon counts only when the
 * whole line is one label and one value.
 */
export function linePairs(line: string, prov: Provenance): Pair[] | null {
  return pairsOfLine(line)?.map((p) => ({ ...p, prov })) ?? null;
}

/** The pairs of a line without their provenance: worked out once per text (labels repeat on every card). */
const pairsOfLine = remembered(function pairsOfLine(line: string): Omit<Pair, 'prov'>[] | null {
  const text = line.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 400) return null;
  const v = vocabulary();
  const { labelled, bare } = linePatterns();
  // strict: a spaced dash or a period alone as the label takes one plain value ('Target – 95%', 'Q2 2024/25: 54%'),
  // never a phrase ('Performance – 3 of 4 milestones met', 'March 2024 – 3 new sites opened').
  const hits: { label: string; start: number; valueStart: number; strict?: boolean }[] = [];
  labelled.lastIndex = 0;
  // A labelled pair needs a ':', '=' or spaced dash: most lines of text have none, and the label scan is costly.
  for (let m = /[:=]|\s[–—-]\s/.test(text) ? labelled.exec(text) : null; m; m = labelled.exec(text)) {
    if (!fieldsOfLabel(m[2]).length) continue;
    // A year alone labels a figure only at the line's start ('2023/24: 198'), never inside a comparison ('(Q3 2023/24: 22 days)').
    if (m.index + m[1].length > 0 && yearAlone.test(m[2].trim())) continue;
    hits.push({ label: m[2].trim(), start: m.index + m[1].length, valueStart: m.index + m[0].length, strict: !/[:=]\s*$/.test(m[0]) || !v.fieldsOf(m[2]).length });
  }
  if (!hits.length) {
    // A line that is itself one value ('Good is low', 'Higher is better') is a value, not a label and a value.
    if (valueTokens(text)?.length === 1) return null;
    const chained = text.length <= 240 ? chainedPairs(text) : null;
    if (chained) return chained;
    const m = text.length <= 140 ? bare.exec(text) : null;
    // A date line is no label and value: 'Performance as at 30 September 2024' ends its date with the year.
    if (m && monthEnd.test(m[1]) && /^(?:19|20)\d{2}\b/.test(m[2].trim())) return null;
    const [raw, rag] = m ? splitBracketRag(m[2].trim()) : ['', null];
    const field = m ? v.fieldsOf(m[1]).find((f) => fitsField(f, raw, false)) : undefined;
    return m && field ? [{ field, label: m[1].trim(), raw, rag }] : null;
  }
  // A label in two languages ('Targed / Target 2024-25: 65%', Welsh papers): the other language's word before ' / '.
  const before = text.slice(0, hits[0].start);
  if (hits[0].start > 0 && before.replace(SEPARATORS, '').trim() && !OTHER_LANGUAGE.test(before)) return null;
  // A label's first word may end the value before it ('Good is high Target: 8' is 'Good is high', then
  // 'Target'): it does where the value only fits with it and the rest is still a label.
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i];
    const word = /^\S+\s+/.exec(h.label)?.[0];
    const rest = word ? h.label.slice(word.length) : '';
    const before = text.slice(hits[i - 1].valueStart, h.start).replace(SEPARATORS, '').trim();
    const fits = (raw: string) => fieldsOfLabel(hits[i - 1].label).some((f) => fitsField(f, raw));
    if (word && fieldsOfLabel(rest).length && !fits(before) && fits(`${before} ${word.trim()}`)) {
      hits[i] = { ...h, label: rest, start: h.start + word.length };
    }
  }
  const out: Omit<Pair, 'prov'>[] = [];
  hits.forEach((h, i) => {
    const end = i + 1 < hits.length ? hits[i + 1].start : text.length;
    const value = text.slice(h.valueStart, end).replace(SEPARATORS, '').trim();
    const [printed, rag] = splitBracketRag(value);
    // A value in two languages ('Dirywio / Declining'): the side that fits the label's field.
    const sides = bilingual(printed);
    const raw = sides && !fieldsOfLabel(h.label).some((f) => fitsField(f, printed)) ? (sides.find((side) => fieldsOfLabel(h.label).some((f) => fitsField(f, side))) ?? printed) : printed;
    const plain = !h.strict || tokenType(raw) !== null;
    const field = plain ? (fieldsOfLabel(h.label).find((f) => fitsField(f, raw, !h.strict)) ?? wordsOnly(h, raw)) : undefined;
    if (field) out.push({ field, label: h.label, raw, rag });
  });
  return out.length ? out : null;
});

/**
 * A rating or change in words the vocabulary does not know, under a label that names nothing else
 * ('Status: Delayed', 'DoT: Improvement not sustained'): kept as printed, so nothing the paper says is lost;
 * its meaning stays unread. A few words only, no figure, not a sentence.
 */
function wordsOnly(hit: { label: string; strict?: boolean }, raw: string): Field | undefined {
  const fields = fieldsOfLabel(hit.label);
  if (hit.strict || fields.length !== 1 || (fields[0] !== 'rag' && fields[0] !== 'change')) return undefined;
  return raw.length <= 30 && raw.split(/\s+/).length <= 4 && !/\d/.test(raw) && !/[.!?;:]$/.test(raw) ? fields[0] : undefined;
}

/**
 * Labels each followed by its value with no colon between, as a row of a form reads when its cells run
 * together ('Target 82% Current 83.2% RAG Green'): every value must be a plain one of its field, and the
 * line must start with a label and hold two pairs or more.
 */
function chainedPairs(text: string): Omit<Pair, 'prov'>[] | null {
  const v = vocabulary();
  const re = chainPattern();
  re.lastIndex = 0;
  const hits: { label: string; start: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (v.fieldsOf(m[2]).length) hits.push({ label: m[2], start: m.index + m[1].length, end: m.index + m[0].length });
  }
  if (hits.length < 2 || hits[0].start !== 0) return null;
  const out: Omit<Pair, 'prov'>[] = [];
  for (const [i, h] of hits.entries()) {
    const raw = text.slice(h.end, hits[i + 1]?.start ?? text.length).trim();
    // The last label's value may be printed apart ('… RAG' with the rating in its own box).
    if (!raw && i === hits.length - 1 && i >= 2) break;
    const field = v.fieldsOf(h.label).find((f) => fitsField(f, raw, false));
    if (!raw || !field) return null;
    out.push({ field, label: h.label.trim(), raw, rag: null });
  }
  return out;
}

const chains = new WeakMap<object, RegExp>();
function chainPattern(): RegExp {
  const v = vocabulary();
  let re = chains.get(v);
  if (!re) chains.set(v, (re = new RegExp(`(^|\\s)(${v.labelPattern})(?=\\s|$)`, 'gi')));
  return re;
}

/**
 * Pairs in a table printed vertically: a label cell followed by its value cell, in any row and any
 * column pair ('RAG Rating | Amber', 'Target | 90% | Actual | 94%'); labelled text sections as well.
 */
export function tablePairs(rows: string[][], base: Provenance): { pairs: Pair[]; sections: SectionCell[]; names: NameCell[] } {
  const v = vocabulary();
  const pairs: Pair[] = [];
  const sections: SectionCell[] = [];
  const names: NameCell[] = [];
  const at = (row: number, col: number): Provenance => cellProv(base, row, col);
  // A title merged across the form's first row (Word repeats it in every cell): the card's name.
  const first = rows[0]?.map((c) => c.replace(/\s+/g, ' ').trim()) ?? [];
  const across = first.length >= 2 && first[0] && first.every((c) => c === first[0]) ? first[0] : null;
  if (across && rows.length > 1 && !v.fieldsOf(across).length && !v.sectionOf(across) && !nameLabel(across) && !valueTokens(across) && /[A-Za-z]{3}/.test(across)) {
    names.push({ kind: 'name', text: across, prov: at(0, 0) });
  }
  rows.forEach((row, r) => {
    if (r === 0 && names.length) return;
    for (let c = 0; c + 1 < row.length; c++) {
      const label = row[c].replace(/\s+/g, ' ').trim();
      const value = row[c + 1].replace(/\s+/g, ' ').trim();
      if (!label || !value) continue;
      const fields = v.fieldsOf(label);
      if (fields.length) {
        const [raw, rag] = splitBracketRag(value);
        const field = fields.find((f) => fitsField(f, raw));
        if (field) {
          pairs.push({ field, label: label.replace(/[:：]$/, ''), raw, rag, prov: at(r, c + 1) });
          c++;
        }
        continue;
      }
      const section = v.sectionOf(label);
      if (section && value.length > 0) {
        sections.push({ section, text: row[c + 1].trim(), prov: at(r, c + 1) });
        c++;
        continue;
      }
      const name = nameLabel(label);
      // Not a heading row ('| Measure | Value |'): the name is no label of the vocabulary.
      const heading = v.fieldsOf(value).length > 0 || v.scorecardColumnOf(value) !== null || periodHeading(value) !== null;
      const fits = name === 'ref' ? /\d/.test(value) && value.length <= 20 : name === 'name' && !valueTokens(value);
      if (name && !heading && fits && !names.some((n) => n.kind === name)) {
        names.push({ kind: name, text: value, prov: at(r, c + 1) });
        c++;
      }
    }
  });
  // Tiles: a label and its value in one cell ('Target' / '400', 'Target: 65%').
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const text = cell.trim();
      if (!text || pairs.some((p) => p.prov.cell?.row === at(r, c).cell!.row && (p.prov.cell?.col === c || p.prov.cell?.col === c + 1))) return;
      const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
      const inCell = lines.length === 2 ? [{ label: lines[0], value: lines[1] }] : (pairsOfLine(text) ?? []).map((p) => ({ label: p.label, value: p.raw }));
      for (const { label, value } of inCell) {
        // A heading stacked over its period ('Target' / '2024/25') is no tile.
        const field = periodHeading(value) ? undefined : v.fieldsOf(label).find((f) => fitsField(f, value));
        if (field) pairs.push({ field, label: label.replace(/[:：]$/, ''), raw: value, rag: null, prov: at(r, c) });
      }
    });
  });
  // Boxes of text: a cell that begins with its section's label ('Commentary' / the text), or a label row over a text row.
  rows.forEach((row, r) => {
    const cells = row.map((c, i) => ({ c: c.trim(), i })).filter(({ c }) => c);
    if (cells.length !== 1 || sections.some((x) => x.prov.cell?.row === at(r, 0).cell!.row)) return;
    const [first, ...rest] = cells[0].c.split('\n');
    const section = v.sectionOf(first.trim());
    if (!section) return;
    const below = rows[r + 1]?.map((c) => c.trim()).filter(Boolean) ?? [];
    const text = rest.join('\n').trim() || (below.length === 1 && !v.sectionOf(below[0].split('\n')[0]) ? below[0] : '');
    if (text) sections.push({ section, text, prov: at(rest.length ? r : r + 1, cells[0].i) });
  });
  return { pairs, sections, names };
}

/** Is this set of pairs a card's figures (a value or a threshold, not a lone rating)? */
export const hasFigures = (pairs: Pair[]) => pairs.some((p) => p.field === 'current' || p.field === 'previous' || p.field === 'target');
