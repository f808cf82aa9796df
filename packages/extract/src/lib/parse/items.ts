/**
 * Blocks → items: the unit the card parser reads. A paragraph of a text dump becomes one item per
 * line (text dumps put one PDF text run per line), headings, list items and tables stay whole.
 */
import type { Block, Provenance } from '../schema';
import { headerRoles, indicatorHeading, isBadgeFragment, isDanglingHeader, nameLine, navLine, ragLabel, ragWord, sectionLabel, startsWithSectionLabel, type Role, type Section } from '../vocabulary';
import { valueTokens, type ValueToken } from '../tokens';
import type { Rag } from '../schema';
import { linePairs, type Pair } from './pairs';
import { datePairs, labelPeriodKey } from './label-periods';
import { isBareCode, nameCellHeading } from '../identifiers';
import { cellProv } from './cells';
import { vocabulary } from '../lexicon';

export type ItemClass =
  | { type: 'heading'; id: string; title: string; rag?: string }
  | { type: 'section'; section: Section; rest: string }
  | { type: 'rag-label'; rest: string }
  | { type: 'rag-word'; rag: Rag }
  | { type: 'badge' }
  | { type: 'nav'; dated: string | null }
  | { type: 'header'; roles: { role: Role; label: string }[] }
  | { type: 'pairs'; pairs: Pair[] }
  | { type: 'title'; title: string; rag: string | null }
  | { type: 'values'; tokens: ValueToken[] }
  | { type: 'table' }
  | { type: 'chart' }
  /** Figures of an earlier period than the card's previous ('Q4 outturn' beside Q1 and Q2): the card's, no field. */
  | { type: 'history' }
  | { type: 'text' };

export interface Item {
  kind: Block['kind'] | 'line';
  text: string;
  rows: string[][] | null;
  block: Block;
  prov: Provenance;
  cls: ItemClass;
}

/** Turn blocks into classified items, joining headings split over two lines. */
export function toItems(blocks: Block[]): Item[] {
  const raw: Omit<Item, 'cls'>[] = [];
  let cards: ReturnType<typeof formCards> = null;
  for (const block of blocks) {
    // A PDF's running headers and footers (the committee and date, 'OFFICIAL', page numbers) are no card's
    // text; a Word section's header may be (some papers print each KPI's name there).
    if (block.role !== 'content' && block.prov.page !== null) continue;
    if (block.kind === 'paragraph') {
      const lines = block.text.split('\n');
      lines.forEach((text, i) => {
        if (!text.trim()) return;
        const line = block.prov.line ? { start: block.prov.line.start + i, end: block.prov.line.start + i } : null;
        raw.push({ kind: 'line', text: text.trim(), rows: null, block, prov: { ...block.prov, line } });
      });
    } else if (block.kind === 'table' && block.rows && (cards = formCards(block.rows))) {
      // A form table holding cards one after another, each under a title row: a title line and its rows per card.
      for (const part of cards) {
        const at = cellProv(block.prov, part.title, 0);
        raw.push({ kind: 'line', text: part.heading, rows: null, block, prov: at });
        if (part.rag) raw.push({ kind: 'line', text: part.rag, rows: null, block, prov: cellProv(block.prov, part.title, 1) });
        const rows = block.rows.slice(part.title + 1, part.end);
        if (rows.length) raw.push({ kind: 'table', text: rows.map((r) => r.join(' ')).join(' '), rows, block, prov: { ...block.prov, cell: { table: block.prov.index, row: part.title + 1, col: 0 } } });
      }
    } else {
      raw.push({ kind: block.kind, text: block.text.replace(/\s*\n\s*/g, ' ').trim(), rows: block.rows, block, prov: block.prov });
    }
  }
  // Join a dangling heading ('Change in') with the line that completes it ('Performance').
  for (let i = 0; i < raw.length - 1; i++) {
    const a = raw[i];
    const b = raw[i + 1];
    if (a.kind !== 'line' || b.kind !== 'line' || !isDanglingHeader(a.text)) continue;
    if (!/^(?:improvement|performance|year|quarter|month|period|travel)\b/i.test(b.text)) continue;
    const joined = `${a.text} ${b.text}`;
    if (!headerRoles(joined)) continue;
    a.text = joined;
    a.prov = { ...a.prov, line: a.prov.line && b.prov.line ? { start: a.prov.line.start, end: b.prov.line.end } : a.prov.line };
    raw.splice(i + 1, 1);
  }
  const items: Item[] = [];
  raw.forEach((it, i) => items.push({ ...it, cls: classify(it, i > 0 ? raw[i - 1].text : null) }));
  codeSeries(items);
  codeAbove(items);
  // The paper's own period as its first lines name it ('Quarter 2 Performance Report 2024/25').
  const paper = items.slice(0, 8).map((it) => (it.cls.type === 'pairs' ? null : labelPeriodKey(it.text))).find((k) => k && !k.yearless)?.key ?? null;
  // Lines of figures labelled by period ('Q2 outturn' / 'Q1 outturn'): the latest is current, the one before previous.
  for (let i = 0; i < items.length; i++) {
    let j = i;
    while (j < items.length && items[j].cls.type === 'pairs') j++;
    if (j - i >= 1) {
      const run = items.slice(i, j);
      const dated = datePairs(run.map((it) => (it.cls as { pairs: Pair[] }).pairs), paper);
      run.forEach((it, k) => {
        if (dated[k] !== (it.cls as { pairs: Pair[] }).pairs) it.cls = dated[k].length ? { type: 'pairs', pairs: dated[k] } : { type: 'history' };
      });
    }
    i = j;
  }
  // A heading wrapped onto the next line of its block: the plain-text lines after it complete the title.
  for (let i = 0; i < items.length - 1; i++) {
    const head = items[i];
    if (head.cls.type !== 'heading' || head.kind !== 'line') continue;
    while (items[i + 1] && items[i + 1].block === head.block && items[i + 1].kind === 'line' && items[i + 1].cls.type === 'text' && items[i + 1].text.length < 90) {
      const next = items.splice(i + 1, 1)[0];
      head.text = `${head.text} ${next.text}`;
      head.cls = { ...head.cls, title: `${head.cls.title} ${next.text}`.replace(/\s*[.:]$/, '') };
      head.prov = { ...head.prov, line: head.prov.line && next.prov.line ? { start: head.prov.line.start, end: next.prov.line.end } : head.prov.line };
    }
  }
  return items;
}

