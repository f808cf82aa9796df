/**
 * Items → card candidates. A card is a set of slots (heading, value table, each field, RAG, each section);
 * the item stream is cut where a slot would be filled twice, a title line right above the next card's
 * figures (with a RAG badge above or beside it) moves with them, and a headless piece is joined to the
 * headed piece after it when their slots do not overlap (text dumps print some cards' halves around their
 * heading). A heading without an identifier titles a card only when figures follow it.
 */
import type { Item } from './items';
import { labelPeriodKey } from './label-periods';
import { isTrendTable, tableKind } from './tables';
import { fitsField } from './pairs';
import { isFigureSlot, slotsOf, slotValues } from './slots';
import { axisRuns } from './card-figures';
import { proseFigures } from './prose-figures';
import { headerRoles, isPeriodColumnHeading, isPeriodLabelLine, ragWord, startsWithSectionLabel } from '../vocabulary';

/** A run of items that may be one card: its positions, the slots they fill and the heading's position. */
export interface Fragment {
  positions: number[];
  slots: Set<string>;
  heading: number | null;
}

/** A line that can be a card's title: short, one line of its own, not a sentence or a label. */
export function isTitleLike(item: Item): boolean {
  if (item.cls.type === 'title' || item.cls.type === 'heading') return true;
  if (item.cls.type !== 'text') return false;
  const t = item.text;
  if (t.length < 3 || t.length > 150 || !/[A-Za-z]/.test(t) || /[.;:,]$/.test(t) || /^[a-z]/.test(t)) return false;
  if (startsWithSectionLabel(t)) return false;
  // A column's heading left alone by its table ('Period' over a trend's years, 'Value'): no KPI's title.
  if (isPeriodColumnHeading(t) || (!/\s/.test(t) && headerRoles(t) !== null)) return false;
  if (item.kind !== 'heading' && isPeriodAlone(item)) return false;
  if (item.kind === 'heading') return true;
  // Its own block, or the first line of one (a text dump prints the title straight above the figures), badges aside.
  const lines = item.block.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const at = lines.indexOf(t);
  return at >= 0 && lines.slice(0, at).every((l) => ragWord(l) !== null);
}

/** A line that is a period alone ('Q3 2025/26' captioning a headline figure): no title, and no text of the card before. */
const isPeriodAlone = (item: Item) => item.cls.type === 'text' && isPeriodLabelLine(item.text) && isPeriodCaption(item.text);

/** The text right after a section label with nothing else ('Useful Links' / 'The local area benchmarking tool') is that section's. */
function sectionContent(items: Item[], pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && ['badge', 'nav'].includes(items[p].cls.type)) p--;
  const c = items[p]?.cls;
  return c?.type === 'section' && !c.rest;
}

/** A title line of the card that starts at it: title-like, and not the content of a section label just above it. */
const titleAt = (items: Item[], pos: number) => isTitleLike(items[pos]) && (items[pos].kind === 'heading' || !sectionContent(items, pos));

/**
 * Positions at the end of a fragment that belong to the card starting after it: a title line that
 * precedes the card's first figures (field lines may stand between, when they are not the fragment's own
 * repeated slots), with a RAG badge printed above or beside it.
 */
function trailingTitle(items: Item[], positions: number[], incoming: string[]): number[] {
  let k = positions.length - 1;
  const seen = new Set(incoming);
  // A chart printed between the title and the figures (axis ticks, periods, legend, and its caption line).
  const chart = axisRuns(items, positions);
  const inChart = (j: number) => chart.has(positions[j]) || (items[positions[j]].cls.type === 'text' && chart.has(positions[j + 1]) && j > 0 && titleAt(items, positions[j - 1]));
  while (k >= 0) {
    const it = items[positions[k]];
    const t = it.cls.type;
    if (t === 'badge' || t === 'nav' || inChart(k) || isPeriodAlone(it)) k--;
    else if (FIELD_LINES.includes(t) && !slotsOf(it).some((s) => seen.has(s))) {
      slotsOf(it).forEach((s) => seen.add(s));
      k--;
    } else break;
  }
  if (k < 0 || !titleAt(items, positions[k])) return [];
  let from = k;
  // A dashboard tile's figure printed alone above the title goes with it.
  if (k >= 2 && tileFigure(items, positions[k - 1], positions[k - 2])) from = k - 1;
  const above = positions[from - 1];
  if (above !== undefined && items[above].cls.type === 'rag-word' && items[positions[from - 2]]?.cls.type !== 'rag-label') from -= 1;
  return positions.slice(from);
}

const FIELD_LINES = ['pairs', 'rag-label', 'rag-word', 'header', 'values'];

/**
 * What the next card prints above its heading: a RAG word (not the rating under a 'RAG' label), or its
 * latest figure printed alone, as a dashboard tile shows it ('92%' over 'Calls answered in 60 seconds').
 */
