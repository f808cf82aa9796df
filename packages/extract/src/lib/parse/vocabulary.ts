/**
 * The words of the KPI-paper family: section labels, value-table headings, value tokens, RAG names.
 * Rules are written for the family (any committee, any layout), not for one paper's strings.
 */
import type { Rag } from '../schema';

export type Section = 'description' | 'commentary' | 'links' | 'path' | 'actions';
export type Role = 'target' | 'direction' | 'current' | 'previous' | 'change';
export const ROLES: Role[] = ['target', 'direction', 'current', 'previous', 'change'];

const SECTION_LABELS: [Section, RegExp][] = [
  ['description', /^(?:indicator|kpi|measure)?\s*description$/i],
  ['commentary', /^commentary$/i],
  ['links', /^useful\s+links?$/i],
  ['path', /^path\s+to\s+green$/i],
  ['actions', /^actions?$/i],
];

/** 'Commentary', 'Path to Green:', ... → the section; also returns text after an inline colon. */
export function sectionLabel(line: string): { section: Section; rest: string } | null {
  const m = /^([A-Za-z][A-Za-z ]{3,28}?)\s*(?::\s*(.*))?$/.exec(line.trim());
  if (!m) return null;
  for (const [section, re] of SECTION_LABELS) {
    if (re.test(m[1].trim())) return { section, rest: (m[2] ?? '').trim() };
  }
  return null;
}

/** 'RAG Rating', 'RAG status:' (optionally followed by the rating on the same line). */
export function ragLabel(line: string): { rest: string } | null {
  const m = /^(?:rag\s+(?:rating|status)|rating)\s*:?\s*(.*)$/i.exec(line.trim());
  return m ? { rest: m[1].trim() } : null;
}

const RAG_WORDS: [Rag, RegExp][] = [
  ['Red', /^red$/i],
  ['Amber', /^amber$/i],
  ['Green', /^green$/i],
  ['Blue', /^blue$/i],
  ['Contextual', /^contextual$/i],
  ['Baseline', /^baseline$/i],
  ['In Development', /^in\s+development$/i],
];

/** A RAG rating written on its own ('Green'; also a badge fragment glued on, as in 'GrGreen'). */
export function ragWord(text: string): Rag | null {
  const t = text.trim().replace(/^(?:Gr|Re|Am|Co|Con|C)(?=(?:Green|Red|Amber|Contextual)$)/, '');
  for (const [rag, re] of RAG_WORDS) if (re.test(t)) return rag;
  return null;
}

/** Cut-off status-marker labels ('Gr', 'C', 'Con' then 'text'): a proper prefix of a RAG word. */
export function isBadgeFragment(text: string, previous: string | null): boolean {
  const t = text.trim();
  if (!t || t.length > 4) return false;
  const names = ['Green', 'Red', 'Amber', 'Contextual', 'Blue', 'Baseline'];
  if (names.some((n) => n !== t && n.toLowerCase().startsWith(t.toLowerCase()))) return true;
  const joined = `${previous?.trim() ?? ''}${t}`;
  return previous !== null && names.some((n) => n !== joined && n.toLowerCase().startsWith(joined.toLowerCase()));
}

const HEADER_PATTERNS: [Role, RegExp][] = [
  // 'Direction of travel' (DoT) in UK papers is the trend arrow, i.e. the change, not the polarity.
  ['change', /change\s+in\s+performance|direction\s+of\s+(?:travel|change)|dot\b|change|trend/iy],
  ['direction', /direction\s+(?:for|of)\s+improvement|polarity|good\s+is|higher\s+or\s+lower/iy],
  ['current', /(?:performance\s*\(\s*)?(?:[a-z.]+\s+of\s+[a-z]+\s+)?(?:current|latest|this|actual|outturn)\s*(?:year|quarter|month|period|performance|value|figure|to\s+date)?\s*\)?/iy],
  ['previous', /(?:performance\s*\(\s*)?(?:[a-z.]+\s+of\s+[a-z]+\s+)?(?:previous|last|prior|same\s+period\s+last)\s*(?:year|quarter|month|period|performance|value|figure)?\s*\)?/iy],
  ['target', /(?:pro\s+rata\s+)?(?:target|baseline|benchmark)/iy],
];