/** An identifier printed alone on the line above its title ('WR04' over 'Household waste sent for reuse', a slide's code): the title's. */
function codeAbove(items: Item[]): void {
  for (let i = 0; i < items.length - 1; i++) {
    const code = items[i];
    const title = items[i + 1];
    // The name: a title, or a line of plain text set as one (a slide's name in a size a heading elsewhere outdoes).
    const name = title.cls.type === 'title' ? title.cls.title : title.cls.type === 'text' && /^[A-Z(]/.test(title.text) && title.text.length <= 150 && !/[.:;,]$/.test(title.text) ? title.text : null;
    // A code in capitals and figures ('WR04', 'RB 02'), not a plan's part ('Objective 3', 'Theme 2').
    if (!name || !/[A-Z]/.test(code.text) || !isBareCode(code.text)) continue;
    const heading = indicatorHeading(`${code.text.trim()} – ${name}`);
    if (!heading || heading.id !== code.text.trim()) continue;
    title.cls = { type: 'heading', id: heading.id, title: heading.title, ...(title.cls.type === 'title' && title.cls.rag ? { rag: title.cls.rag } : {}) };
    title.prov = { ...title.prov, line: code.prov.line && title.prov.line ? { start: code.prov.line.start, end: title.prov.line.end } : title.prov.line };
    items.splice(i, 1);
  }
}

/**
 * Headings of one series of codes ('HS1 Average days to relet', 'HS2 Rent collected'): unpadded codes read
 * as identifiers when the paper numbers two headings or more under one prefix ('CO2 Emissions' alone is a name).
 */
function codeSeries(items: Item[]): void {
  const found = items.flatMap((it) => {
    if (it.cls.type !== 'title' || it.cls.rag || it.kind !== 'heading') return [];
    const heading = nameCellHeading(it.cls.title);
    const prefix = heading && /^[A-Za-z&]+/.exec(heading.id)?.[0];
    return heading && prefix ? [{ it, heading, prefix: prefix.toUpperCase() }] : [];
  });
  const ids = new Map<string, Set<string>>();
  for (const f of found) ids.set(f.prefix, (ids.get(f.prefix) ?? new Set()).add(f.heading.id));
  for (const f of found) if (ids.get(f.prefix)!.size >= 2) f.it.cls = { type: 'heading', ...f.heading };
}

/**
 * A form table (a label column beside a value column) holding cards one after another, each under a row that
 * is the card's title ('KPI 07 – Percentage of invoices…' merged across, or beside its rating: '… | Amber'):
 * each card's title row and where its rows end. Null unless every card's rows are labelled.
 */
function formCards(rows: string[][]): { title: number; heading: string; rag: string | null; end: number }[] | null {
  const titles = rows.flatMap((r, i): { title: number; heading: string; rag: string | null }[] => {
    const cells = [...new Set(r.map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean))];
    if (cells.length === 1 && indicatorHeading(cells[0])) return [{ title: i, heading: cells[0], rag: null }];
    if (cells.length === 2 && r.length === 2 && indicatorHeading(cells[0]) && ragWord(cells[1])) return [{ title: i, heading: cells[0], rag: cells[1] }];
    return [];
  });
  if (!titles.length || titles[0].title !== 0 || (titles.length === 1 && !titles[0].rag)) return null;
  const parts = titles.map((t, k) => ({ ...t, end: titles[k + 1]?.title ?? rows.length }));
  const labelled = (r: string[]) => !r[0]?.trim() || vocabulary().fieldsOf(r[0]).length > 0 || sectionLabel(r[0]) !== null || ragLabel(r[0]) !== null;
  return parts.every((p) => rows.slice(p.title + 1, p.end).filter(labelled).length >= Math.max(1, (p.end - p.title - 1) / 2)) ? parts : null;
}

