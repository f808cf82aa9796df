/** The meeting a paper goes to ('Report to: Cabinet', 'Adults and Health Committee'), by the lexicon's body words. */
import type { Block } from '../schema';
import { COMMITTEE_BODIES, COMMITTEE_LABELS, escapeRegExp } from '../lexicon';

/** A line that makes the body word above it part of another phrase ('Executive' / 'Summary:', 'Cabinet' / 'Member for…'). */
const PHRASE_GOES_ON = /^\s*(?:summary|members?|directors?|officers?|lead|portfolio|team|office|support|report|decision)\b/i;

/** The committee, panel, board or cabinet named in the paper's first blocks, or null. */
export function findCommittee(blocks: Block[]): string | null {
  const { named, labelled } = committeePatterns();
  let alone: string | null = null;
  let organisation: string | null = null;
  for (const b of blocks) {
    // Whole blocks, so a name wrapped over two lines is read as one.
    const lines = b.rows ? b.rows.map((r) => r.join(' ')) : b.text.split('\n');
    // A name wrapped over two lines is joined, unless the first line is a name already ('Overview and
    // Scrutiny Committee' / 'Cabinet') or the council's ('Anytown Borough Council' / 'Housing Committee').
    const whole = (l: string) => named.test(l.replace(/\s+/g, ' ').trim()) || labelled.test(l.replace(/\s+/g, ' ').trim());
    // Nor is a title line joined to a name on the next line ('Corporate Performance Scorecard' / 'Overview and
    // Scrutiny Committee'), unless it breaks off mid-name ('Communities, Social Mobility and' / 'Inclusion Committee').
    const titleAbove = (l: string, next: string) => !/(?:,|&|\b(?:and|of|for|the))\s*$/i.test(l) && next.trim().includes(' ') && whole(next);
    const texts = b.rows ? lines : lines.flatMap((l, i) => (i + 1 < lines.length && !/\bCouncil\s*$/.test(l) && !whole(l) && !titleAbove(l, lines[i + 1]) ? [`${l} ${lines[i + 1]}`, l] : [l]));
    // A name in two languages ('Pwyllgor Craffu / Scrutiny Committee'): each side after a slash as well.
    for (const t of texts.flatMap((x) => [x, ...x.split(/\s+\/\s+/).slice(1)])) {
      const line = titleCased(t.replace(/\s+/g, ' ').trim());
      const byLabel = labelled.exec(line);
      const m = byLabel ?? named.exec(line);
      if (!m || /^the\s/i.test(m[1])) continue;
      const name = titleCased(m[1].replace(/\s+/g, ' ').trim());
      // An authority on a line of its own heads the paper as its organisation ('Marshford Fire and Rescue
      // Authority' over its 'Performance and Resources Committee'): the meeting only if no other is named.
      if (!byLabel && /\bAuthority$/.test(name) && line.length === m[0].length) {
        organisation ??= name;
        continue;
      }
      // One word ('Cabinet', 'Executive') names the meeting only labelled or as a line of its own that the next
      // line does not go on from ('Executive' / 'Summary:').
      if (byLabel || name.includes(' ')) return name;
      const at = lines.findIndex((l) => titleCased(l.replace(/\s+/g, ' ').trim()) === line);
      if (!alone && at >= 0 && !PHRASE_GOES_ON.test(lines[at + 1] ?? '')) alone = name;
    }
  }
  return alone ?? organisation;
}

/** A line printed in capitals ('PEOPLE OVERVIEW AND SCRUTINY COMMITTEE') in the case names are matched in. */
function titleCased(line: string): string {
  if (/[a-z]/.test(line) || !/[A-Z]{3}/.test(line)) return line;
  return line.toLowerCase().replace(/(^|[\s(–—-])([a-z])/g, (m, pre: string, c: string) => pre + c.toUpperCase()).replace(/(?<=\s)(And|Of|For|The)(?=\s)/g, (w) => w.toLowerCase());
}

/**
 * A meeting body's name at the start of a line (or after its council's and a dash), ending with a body word (the lexicon's COMMITTEE_BODIES):
 * capitalised words joined by 'and', '&', 'of', 'for'; the name ends the line or a date, colon or dash follows.
 * Labelled ('Report to: Cabinet'), the label may name any body.
 */
function committeePatterns(): { named: RegExp; labelled: RegExp } {
  if (!committeeCache) {
    const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/[ -]/g, '[\\s-]?')).join('|');
    const word = "[A-Z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)?";
    const name = `((?:${word},?\\s+(?:(?:and|&|of|for|the)\\s+)*){0,8}(?:${alt(COMMITTEE_BODIES)}))`;
    // After the name: the line's end, a colon or bracket, a date, or a dash before a date or the paper's title
    // ('Cabinet – 12 December 2024'); not a sentence ('… Board – progress is good').
    // A title after the dash may start otherwise when it names a report ('Cabinet – Corporate Performance Report Q3').
    const titled = "[A-Z][^.!?]*\\b(?:[Pp]erformance|[Rr]eport|[Ii]ndicators?|[Ss]corecard|[Mm]onitoring|[Dd]ashboard|[Bb]enchmarking)\\b[^.!?]*$";
    const after = `(?=$|\\s*[:(,]|\\s*[–—-]\\s*(?:\\d|Q[1-4]\\b|[Qq]uarter|[Aa]nnual|[Mm]onthly|[Mm]id-year|[Yy]ear-end|[Pp]erformance|[Rr]eport|[Mm]eeting|[Aa]genda|[Aa]ppendix|${titled})|\\s+\\d|\\s+(?:meeting|on|report|performance)\\b)`;
    // The council may head the line before its meeting ('Eastbrook Borough Council – Cabinet', 'City of York Council: Executive').
    const council = `(?:(?:${word}\\s+(?:(?:of|and|&|the)\\s+)*){1,6}Council\\s*[–—:|-]\\s*)?`;
    committeeCache = {
      named: new RegExp(`^${council}${name}${after}`),
      labelled: new RegExp(`^(?:(?:${alt(COMMITTEE_LABELS)})\\s*:|report\\s+to(?:\\s+the)?)\\s*(?:(?:all\\s+)?members\\s+of\\s+(?:the\\s+)?)?${name}${after}`, 'i'),
    };
  }
  return committeeCache;
}
let committeeCache: { named: RegExp; labelled: RegExp } | null = null;