function badgeAbove(items: Item[], positions: number[]): number[] {
  let k = positions.length - 1;
  while (k >= 0 && ['badge', 'nav'].includes(items[positions[k]].cls.type)) k--;
  if (k >= 1 && tileFigure(items, positions[k], positions[k - 1])) {
    // A RAG word right above the figure goes with it.
    const rag = k >= 2 && items[positions[k - 1]].cls.type === 'rag-word' && items[positions[k - 2]].cls.type !== 'rag-label';
    return positions.slice(rag ? k - 1 : k);
  }
  if (k < 1 || items[positions[k]].cls.type !== 'rag-word' || items[positions[k - 1]].cls.type === 'rag-label') return [];
  return positions.slice(k);
}

/**
 * A tile's headline figure right under its heading, over its labelled figures ('82.4%' over 'Target 83.0%  Last
 * quarter 56.1%'), and the caption naming its period when one is printed under it ('47.1%' / 'Quarter 2 2024/25').
 */
export function tileHeadline(items: Item[], f: Fragment): { pos: number; caption: number | null } | undefined {
  if (f.heading === null) return undefined;
  const below = f.positions.slice(f.positions.indexOf(f.heading) + 1).filter((p) => items[p].cls.type !== 'rag-word');
  if (below.length < 2 || !tileFigure(items, below[0], f.heading)) return undefined;
  const labelled = (p: number | undefined) => p !== undefined && (items[p].cls.type === 'pairs' || items[p].cls.type === 'table');
  if (items[below[1]].cls.type === 'pairs') return { pos: below[0], caption: null };
  return isPeriodCaption(items[below[1]].text) && labelled(below[2]) ? { pos: below[0], caption: below[1] } : undefined;
}

/** A short caption naming a period with its year ('Quarter 2 2024/25', 'days – Q2 2024/25', 'Sep-24'). */
function isPeriodCaption(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  const key = t.length <= 40 && t.split(' ').length <= 6 ? labelPeriodKey(t) : null;
  return key !== null && !key.yearless;
}

/** One figure alone on its line, not under a field label nor in a run of figures (a chart's ticks, a dump's table). */
export function tileFigure(items: Item[], pos: number, before: number | undefined): boolean {
  const c = items[pos].cls;
  if (c.type !== 'values' || c.tokens.length !== 1 || (c.tokens[0].type !== 'number' && c.tokens[0].type !== 'empty')) return false;
  const prev = before === undefined ? null : items[before].cls;
  // (A RAG label with its rating beside it, 'RAG status: Blue', labels nothing under it.)
  return prev?.type !== 'header' && prev?.type !== 'values' && !(prev?.type === 'rag-label' && !prev.rest);
}

/**
 * A heading without an identifier titles a card only when figures follow it before the next heading; any
 * other is a subheading or a report section ('Useful links' text printed large, 'Background') and reads as text.
 */
function demoteSubheadings(items: Item[], skip: Set<number>): void {
  items.forEach((item, pos) => {
    if (item.cls.type !== 'title') return;
    for (let p = pos + 1; p < items.length; p++) {
      const t = items[p].cls.type;
      if (t === 'heading' || t === 'title') break;
      if (!skip.has(p) && slotsOf(items[p]).some(isFigureSlot)) return;
      if (!skip.has(p) && (t === 'header' || t === 'values')) return;
    }
    item.cls = { type: 'text' };
  });
}

/** Field labels printed alone with their value right under them ('Annual target' / 'Baseline'). */
function stackedLabels(items: Item[]): Set<Item> {
  const out = new Set<Item>();
  items.forEach((it, pos) => {
    const next = items[pos + 1];
    if (it.cls.type !== 'header' || it.cls.roles.length !== 1 || !next) return;
    const raw = next.cls.type === 'values' && next.cls.tokens.length === 1 ? next.cls.tokens[0].raw : next.cls.type === 'rag-word' ? next.text : null;
    if (raw !== null && fitsField(it.cls.roles[0].role, raw)) out.add(it);
  });
  return out;
}