/**
 * A rating in capitals ending a title ('CP01 Council tax collected AMBER', a tile's badge printed close beside
 * it); in ordinary case it may be the name's own word ('… projects rated Green').
 */
const BADGE_AFTER = /^(\S.*?)\s+([A-Z]{3,})$/;

/** A title with its RAG badge printed beside it: 'Delayed discharges    GREEN', 'Delayed discharges (Green)'. */
const BADGED_TITLE = /^(\S.{2,150}?)(?:\s{2,}|\t|\s+[–|]\s+|\s*\()([A-Za-z][A-Za-z ]{1,20}?)\)?$/;

/** Dot or underscore leaders between a label and its value ('Target .......... 95%', 'RAG status ____ Amber'). */
const LEADER = /\s*(?:\.{3,}|…+|(?:\. ){2,}\.|_{3,})\s*(?=\S)/g;
/** A leader before a page number, as a contents page prints it. */
const PAGE_REF = /(?:\.{3,}|…+)\s*\d{1,3}\s*$/;

function classify(it: Omit<Item, 'cls'>, previous: string | null): ItemClass {
  if (it.kind === 'table') return { type: 'table' };
  // A Word footer ('Performance Report Q2 2024/25  Page 1 of 1') is no card's text; its words still name the
  // paper's period.
  if (it.block.role === 'page-footer') return { type: 'nav', dated: null };
  if (it.kind === 'chart') return { type: 'chart' };
  // A contents line (numbered, or under another such line: '3. Performance overview ........ 5') keeps its
  // leader: a page number is no value.
  const stripped = it.text.replace(/^[•·▪◦●\-*]\s+/, '');
  const contents = PAGE_REF.test(stripped) && (/^\d+(?:\.\d+)*\.?\s/.test(stripped) || (previous !== null && PAGE_REF.test(previous)));
  const text = (contents ? stripped : stripped.replace(LEADER, ': ')).trim();
  const bulleted = stripped.trim() !== it.text.trim() || it.kind === 'list-item';
  if (!bulleted) {
    // A tile's badge beside its title, set apart by a gap ('CP01 Council tax collected  Amber') or in capitals ('… AMBER').
    const apart = /^(.*\S)\s{2,}(\S+)$/.exec(text);
    const spaced = apart && ragWord(apart[2]) ? indicatorHeading(apart[1]) : null;
    if (spaced) return { type: 'heading', ...spaced, rag: apart![2] };
    const heading = indicatorHeading(text);
    const badge = heading ? BADGE_AFTER.exec(heading.title) : null;
    if (badge && ragWord(badge[2]) && badge[1].includes(' ')) return { type: 'heading', id: heading!.id, title: badge[1], rag: badge[2] };
    if (heading) return { type: 'heading', ...heading };
  }
  // A form's name row ('Indicator: Missed bins  Ref: CP30') titles its card.
  const named = nameLine(text);
  if (named) return named.id ? { type: 'heading', id: named.id, title: named.title } : { type: 'title', title: named.title, rag: null };
  const section = sectionLabel(text);
  if (section) return { type: 'section', ...section };
  const pairs = linePairs(text, it.prov);
  // A rating the vocabulary knows reads as a RAG line below; one in other words ('Status: Delayed') as a pair.
  if (pairs && pairs.some((p) => p.field !== 'rag' || !ragWord(p.raw, true))) return { type: 'pairs', pairs };
  const rag = ragLabel(text);
  if (rag) return { type: 'rag-label', rest: rag.rest };
  const word = ragWord(text);
  if (word) return { type: 'rag-word', rag: word };
  if (isBadgeFragment(text, previous)) return { type: 'badge' };
  const nav = navLine(text);
  if (nav) return { type: 'nav', dated: nav.dated };
  const roles = headerRoles(text);
  if (roles) return { type: 'header', roles };
  const tokens = valueTokens(text);
  if (tokens) return { type: 'values', tokens };
  const badged = BADGED_TITLE.exec(text);
  if (badged && ragWord(badged[2]) && !/[.:]$/.test(badged[1])) return { type: 'title', title: badged[1].trim(), rag: badged[2] };
  if (it.kind === 'heading' && /[A-Za-z]/.test(text) && text.length <= 200 && !startsWithSectionLabel(text)) return { type: 'title', title: text, rag: null };
  return { type: 'text' };
}
