/**
 * Narrative that can be checked: '4 indicators saw an improvement', 'There is 1 Red indicator',
 * '2 indicators have moved from Amber to Green', each with the indicators listed under it.
 */
import type { NarrativeClaim } from '../schema';
import type { Item } from './items';
import { indicatorHeading, ragWord } from '../vocabulary';

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const N = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const num = (s: string) => WORDS[s.toLowerCase()] ?? Number.parseInt(s, 10);
const STATUS = '(red|amber|green|blue|contextual|baseline)';

const PATTERNS: { kind: NarrativeClaim['kind']; re: RegExp; count: number; status?: number; from?: number }[] = [
  { kind: 'moved', re: new RegExp(`${N}\\s+indicators?\\s+(?:has|have)\\s+moved\\s+from\\s+\\W*${STATUS}\\W*\\s+to\\s+\\W*${STATUS}`, 'i'), count: 1, from: 2, status: 3 },
  { kind: 'improved', re: new RegExp(`${N}\\s+indicators?\\s+(?:have|has)\\s+remained\\s+\\W*${STATUS}\\W*[^.]*?improvement`, 'i'), count: 1, status: 2 },
  { kind: 'declined', re: new RegExp(`${N}\\s+indicators?\\s+(?:have|has)\\s+seen\\s+a\\s+decline[^.]*?remained\\s+\\W*${STATUS}`, 'i'), count: 1, status: 2 },
  { kind: 'improved', re: new RegExp(`${N}\\s+indicators?\\s+(?:saw|have\\s+seen|has\\s+seen|showed|have\\s+shown)\\s+an?\\s+improvement`, 'i'), count: 1 },
  { kind: 'declined', re: new RegExp(`${N}\\s+indicators?\\s+(?:saw|have\\s+seen|has\\s+seen|showed)\\s+a\\s+(?:decline|deterioration)`, 'i'), count: 1 },
  { kind: 'unchanged', re: new RegExp(`${N}\\s+indicators?\\s+(?:remained|have\\s+remained|has\\s+remained|were)\\s+unchanged`, 'i'), count: 1 },
  { kind: 'status-count', re: new RegExp(`there\\s+(?:is|are)\\s+${N}\\s+${STATUS}\\s+indicators?`, 'i'), count: 1, status: 2 },
  { kind: 'status-count', re: new RegExp(`there\\s+(?:is|are)\\s+${N}\\s+indicators?\\s+which\\s+are\\s+identified\\s+as\\s+${STATUS}`, 'i'), count: 1, status: 2 },
];

const NUMBERED = /^(\d+(?:\.\d+)+)\s+/;

/** Claims and the indicators listed under each, in document order. */
export function readClaims(items: Item[], _hasCards: boolean): NarrativeClaim[] {
  const claims: NarrativeClaim[] = [];
  let parent: { claim: NarrativeClaim; number: string | null } | null = null;
  let current: NarrativeClaim | null = null;
  // The commentary a cover quotes for the indicator it just named ('Commentary: The service …').
  let quoting: { commentary?: string | null } | null = null;

  for (let p = 0; p < items.length; p++) {
    const it = items[p];
    if (it.kind === 'table' || it.kind === 'chart') continue;
    const text = it.text.trim();
    if (quoting) {
      const m = /^commentary\s*:\s*(.*)$/i.exec(text);
      if (m) {
        quoting.commentary = m[1];
        continue;
      }
      const ends = NUMBERED.test(text) || /^(?:path\s+to\s+green|actions?)\s*:/i.test(text) || it.kind === 'heading' || indicatorHeading(text.replace(/^[•·▪●\-*]\s*/, '')) !== null || matchClaim(text, it) !== null;
      if (!ends && quoting.commentary !== undefined) {
        quoting.commentary = `${quoting.commentary} ${text}`.trim();
        continue;
      }
      if (ends) quoting = null;
    }
    const numbered = NUMBERED.exec(text)?.[1] ?? null;
    if (it.kind === 'heading' && it.cls.type !== 'heading') parent = current = null;
    if (numbered && parent && !(parent.number && numbered.startsWith(`${parent.number}.`))) parent = current = null;

    const claim = matchClaim(text, it);
    if (claim) {
      claims.push(claim);
      if (numbered || !parent) parent = { claim, number: numbered };
      current = claim;
      continue;
    }
    const stripped = text.replace(NUMBERED, '').replace(/^[•·▪●\-*]\s*/, '');
    let heading = indicatorHeading(stripped);
    if (!heading || !current) continue;
    // A title wrapped onto the next line of the same block.
    const next = items[p + 1];
    if (next && next.block === it.block && next.kind === 'line' && /^[a-z(]/.test(next.text) && !indicatorHeading(next.text)) {
      heading = indicatorHeading(`${stripped} ${next.text}`) ?? heading;
      p++;
    }
    const entry: NarrativeClaim['items'][number] = { printedId: heading.id, title: heading.title.replace(/[.\s]+$/, ''), prov: it.prov };
    current.items.push(entry);
    quoting = entry;
    if (parent && parent.claim !== current && parent.claim.kind === current.kind) parent.claim.items.push(entry);
    else if (parent && parent.claim !== current && parent.claim.kind === 'improved' && current.kind !== 'declined') {
      // '11 indicators saw an improvement' is followed by sub-lists ('5 remained Green but improved', 'moved from Red to Green').
      parent.claim.items.push(entry);
    }
  }
  return claims;
}

function matchClaim(text: string, it: Item): NarrativeClaim | null {
  for (const pat of PATTERNS) {
    const m = pat.re.exec(text);
    if (!m) continue;
    const status = pat.status ? ragWord(m[pat.status]) ?? m[pat.status] : null;
    const from = pat.from ? ragWord(m[pat.from]) ?? m[pat.from] : null;
    return { kind: pat.kind, count: num(m[pat.count]), status, fromStatus: from, items: [], text: text.replace(/\s+/g, ' '), prov: it.prov };
  }
  return null;
}
