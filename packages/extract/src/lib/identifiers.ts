/** A KPI's identifier in the forms councils print it, split from its title ('FR01 Council tax collected'). */
import { remembered } from './memo';
import { vocabulary } from './lexicon';

const NOT_ID_PREFIX = /^(?:quarter|q|ambition|page|appendix|section|table|figure|paragraph|phase|year|step|option|annex|item|priority|chapter|part|note|version|fy|cy|nhs|covid|gcse|ks|ofsted)$/i;

/** An identifier's code: letters and digits in one ('FR01', 'HS-04', 'PI-CS-012', 'CP.1.2', 'PAM/012', 'ASCOF 2A(ii)'). */
const CODE = String.raw`(?:[A-Z][A-Za-z&]{0,14}(?:[-/.][A-Z]{1,6})*[ -/.]?)?\d{1,4}(?:[./-]\d{1,3})*[A-Za-z]?(?:\([ivx]{1,4}\))?`;
const SEPARATED = new RegExp(String.raw`^(Indicator|KPI|Measure|PI)?\s*(${CODE})\s*(?::|\s[–—-]|\.(?=\s))\s*(\S.{2,})$`);
/** A code and a title with only a space between: the code must look like one ('FR01', 'SCS 08', 'KPI 1'); a title may open with '%'. */
const SPACED = new RegExp(String.raw`^(Indicator|KPI|Measure|PI)?\s*(${CODE})\s+([A-Z(£%][^\s]*(?:\s+\S+)*.*)$`);
/** A code after the title in brackets ('Council tax collected (FR01)'). */
const TRAILING = new RegExp(String.raw`^(\S.{4,}?)\s*\((${CODE})\)$`);

/** A KPI's code standing alone in a cell or on a line ('HM01', 'RB 02', 'PI-30', 'SW03a', 'CP.1.2'): capitals and figures. */
export const isBareCode = (text: string) => /^[A-Z&]{0,8}[\s./-]?\d{1,4}[A-Za-z]?(?:[.-]\d{1,3}[A-Za-z]?)?$/.test(text.trim());

/**
 * An indicator heading: 'Indicator CoSMIC 001: Title', 'Indicator 36: Title', 'AHC 12 – Title',
 * 'KPI 7: Title', 'FR01 Council tax collected', 'Council tax collected (FR01)'. Returns the identifier as
 * printed (without the word 'Indicator' before a prefix).
 */
export const indicatorHeading = remembered(function indicatorHeading(line: string): { id: string; title: string } | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > 260) return null;
  // A section number before the heading ('3.2 KPI 07 – Percentage of invoices paid').
  const numbered = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Za-z])/.exec(text);
  const after = numbered ? indicatorHeading(text.slice(numbered[0].length)) : null;
  if (after) return after;
  const separated = SEPARATED.exec(text);
  if (separated) return headingOf(separated[1], separated[2], separated[3], false);
  const spaced = SPACED.exec(text);
  if (spaced) return headingOf(spaced[1], spaced[2], spaced[3], 'strict');
  const trailing = TRAILING.exec(text);
  // In brackets after the title, a code with two digits or more ('(FR01)'), not a formula ('(CO2)', '(NO2)').
  if (trailing && /[A-Za-z]/.test(trailing[2]) && /\d\d/.test(trailing[2])) return headingOf(undefined, trailing[2], trailing[1], false);
  return null;
});

/**
 * The identifier a scorecard's name cell begins with ('HC1 Households in temporary accommodation'): in a
 * table of KPIs a leading code is one even without a padded number ('ASC 1', 'NI181').
 */
export const nameCellHeading = remembered(function nameCellHeading(line: string): { id: string; title: string } | null {
  const text = line.replace(/\s+/g, ' ').trim();
  const spaced = text.length <= 260 && !SEPARATED.test(text) ? SPACED.exec(text) : null;
  return spaced ? headingOf(spaced[1], spaced[2], spaced[3], 'loose') : indicatorHeading(text);
});

/** The identifier and title of a heading's parts, or null when the code is no identifier ('Quarter 2', 'Table 3'). */
function headingOf(word: string | undefined, rawCode: string, rawTitle: string, spacing: 'strict' | 'loose' | false): { id: string; title: string } | null {
  const spaced = spacing !== false;
  const code = rawCode.trim();
  const prefix = /^([A-Za-z&]+)/.exec(code)?.[1] ?? null;
  if (!word && !prefix) return null;
  if (prefix && NOT_ID_PREFIX.test(prefix)) return null;
  // A field label with its period ('Target 2025/26: 58%') or a year ('2024/25') is no identifier.
  if ((prefix && vocabulary().fieldsOf(prefix).length) || /(?:19|20)\d{2}\s*[/-]\s*\d{2}/.test(code)) return null;
  if (!/[A-Za-z]/.test(rawTitle)) return null;
  // Only a space between: the code follows 'KPI'/'PI', or is capitals with a number that reads as a code —
  // zero-padded, dotted, lettered or spaced ('FR01', 'SCS 08', 'CP.1.2', 'ASCOF 2A(ii)', 'HWY 4'); 'CO2
  // Emissions', 'NHS 111 Calls', 'COVID-19 Recovery' are names, not identifiers.
  const number = code.replace(/^[A-Za-z&]+(?:[-/.][A-Z]{1,6})*[ -/.]?/, '');
  // Capitals, a space and a number of one or two digits read as a code too ('CHS 11', 'HWY 4'); three digits
  // are a service's number ('NHS 111'), a number glued on may be a formula ('CO2').
  const idLike = /^0\d/.test(number) || /\d[./]\d/.test(number) || /\([ivx]+\)$/.test(number) || /^\d+[A-Z]/.test(number) || /^[A-Z]{2,5} \d{1,2}$/.test(code);
  if (spaced && !word && !(prefix && /^[A-Z&]{2,8}$/.test(prefix) && (idLike || spacing === 'loose'))) return null;
  // Nor a table row printed as text ('HS1  Homes let  92%  88%'): figures after the words.
  // Nor a figure and its unit opening a name ('EHCP 20 Weeks completion rate').
  if (spaced && /^(?:weeks?|days?|hours?|months?|years?|minutes?|working)\b/i.test(rawTitle)) return null;
  if (spaced && (/^(?:\d|[a-z])/.test(rawTitle) || /(?:^|\s)[£$-]?\d[\d,.]*%?\s+[£$-]?\d[\d,.]*%?$/.test(rawTitle.trim()))) return null;
  // A title of one word only after a code that is plainly one ('EM 02 Voids', 'FR01 Arrears').
  if (spaced && !/\s/.test(rawTitle.trim()) && !(idLike && /^[A-Z][A-Za-z-]{2,}$/.test(rawTitle.trim()))) return null;
  const id = prefix ? code : `${word} ${code}`;
  return { id, title: rawTitle.trim().replace(/\s*[.:]$/, '') };
}