/**
 * Read a line that consists only of value-table column headings ('Target Direction for Improvement',
 * 'Previous YearCurrent Year') into roles in written order, with each heading's text; null otherwise.
 */
export function headerRoles(line: string): { role: Role; label: string }[] | null {
  const strict = headerRolesStrict(line);
  if (strict) return strict;
  // A heading broken mid-word by a narrow cell ('Direction for Improveme nt'): one role from the words run together.
  const squashed = line.replace(/\s+/g, '').toLowerCase();
  for (const [role, re] of LOOSE_HEADERS) if (re.test(squashed)) return [{ role, label: line.replace(/\s+/g, ' ').trim() }];
  return null;
}

const LOOSE_HEADERS: [Role, RegExp][] = [
  ['direction', /^directionfor(?:improvement|travel)$/],
  ['change', /^changeinperformance$/],
  ['current', /^(?:performance\()?(?:current|latest)(?:year|quarter|month|period)?\)?$/],
  ['previous', /^(?:performance\()?(?:previous|last)(?:year|quarter|month|period)?\)?$/],
];

function headerRolesStrict(line: string): { role: Role; label: string }[] | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 160) return null;
  const out: { role: Role; label: string }[] = [];
  let pos = 0;
  while (pos < text.length) {
    while (text[pos] === ' ') pos++;
    if (pos >= text.length) break;
    let matched = false;
    for (const [role, re] of HEADER_PATTERNS) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m && m[0].trim().length >= 4) {
        out.push({ role, label: m[0].trim() });
        pos += m[0].length;
        matched = true;
        break;
      }
    }
    if (!matched) return null;
  }
  return out.length ? out : null;
}

/** The period basis a 'Current Year / Quarter / Month' heading names. */
export function periodBasisOf(label: string | null): 'year' | 'quarter' | 'month' | null {
  if (!label) return null;
  if (/\byear\b|annual|ytd/i.test(label)) return 'year';
  if (/\bquarter\b/i.test(label)) return 'quarter';
  if (/\bmonth\b/i.test(label)) return 'month';
  return null;
}

