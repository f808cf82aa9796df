/**
 * The words of the KPI-paper family: section labels, value-table headings, value tokens, RAG names.
 * Rules are written for the family (any committee, any layout), not for one paper's strings.
 */
import type { Rag } from './schema';
import { remembered } from './memo';


import { escapeRegExp, FIELDS, NO_FIGURE_WORDS, OTHER_STATUSES, RAG_LETTERS, vocabulary, type Field, type Section } from './lexicon';
import { colourRag, FILL } from './colours';
import { indicatorHeading } from './identifiers';
import { squashedField } from './squashed-labels';

export { indicatorHeading } from './identifiers';
export { changeWord } from './change-words';
export { navLine } from './nav-line';
export { financialYearStart, FINANCIAL_YEAR, MONTH_NAME, monthNumber, QUARTER_NAME } from './period-words';
export { isMonthEndHeading, isPeriodColumnHeading, isPeriodLabelLine, isQuarterAlone, periodHeading, periodWithoutQualifier } from './period-headings';
export { colourRag, fillText } from './colours';

export type { Section, Field } from './lexicon';
/** A value-table column role: a value field of the card. */
export type Role = Field;
export const ROLES: Role[] = FIELDS;

/** 'Commentary', 'Path to Green:', 'Next steps: text' → the section; also returns text after an inline colon. */
export const sectionLabel = remembered(function sectionLabel(line: string): { section: Section; rest: string } | null {
  const m = /^([A-Za-z][A-Za-z '’/-]{1,40}?)\s*(?::\s*(.*))?$/.exec(line.trim());
  if (!m) return null;
  const section = vocabulary().sectionOf(m[1]);
  return section ? { section, rest: (m[2] ?? '').trim() } : null;
});

/** Section labels printed side by side and read as one line ('Useful Links Path to Green'): a label, then more words. */
export const startsWithSectionLabel = remembered(function startsWithSectionLabel(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.slice(0, 4).some((_, i) => i + 1 < words.length && sectionLabel(words.slice(0, i + 1).join(' ')) !== null);
});

/**
 * A RAG label ('RAG Rating', 'Status:', 'RAG status: Green'), optionally followed by the rating on the same
 * line. A weak label ('Status', 'Rating') counts only when nothing or a rating follows it.
 */
export const ragLabel = remembered(function ragLabel(line: string): { rest: string } | null {
  // A label in two languages ('Statws / Status: Green'): the side the vocabulary knows.
  const t = line.trim().replace(/\s+/g, ' ').replace(/^\p{L}[\p{L}'’-]*\s\/\s(?=\p{L})/u, '');
  const v = vocabulary();
  const labels = [...v.fieldLabels.rag].sort((a, b) => b.length - a.length);
  for (const label of labels) {
    if (t.length < label.length || t.slice(0, label.length).toLowerCase() !== label.toLowerCase()) continue;
    const after = t.slice(label.length);
    if (after && !/^[\s:=–-]/.test(after)) continue;
    const rest = after.replace(/^\s*[:=–-]?\s*/, '').trim();
    if (!rest || ragWord(rest, true) || isBadgeFragment(rest, null)) return { rest };
    // A rating opening a sentence ('Status: Green. 45 of these were for social rent.'): the rating.
    const opening = /^([A-Za-z][A-Za-z ]{1,24}?)[.;]\s+\S/.exec(rest)?.[1];
    if (opening && ragWord(opening)) return { rest: opening };
    return null;
  }
  return null;
});

/** A RAG rating written on its own ('Green', 'GREEN', 'On track'; a badge fragment glued on, as in 'GrGreen'); letters G/A/R only when `letters`. */
export function ragWord(text: string, letters = false): Rag | null {
  return letters ? ragWordOrLetter(text) : ragWordOnly(text);
}
const ragWordOnly = remembered((text: string) => readRag(text, false));
const ragWordOrLetter = remembered((text: string) => readRag(text, true));

/** The two sides of a text printed in two languages ('Ambr / Amber', 'Statws / Status'), or null. */
export function bilingual(text: string): [string, string] | null {
  const parts = text.split(/\s+\/\s+/);
  return parts.length === 2 && parts[0].trim() && parts[1].trim() ? [parts[0].trim(), parts[1].trim()] : null;
}

function readRag(text: string, letters: boolean): Rag | null {
  const t = text.trim().replace(/\s+/g, ' ').replace(/^\((.*)\)$/, '$1').replace(/^(?:Gr|Re|Am|Co|Con|C)(?=(?:Green|Red|Amber|Contextual)$)/, '');
  if (!t) return null;
  // A rating shown by colour alone, as the extractor writes it: the cell's fill ('■ #C00000').
  const fill = FILL.exec(t);
  if (fill) return colourRag(fill[1]);
  const named = vocabulary().ragNames.get(t.toLowerCase());
  if (named) return named;
  if (letters && /^[RAGB]$/i.test(t)) return RAG_LETTERS[t.toUpperCase()];
  // Tick boxes, one ticked ('☐ Red ☒ Amber ☐ Green', a Word form's check boxes): the rating after the tick.
  const ticked = [...t.matchAll(/[☒☑✅]\s*([^☐☒☑✅]+)/gu)];
  if (ticked.length === 1 && /☐/.test(t)) return readRag(ticked[0][1], false);
  // A rating with its marks or meaning printed round it ('● Red', 'Green ✓', 'Green*', 'Green (on target)',
  // 'R - Red'): the rating itself decides; two ratings ('Amber/Green') say neither.
  const bare = t
    .replace(/^[●○■□◆◉⬤•✓✔✗✘✅❌🟢🟠🟡🔴🔵*\s]+|[●○■□◆◉⬤•✓✔✗✘✅❌🟢🟠🟡🔴🔵*\s]+$/gu, '')
    .replace(/\s*\([^)]*\)$/, '')
    .replace(/^[RAGB]\s*[-–:=]\s*(?=[A-Za-z]{3})/, '');
  if (bare && bare !== t && !/[/&]/.test(bare)) {
    const named = vocabulary().ragNames.get(bare.toLowerCase());
    if (named) return named;
  }
  // A rating in two languages ('Ambr / Amber'): the side the vocabulary reads, when only one does.
  const sides = bilingual(t);
  if (sides) {
    const [a, b] = sides.map((s) => vocabulary().ragNames.get(s.toLowerCase()) ?? null);
    if (!a !== !b) return a ?? b;
  }
  // A rating and its meaning that agree ('Off track - Red', 'Green – on track', 'R (off track)').
  const parts = t.split(/\s+[-–—]\s+|\s*\(|\)$/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 2) {
    const [a, b] = parts.map((p) => vocabulary().ragNames.get(p.toLowerCase()) ?? (/^[RAGB]$/.test(p) ? RAG_LETTERS[p] : null));
    if (a && a === b) return a;
    // A status by its own name with what it means in the paper's words ('Amber – within 5% of target'): the name decides.
    if (a && !b && parts[0].toLowerCase() === a.toLowerCase()) return a;
  }
  return null;
}

/** A heading that names a RAG column ('RAG', 'Status', 'RAG rating', 'Previous RAG'). */
export const isRagHeading = (text: string) => ragLabel(text) !== null || (headerRoles(text)?.some((r) => r.role === 'rag' || r.role === 'previousRag') ?? false);

/** A phrase a paper prints for a figure it has not got, or a target that is no number ('Data not available', 'Top quartile'; the lexicon's list), opening the text. */
export const isNoFigure = (text: string) => NO_FIGURE.test(text.trim());
const NO_FIGURE = new RegExp(`^(?:${NO_FIGURE_WORDS.map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');

/** Cut-off status-marker labels ('Gr', 'C', 'Con' then 'text'): a proper prefix of a RAG word. */
export function isBadgeFragment(text: string, previous: string | null): boolean {
  const t = text.trim();
  if (!t || t.length > 4) return false;
  const names = ['Green', 'Red', 'Amber', 'Contextual', 'Blue', 'Baseline'];
  if (names.some((n) => n !== t && n.toLowerCase().startsWith(t.toLowerCase()))) return true;
  const joined = `${previous?.trim() ?? ''}${t}`;
  return previous !== null && names.some((n) => n !== joined && n.toLowerCase().startsWith(joined.toLowerCase()));
}

/** One heading unit: an optional 'Performance (' or 'No. of Grants' before a field label, qualifier and period after. */
function headingUnit(): RegExp {
  const v = vocabulary();
  let re = unitCache.get(v);
  if (!re) unitCache.set(v, (re = new RegExp(`(?:performance\\s*\\(\\s*)?(?:(?:no\\.?|number|count)\\s+of\\s+[a-z]+\\s+)?(${v.labelPattern})\\s*\\)?`, 'iy')));
  return re;
}
const unitCache = new WeakMap<object, RegExp>();

/**
 * Read a line that consists only of value-table column headings ('Target Direction for Improvement',
 * 'Previous YearCurrent Year') into roles in written order, with each heading's text; null otherwise.
 */
export const headerRoles = remembered(function headerRoles(line: string): { role: Role; label: string }[] | null {
  const strict = headerRolesStrict(line);
  if (strict) return strict;
  // A heading in two languages ('Targed / Target', Welsh papers): the one side the vocabulary knows; two known
  // sides ('Actual / Target', 'Previous / Current') are two headings in one cell, neither alone.
  const sides = bilingual(line);
  if (sides) {
    const [a, b] = sides.map((s) => headerRoles(s));
    return a && b ? null : (a ?? b);
  }
  // A heading broken mid-word by a narrow cell ('Direction for Improveme nt'): one role from the words run together.
  const squashed = line.replace(/\s+/g, '').toLowerCase();
  if (squashed.length < 6) return null;
  const role = squashedField(squashed);
  return role ? [{ role, label: line.replace(/\s+/g, ' ').trim() }] : null;
});

function headerRolesStrict(line: string): { role: Role; label: string }[] | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 160) return null;
  const out: { role: Role; label: string }[] = [];
  const unit = headingUnit();
  const v = vocabulary();
  let pos = 0;
  while (pos < text.length) {
    while (text[pos] === ' ') pos++;
    if (pos >= text.length) break;
    unit.lastIndex = pos;
    const m = unit.exec(text);
    const end = m ? pos + m[0].length : -1;
    // A unit ends at a word boundary or where a dump glued the next heading on ('Previous YearCurrent Year').
    if (!m || m[0].trim().length < 3 || (end < text.length && /[a-z0-9]/.test(text[end]) && /\w/.test(text[end - 1]))) return null;
    const role = v.fieldOf(m[1]);
    if (!role) return null;
    out.push({ role, label: m[0].trim() });
    pos = end;
  }
  return out.length ? out : null;
}

/** The period basis a 'Current Year / Quarter / Month' heading names. */
export function periodBasisOf(label: string | null): 'year' | 'quarter' | 'month' | null {
  if (!label) return null;
  // 'Same quarter last year' is a quarter's figure: the year only says which quarter.
  const basis = /\b(quarter|month)\b.*\b(?:last|previous|prior)\s+year\b/i.exec(label)?.[1].toLowerCase();
  if (basis) return basis as 'quarter' | 'month';
  if (/\byear\b|annual|ytd/i.test(label)) return 'year';
  if (/\bquarter\b/i.test(label)) return 'quarter';
  if (/\bmonth\b/i.test(label)) return 'month';
  return null;
}

/** Headings split over two lines in text dumps ('Direction for' / 'Improvement'). */
export function isDanglingHeader(line: string): boolean {
  return /(?:direction\s+for|change\s+in|\bcurrent|\bprevious|\bperformance\s*\(?)\s*$/i.test(line.trim());
}

/** A status a summary counts: a RAG rating (word, colour or letter) or another printed status ('Suspended'). */
export const summaryStatus = remembered(function summaryStatus(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim().replace(/[:*]$/, '');
  // A status with its meaning after a dash or colon ('Green – on or above target', 'Red: below tolerance').
  const head = t.replace(/\s*(?:[–—:]|\s-)\s+\S.*$/, '');
  if (head !== t && head.length <= 30 && ragWord(head)) return ragWord(head);
  if (!t || t.length > 30) return null;
  const rag = ragWord(t, true);
  if (rag) return rag;
  const other = OTHER_STATUSES.find((s) => s.toLowerCase() === t.toLowerCase());
  return other ?? null;
});

/** A label that names a card in a form ('Indicator', 'Measure name') or gives its reference ('Ref'); 'Description' is a text section. */
export function nameLabel(label: string): 'name' | 'ref' | null {
  const v = vocabulary();
  if (v.sectionOf(label)) return null;
  const column = v.scorecardColumnOf(label);
  return column === 'name' || column === 'ref' ? column : null;
}

/**
 * A line naming a card as a form prints it: a name label, its text, perhaps its reference
 * ('Measure name: Average time to re-let homes', 'Indicator: KPI 7: Missed bins Ref: CP30'); null otherwise.
 */
export const nameLine = remembered(function nameLine(line: string): { id: string | null; title: string } | null {
  const m = /^([A-Za-z][A-Za-z .]{1,30}?)\s*:\s*(\S.*)$/.exec(line.replace(/\s+/g, ' ').trim());
  if (!m || nameLabel(m[1]) !== 'name') return null;
  let title = m[2];
  let id: string | null = null;
  const ref = /^(.*\S)\s+([A-Za-z][A-Za-z .]{0,15}?)\s*:\s*(\S.{0,19})$/.exec(title);
  if (ref && nameLabel(ref[2]) === 'ref') [title, id] = [ref[1], ref[3].trim()];
  const heading = indicatorHeading(title);
  return { id: id ?? heading?.id ?? null, title: heading?.title ?? title };
});
