/**
 * Identifiers Word holds only in automatic numbering: a heading numbered 'KPI %1 – ' prints 'KPI 07 – …',
 * but the number is no text of the paragraph and mammoth drops it. Such numbers are written into their
 * paragraphs as printed. Only levels whose text has words besides the number count ('KPI %1', 'PI-%1'): a
 * plain '1.' or '2.3' numbers the paper's sections or lists, and a bullet (Word's 'o') is none.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

/** A numbering instance: its abstract numbering's id (counted across instances, as Word continues a list), levels and restarts. */
interface Instance {
  abstractId: string;
  levels: Map<number, Level>;
  /** Levels this instance restarts (`w:lvlOverride/w:startOverride`), at their start. */
  restarts: Map<number, number>;
}

/** Each numbering instance (numId → instance), from word/numbering.xml. */
function instancesOf(numberingXml: string): Map<string, Instance> {
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of numberingXml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of a[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const attr = (name: string) => new RegExp(`<w:${name}\\b[^>]*w:val="([^"]*)"`).exec(l[2])?.[1];
      levels.set(Number(l[1]), { start: Number(attr('start') ?? 1), format: attr('numFmt') ?? 'decimal', text: attr('lvlText') ?? '' });
    }
    abstract.set(a[1], levels);
  }
  const out = new Map<string, Instance>();
  for (const n of numberingXml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = /<w:abstractNumId\b[^>]*w:val="(\d+)"/.exec(n[2])?.[1] ?? '';
    const levels = abstract.get(abstractId);
    const restarts = new Map([...n[2].matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>[\s\S]*?<w:startOverride\b[^>]*w:val="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const));
    if (levels) out.set(n[1], { abstractId, levels, restarts });
  }
  return out;
}

/** A level that prints words beside its number ('KPI %1 – '): not a bullet, not a bare '1.' or '2.3'. */
const labelling = (l: Level) => l.format !== 'bullet' && l.format !== 'none' && /%\d/.test(l.text) && /[A-Za-z]/.test(l.text.replace(/%\d/g, ''));

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

/**
 * Numbering that paragraph styles carry (a 'Heading 2' numbered 'KPI %1 – '): style id → numbering instance and
 * level, through the styles each is based on. A style's numbering without a level takes the level linked to the
 * style (`w:pStyle` in the level), else the first.
 */
function styleNumbering(stylesXml: string | null, numberingXml: string): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const m of (stylesXml ?? '').matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2])?.[1];
    const ilvl = numPr && /<w:ilvl\b[^>]*w:val="(\d+)"/.exec(numPr)?.[1];
    own.set(m[1], { numId: numPr ? /<w:numId\b[^>]*w:val="(\d+)"/.exec(numPr)?.[1] : undefined, ilvl: ilvl ? Number(ilvl) : undefined, basedOn: /<w:basedOn\b[^>]*w:val="([^"]+)"/.exec(m[2])?.[1] });
  }
  const linked = new Map([...numberingXml.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>(?:(?!<\/w:lvl>)[\s\S])*?<w:pStyle\b[^>]*w:val="([^"]+)"/g)].map((m) => [m[2], Number(m[1])] as const));
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let numId: string | undefined;
    let ilvl: number | undefined;
    let link: number | undefined;
    for (let at: string | undefined = id, depth = 0; at && own.has(at) && depth < 20; at = own.get(at)!.basedOn, depth++) {
      numId ??= own.get(at)!.numId;
      ilvl ??= own.get(at)!.ilvl;
      link ??= linked.get(at);
    }
    // numId 0 turns numbering off.
    if (numId && numId !== '0') out.set(id, { numId, ilvl: ilvl ?? link ?? 0 });
  }
  return out;
}

/** The body with identifiers that automatic numbering prints written into their paragraphs (numbered directly or by their style); the same string when none. */
export function labelledNumbers(documentXml: string, numberingXml: string | null, stylesXml: string | null = null): string {
  if (!numberingXml) return documentXml;
  const styled = stylesXml?.includes('<w:numPr>') ? styleNumbering(stylesXml, numberingXml) : new Map<string, { numId: string; ilvl: number }>();
  if (!documentXml.includes('<w:numPr>') && !styled.size) return documentXml;
  const instances = instancesOf(numberingXml);
  if (![...instances.values()].some((i) => [...i.levels.values()].some(labelling))) return documentXml;
  // Counters per abstract numbering (Word continues a list across its instances), or per instance that restarts it.
  const counters = new Map<string, number[]>();
  return documentXml.replace(PARAGRAPH, (p) => {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(p)?.[1];
    // Numbered by its style when the paragraph says nothing of numbering itself.
    const style = numPr === undefined ? styled.get(/<w:pStyle\b[^>]*w:val="([^"]+)"/.exec(/<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? '')?.[1] ?? '') : undefined;
    const numId = style?.numId ?? (numPr && /<w:numId\b[^>]*w:val="(\d+)"/.exec(numPr)?.[1]);
    const own = numId ? instances.get(numId) : undefined;
    if (!numId || !own) return p;
    const ilvl = style?.ilvl ?? Number(/<w:ilvl\b[^>]*w:val="(\d+)"/.exec(numPr ?? '')?.[1] ?? 0);
    const key = own.restarts.size ? `num:${numId}` : `abstract:${own.abstractId}`;
    const startOf = (k: number) => own.restarts.get(k) ?? own.levels.get(k)?.start ?? 1;
    const count = counters.get(key) ?? [];
    count[ilvl] = (count[ilvl] ?? startOf(ilvl) - 1) + 1;
    count.length = ilvl + 1;
    counters.set(key, count);
    const level = own.levels.get(ilvl);
    if (!level || !labelling(level)) return p;
    const text = level.text.replace(/%(\d)/g, (_, k: string) => formatted(count[Number(k) - 1] ?? startOf(Number(k) - 1), own.levels.get(Number(k) - 1)?.format ?? 'decimal'));
    const run = `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const at = p.indexOf('</w:pPr>');
    return at >= 0 ? `${p.slice(0, at + 8)}${run}${p.slice(at + 8)}` : p.replace(/^<w:p(?:\s[^>]*)?>/, (open) => `${open}${run}`);
  });
}