/** Cut the stream into fragments; `skip` holds positions that belong to other structures. */
export function fragments(items: Item[], skip: Set<number>): Fragment[] {
  const out: Fragment[] = [];
  let cur: Fragment = { positions: [], slots: new Set(), heading: null };
  // What the card in progress printed in each slot: the same figure printed again ('Target: 82%' over a
  // trend table with a Target column) is not the next card's.
  let printed = new Map<string, string>();
  const close = (carry: number[] = []) => {
    const kept = cur.positions.filter((p) => !carry.includes(p));
    if (kept.length) out.push({ ...cur, positions: kept });
    const heading = carry.find((p) => isTitleLike(items[p])) ?? null;
    cur = { positions: carry, slots: new Set(heading === null ? [] : ['heading', ...carry.flatMap((p) => slotsOf(items[p]))]), heading };
    printed = new Map(carry.flatMap((p) => [...slotValues(items[p])]));
  };
  demoteSubheadings(items, skip);
  const stacked = stackedLabels(items);
  items.forEach((item, pos) => {
    if (skip.has(pos)) {
      // A scorecard, summary or key table (or a section heading) ends the card in progress; a layout table does not.
      if (item.kind === 'heading' || (item.kind === 'table' && item.rows && tableKind(item.rows) !== 'other')) close();
      return;
    }
    // A major heading that titles no card (a report section) still ends the card before it; a PDF's heading
    // levels are font sizes, not structure (a chart's title printed large sits inside its card).
    if (item.kind === 'heading' && item.cls.type === 'text' && (item.block.level ?? 9) <= 2 && item.prov.box === null) close();
    // A table of the measure's history after the card's figures is the card's, not the next card's values.
    const history = cur.slots.has('values') && !['commentary', 'path', 'actions'].some((s) => cur.slots.has(s)) && item.kind === 'table' && !!item.rows && isTrendTable(item.rows);
    const slots = history ? [] : slotsOf(item, stacked);
    const heading = slots.includes('heading');
    // A value table after a card's text sections begins the next card (cards print values first).
    const late = slots.some(isFigureSlot) && ['description', 'commentary', 'path', 'actions'].filter((s) => cur.slots.has(s)).length >= 2;
    const values = slotValues(item);
    const repeated = slots.some((s) => s !== 'heading' && cur.slots.has(s) && !(values.has(s) && values.get(s) === printed.get(s)));
    if (heading) close(badgeAbove(items, cur.positions));
    else if (late || repeated) {
      const carry = trailingTitle(items, cur.positions, slots);
      close(cur.heading !== null && carry.includes(cur.heading) ? [] : carry);
    }
    for (const s of slots) cur.slots.add(s);
    for (const [s, v] of values) if (!printed.has(s)) printed.set(s, v);
    if (heading) cur.heading = pos;
    cur.positions.push(pos);
  });
  close();
  // A document or section heading over a card whose own title is printed as a plain line right above its
  // figures ('Housing Committee' / 'Quarter 2 2024/25' / 'Percentage of rent collected' / the table): the line
  // titles the card.
  for (const f of out) {
    if (f.heading === null || items[f.heading].cls.type !== 'title') continue;
    const own = untitledHeading(items, f.positions);
    if (own === null || own <= f.heading || items[own].cls.type !== 'text' || items[own].text.includes(':')) continue;
    // Only under a document's top heading, with nothing of a card (a section, a pair) between.
    if ((items[f.heading].block.level ?? 9) > 1) continue;
    const between = f.positions.filter((p) => p > f.heading! && p < own && !['badge', 'nav', 'rag-word'].includes(items[p].cls.type));
    if (between.length && between.every((p) => items[p].cls.type === 'text')) f.heading = own;
  }
  // A headless fragment followed by a headed one with no common slot is the same card.
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i];
    const b = out[i + 1];
    if (a.heading !== null || b.heading === null) continue;
    if ([...a.slots].some((s) => b.slots.has(s))) continue;
    if (!isCardLike(items, a) && !hasContent(items, a)) continue;
    out.splice(i, 2, { positions: [...a.positions, ...b.positions], slots: new Set([...a.slots, ...b.slots]), heading: b.heading });
  }
  return out;
}

const hasContent = (items: Item[], f: Fragment) => f.slots.size > 0 || f.positions.some((p) => items[p].cls.type === 'values');

/** Figures of a card: a value table or figure slots, a heading row, or a sentence of figures under an identified heading ('KPI 14 – …'). */
export function isCardLike(items: Item[], f: Fragment): boolean {
  if ([...f.slots].some((s) => s === 'values' || isFigureSlot(s)) || f.positions.some((p) => items[p].cls.type === 'header')) return true;
  const h = f.heading !== null ? items[f.heading].cls : null;
  return h?.type === 'heading' && h.id !== null && f.positions.some((p) => !items[p].rows && proseFigures(items[p].text, items[p].prov).length > 0);
}

/** The identifier and title a heading item gives (an identified heading, a title, or a title-like line). */
export function headingOf(item: Item): { id: string | null; title: string } {
  const c = item.cls;
  if (c.type === 'heading') return { id: c.id, title: c.title };
  if (c.type === 'title') return { id: null, title: c.title };
  return { id: null, title: item.text };
}

/** A card with no heading: the title-like line right before its first figures, if there is one. */
export function untitledHeading(items: Item[], positions: number[]): number | null {
  const first = positions.findIndex((p) => {
    const t = items[p].cls.type;
    return t === 'pairs' || t === 'header' || t === 'values' || t === 'table';
  });
  for (let k = first - 1; k >= 0; k--) {
    const it = items[positions[k]];
    if (['badge', 'nav', 'rag-word'].includes(it.cls.type)) continue;
    return titleAt(items, positions[k]) ? positions[k] : null;
  }
  return null;
}