/** Headings split over two lines in text dumps ('Direction for' / 'Improvement'). */
export function isDanglingHeader(line: string): boolean {
  return /(?:direction\s+for|change\s+in|\bcurrent|\bprevious|\bperformance\s*\(?)\s*$/i.test(line.trim());
}

export type TokenType = 'number' | 'arrow' | 'change' | 'empty' | 'dirword';
export interface ValueToken {
  raw: string;
  type: TokenType;
}

const NUMBER = /^(?:[£$€]\s?)?[-−–]?\(?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\)?(?:%|k|m|bn|p)?[*†‡¹²³]*$/i;
const CHANGE = /^(?:improving|improved|declining|declined|deteriorating|worsening|unchanged|no\s+change|stable|same)$/i;
const EMPTY = /^(?:n\/?a|contextual|tbc|tbd|-|–|—|baseline|not\s+applicable|no\s+target|in\s+development)$/i;
const ARROW = /^(?:[↑↓⬆⬇▲▼↗↘⇧⇩]|h|i)$/;
const DIRWORD = /^(?:higher|lower|increase|decrease)(?:\s+is\s+better)?$/i;

/** Classify one printed value; null when it is not a value. */
export function tokenType(raw: string): TokenType | null {
  const t = raw.trim();
  if (!t) return null;
  if (/\d/.test(t) && NUMBER.test(t)) return 'number';
  if (/^\d+(?:\.\d+)?\s*(?:days?|hours?|hrs?|weeks?|mins?|minutes?)$/i.test(t)) return 'number';
  if (ARROW.test(t)) return 'arrow';
  if (CHANGE.test(t)) return 'change';
  if (EMPTY.test(t)) return 'empty';
  if (DIRWORD.test(t)) return 'dirword';
  return null;
}

/** Split a line of values ('84% h 92% 81% Improving', 'N/A N/A 16 8') into tokens; null if any part is not a value. */
export function valueTokens(line: string): ValueToken[] | null {
  const words = line.trim().split(/\s+/);
  if (!words[0]) return null;
  const out: ValueToken[] = [];
  for (let i = 0; i < words.length; i++) {
    // Multi-word values first: 'Higher is better', 'No change', 'In Development', '4.5 days'.
    const three = words.slice(i, i + 3).join(' ');
    const two = words.slice(i, i + 2).join(' ');
    if (words.length - i >= 3 && DIRWORD.test(three)) {
      out.push({ raw: three, type: 'dirword' });
      i += 2;
      continue;
    }
    if (words.length - i >= 2 && tokenType(two) && !tokenType(words[i + 1])) {
      out.push({ raw: two, type: tokenType(two)! });
      i += 1;
      continue;
    }
    if (words.length - i >= 2 && /^(?:in\s+development|no\s+change|not\s+applicable|no\s+target)$/i.test(two)) {
      out.push({ raw: two, type: tokenType(two)! });
      i += 1;
      continue;
    }
    const type = tokenType(words[i]);
    if (!type) return null;
    out.push({ raw: words[i], type });
  }
  return out;
}

/** Can a token of this type fill a column of this role? */
export function fits(role: Role, type: TokenType): boolean {
  switch (role) {
    case 'target':
    case 'current':
    case 'previous':
      return type === 'number' || type === 'empty';
    case 'direction':
      return type === 'arrow' || type === 'dirword' || type === 'empty';
    case 'change':
      return type === 'change' || type === 'arrow' || type === 'empty';
  }
}

/** 'Return to Index', 'Page 9 of 12', a card date ('May 2025'), or a mix of them; returns the date if any. */
export function navLine(line: string): { dated: string | null } | null {
  let t = line.trim();
  if (!t) return null;
  const before = t;
  t = t.replace(/return\s+to\s+(?:index|contents|top|scorecard)/gi, ' ').replace(/page\s+\d+\s+of\s+\d+/gi, ' ');
  const date = /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})\b/i.exec(t);
  const rest = t.replace(date?.[0] ?? '\u0000', ' ').trim();
  if (rest) return null;
  if (!date && t === before) return null;
  return { dated: date ? date[1] : null };
}

const NOT_ID_PREFIX = /^(?:quarter|q|ambition|page|appendix|section|table|figure|paragraph|phase|year|step|option|annex|item|priority|chapter|part|note|version|fy|cy)$/i;

/**
 * An indicator heading: 'Indicator CoSMIC 001: Title', 'Indicator 36: Title', 'AHC 12 – Title',
 * 'KPI 7: Title'. Returns the identifier as printed (without the word 'Indicator' before a prefix).
 */
export function indicatorHeading(line: string): { id: string; title: string } | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > 260) return null;
  const m = /^(Indicator|KPI|Measure|PI)?\s*((?:[A-Z][A-Za-z&]{0,14}[ -]?)?\d{1,4}[a-z]?)\s*(?::|\s[–-]|\.(?=\s))\s*(\S.{2,})$/.exec(text);
  if (!m) return null;
  const word = m[1];
  const code = m[2].trim();
  const prefix = /^([A-Za-z&]+)/.exec(code)?.[1] ?? null;
  if (!word && !prefix) return null;
  if (prefix && NOT_ID_PREFIX.test(prefix)) return null;
  if (!/[A-Za-z]/.test(m[3])) return null;
  const id = prefix ? code.replace(/^([A-Za-z&]+)[ -]?/, '$1 ') : `${word} ${code}`;
  return { id, title: m[3].trim().replace(/\s*[.:]$/, '') };
}
