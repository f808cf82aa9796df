/**
 * Identifiers Word holds only in automatic numbering: a heading numbered 'KPI %1 – ' prints 'KPI 07 – …',
 * but the number is no text of the paragraph and mammoth drops it. Such numbers are written into their
 * paragraphs as printed. Only levels whose text has words besides the number count ('KPI %1', 'PI-%1'): a
 * plain '1.' or '2.3' numbers the paper's sections or lists, not its measures.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

/** Each numbering instance's levels (numId → ilvl → level), from word/numbering.xml. */
function levelsOf(numberingXml: string): Map<string, Map<number, Level>> {
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of numberingXml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of a[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const attr = (name: string) => new RegExp(`<w:${name}\\b[^>]*w:val="([^"]*)"`).exec(l[2])?.[1];
      levels.set(Number(l[1]), { start: Number(attr('start') ?? 1), format: attr('numFmt') ?? 'decimal', text: attr('lvlText') ?? '' });
    }
    abstract.set(a[1], levels);
  }
  const out = new Map<string, Map<number, Level>>();
  for (const n of numberingXml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const levels = abstract.get(/<w:abstractNumId\b[^>]*w:val="(\d+)"/.exec(n[2])?.[1] ?? '');
    if (levels) out.set(n[1], levels);
  }
  return out;
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
function roman(n: number): string {
  let out = '';
  for (const [value, numeral] of ROMAN) for (; n >= value; n -= value) out += numeral;
  return out;
}
const letter = (n: number) => String.fromCharCode(96 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1);

/** A number in a level's format ('decimalZero' 7 → '07', 'upperLetter' 2 → 'B'). */
function formatted(n: number, format: string): string {
  switch (format) {
    case 'decimalZero': return String(n).padStart(2, '0');
    case 'upperLetter': return letter(n).toUpperCase();
    case 'lowerLetter': return letter(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    default: return String(n);
  }
}

/** A paragraph with no paragraph inside it (text boxes hold paragraphs of their own). */
const PARAGRAPH = /<w:p(?:\s[^>]*)?>(?:(?!<w:p[\s>])[\s\S])*?<\/w:p>/g;

/** The body with identifiers that automatic numbering prints written into their paragraphs; the same string when none. */
export function labelledNumbers(documentXml: string, numberingXml: string | null): string {
  if (!numberingXml || !documentXml.includes('<w:numPr>')) return documentXml;
  const levels = levelsOf(numberingXml);
  const labelled = [...levels.values()].some((ls) => [...ls.values()].some((l) => /[A-Za-z]/.test(l.text.replace(/%\d/g, ''))));
  if (!labelled) return documentXml;
  const counters = new Map<string, number[]>();
  return documentXml.replace(PARAGRAPH, (p) => {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(p)?.[1];
    const numId = numPr && /<w:numId\b[^>]*w:val="(\d+)"/.exec(numPr)?.[1];
    const own = numId ? levels.get(numId) : undefined;
    if (!numPr || !numId || !own) return p;
    const ilvl = Number(/<w:ilvl\b[^>]*w:val="(\d+)"/.exec(numPr)?.[1] ?? 0);
    const count = counters.get(numId) ?? [];
    count[ilvl] = (count[ilvl] ?? (own.get(ilvl)?.start ?? 1) - 1) + 1;
    count.length = ilvl + 1;
    counters.set(numId, count);
    const level = own.get(ilvl);
    if (!level || !/[A-Za-z]/.test(level.text.replace(/%\d/g, ''))) return p;
    const text = level.text.replace(/%(\d)/g, (_, k: string) => formatted(count[Number(k) - 1] ?? own.get(Number(k) - 1)?.start ?? 1, own.get(Number(k) - 1)?.format ?? 'decimal'));
    const run = `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const at = p.indexOf('</w:pPr>');
    return at >= 0 ? `${p.slice(0, at + 8)}${run}${p.slice(at + 8)}` : p.replace(/^<w:p(?:\s[^>]*)?>/, (open) => `${open}${run}`);
  });
}
