/**
 * Items → KPI cards. A card is a set of slots (heading, value table, RAG rating, sections); the item
 * stream is cut where a slot would be filled twice, and a headless piece is joined to the headed piece
 * after it when their slots do not overlap (text dumps print some cards' halves around their heading).
 */
import type { Card, Cell, Provenance } from '../schema';
import type { Item } from './items';
import { resolveScattered } from './scattered';
import { basisOf, readValueTable, tableKind, type ValueColumns } from './tables';
import type { Section } from './vocabulary';
import { fitsField, hasFigures, tablePairs, type Pair, type SectionCell } from './pairs';
import type { Field } from './lexicon';
import { ragWord, startsWithSectionLabel } from './vocabulary';
import { isPeriodLabelLine } from './charts';

/** A run of items that may be one card: its positions, the slots they fill and the heading's position. */
export interface Fragment {
  positions: number[];
  slots: Set<string>;
  heading: number | null;
}

/** The slots an item fills: a card has one heading, one value table, one RAG, one of each section and field. */
function slotsOf(item: Item): string[] {
  const c = item.cls;
  if (c.type === 'heading') return ['heading'];
  if (c.type === 'title') return c.rag ? ['heading', 'rag'] : ['heading'];
  if (c.type === 'section') return [c.section];
  if (c.type === 'rag-label') return ['rag'];
  if (c.type === 'pairs') return c.pairs.map(pairSlot);
  if (c.type === 'table' && item.rows && tableKind(item.rows) === 'value') {
    const cols = readValueTable(item.rows, item.prov);
    if (cols) return ['values', ...Object.keys(cols.cells).map((f) => (f === 'rag' ? 'rag' : `f:${f}`)), ...(cols.rag ? ['rag'] : [])];
    const t = tablePairs(item.rows, item.prov);
    return [...t.pairs.map(pairSlot), ...t.sections.map((s) => s.section)];
  }
  return [];
}

const pairSlot = (p: Pair) => (p.field === 'rag' ? 'rag' : `f:${p.field}`);

/** A line that can be a card's title: short, one line of its own, not a sentence or a label. */
export function isTitleLike(item: Item): boolean {
  if (item.cls.type === 'title' || item.cls.type === 'heading') return true;
  if (item.cls.type !== 'text') return false;
  const t = item.text;
  if (t.length < 3 || t.length > 150 || !/[A-Za-z]/.test(t) || /[.;:,]$/.test(t) || /^[a-z]/.test(t)) return false;
  if (startsWithSectionLabel(t)) return false;
  if (item.kind === 'heading') return true;
  // Its own block, or the first line of one (a text dump prints the title straight above the figures), badges aside.
  const lines = item.block.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const at = lines.indexOf(t);
  return at >= 0 && lines.slice(0, at).every((l) => ragWord(l) !== null);
}

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
  while (k >= 0) {
    const it = items[positions[k]];
    const t = it.cls.type;
    if (t === 'badge' || t === 'nav') k--;
    else if (FIELD_LINES.includes(t) && !slotsOf(it).some((s) => seen.has(s))) {
      slotsOf(it).forEach((s) => seen.add(s));
      k--;
    } else break;
  }
  if (k < 0 || !titleAt(items, positions[k])) return [];
  let from = k;
  const above = positions[k - 1];
  if (above !== undefined && items[above].cls.type === 'rag-word' && items[positions[k - 2]]?.cls.type !== 'rag-label') from = k - 1;
  return positions.slice(from);
}

const FIGURE_SLOTS = ['values', 'f:current', 'f:previous', 'f:target'];
const FIELD_LINES = ['pairs', 'rag-label', 'rag-word', 'header', 'values'];

/** A RAG word printed right above the next card's heading (not the rating under a 'RAG' label). */
function badgeAbove(items: Item[], positions: number[]): number[] {
  let k = positions.length - 1;
  while (k >= 0 && ['badge', 'nav'].includes(items[positions[k]].cls.type)) k--;
  if (k < 1 || items[positions[k]].cls.type !== 'rag-word' || items[positions[k - 1]].cls.type === 'rag-label') return [];
  return positions.slice(k);
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
      if (!skip.has(p) && slotsOf(items[p]).some((s) => FIGURE_SLOTS.includes(s))) return;
      if (!skip.has(p) && (t === 'header' || t === 'values')) return;
    }
    item.cls = { type: 'text' };
  });
}

/** Cut the stream into fragments; `skip` holds positions that belong to other structures. */
export function fragments(items: Item[], skip: Set<number>): Fragment[] {
  const out: Fragment[] = [];
  let cur: Fragment = { positions: [], slots: new Set(), heading: null };
  const close = (carry: number[] = []) => {
    const kept = cur.positions.filter((p) => !carry.includes(p));
    if (kept.length) out.push({ ...cur, positions: kept });
    const heading = carry.find((p) => isTitleLike(items[p])) ?? null;
    cur = { positions: carry, slots: new Set(heading === null ? [] : ['heading', ...carry.flatMap((p) => slotsOf(items[p]))]), heading };
  };
  demoteSubheadings(items, skip);
  items.forEach((item, pos) => {
    if (skip.has(pos)) {
      // A scorecard, summary or key table (or a section heading) ends the card in progress; a layout table does not.
      if (item.kind === 'heading' || (item.kind === 'table' && item.rows && tableKind(item.rows) !== 'other')) close();
      return;
    }
    // A major heading that titles no card (a report section) still ends the card before it; a PDF's heading
    // levels are font sizes, not structure (a chart's title printed large sits inside its card).
    if (item.kind === 'heading' && item.cls.type === 'text' && (item.block.level ?? 9) <= 2 && item.prov.box === null) close();
    const slots = slotsOf(item);
    const heading = slots.includes('heading');
    // A value table after a card's text sections begins the next card (cards print values first).
    const late = slots.some((s) => FIGURE_SLOTS.includes(s)) && ['description', 'commentary', 'path', 'actions'].filter((s) => cur.slots.has(s)).length >= 2;
    const repeated = slots.some((s) => s !== 'heading' && cur.slots.has(s));
    if (heading) close(badgeAbove(items, cur.positions));
    else if (late || repeated) {
      const carry = trailingTitle(items, cur.positions, slots);
      close(cur.heading !== null && carry.includes(cur.heading) ? [] : carry);
    }
    for (const s of slots) cur.slots.add(s);
    if (heading) cur.heading = pos;
    cur.positions.push(pos);
  });
  close();
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

export function isCardLike(items: Item[], f: Fragment): boolean {
  if (f.slots.has('values')) return true;
  if (['f:current', 'f:previous', 'f:target'].some((s) => f.slots.has(s))) return true;
  if (f.positions.some((p) => items[p].cls.type === 'header')) return true;
  return false;
}

const SECTION_ORDER: Section[] = ['description', 'commentary', 'actions', 'path', 'links'];

/** Build a card from a fragment, or null when the fragment is not a card (a mention, a narrative). */
export function assembleCard(items: Item[], f: Fragment): { card: Card; used: Set<number> } | null {
  if (!isCardLike(items, f)) return null;
  const used = new Set<number>();
  const notes: string[] = [];
  let confidence = 0.95;

  // A chart's axis ticks, period labels and legend, as a text dump prints them, are never figures.
  const axis = axisRuns(items, f.positions);
  axis.forEach((p) => used.add(p));
  const free = f.positions.filter((p) => !axis.has(p));
  // A value printed under its own label ('Target' / '90%') is a pair, before any scattered-table guessing.
  const stacked = stackedPairs(items, free);
  stacked.used.forEach((p) => used.add(p));
  // Values: a real table first, else lines scattered by a text dump.
  let cols: ValueColumns | null = null;
  for (const p of f.positions) {
    const it = items[p];
    if (it.cls.type === 'table' && it.rows && tableKind(it.rows) === 'value') {
      cols = readValueTable(it.rows, it.prov);
      if (cols) {
        used.add(p);
        break;
      }
    }
  }
  if (!cols) {
    const s = resolveScattered(items, free.filter((p) => !stacked.used.has(p)));
    if (s) {
      cols = s;
      s.used.forEach((p) => used.add(p));
      for (const p of f.positions) if (items[p].cls.type === 'header') used.add(p);
      confidence = s.confidence;
      notes.push(...s.notes);
    }
  }
  // Label–value pairs printed anywhere in the card fill what the value table left empty.
  const { pairs: printedPairs, cells: sectionCells } = cardPairs(items, f.positions, used);
  const pairs = [...printedPairs, ...stacked.pairs];
  if (!cols && hasFigures(pairs)) cols = { targetLabel: null, currentLabel: null, previousLabel: null, cells: {} };
  if (!cols) return null;
  const labels: Partial<Record<Field, string>> = {};
  for (const p of pairs) {
    if (p.field === 'rag' || p.field === 'previousRag' || cols.cells[p.field]) continue;
    cols.cells[p.field] = { raw: p.raw, prov: p.prov };
    labels[p.field] = p.label;
  }
  cols.targetLabel ??= labels.target ?? null;
  cols.currentLabel ??= labels.current ?? null;
  cols.previousLabel ??= labels.previous ?? null;
  cols.floorLabel ??= labels.floor ?? null;
  const ragPair = pairs.find((p) => p.field === 'rag') ?? null;
  const currentRag = pairs.find((p) => p.field === 'current' && p.rag) ?? null;
  const previousRagPair = pairs.find((p) => p.field === 'previousRag') ?? null;
  const previousBracket = pairs.find((p) => p.field === 'previous' && p.rag) ?? null;
  // The previous period's RAG: a table column, a labelled pair, or brackets after the previous value.
  const previousRag: Cell | null =
    cols.cells.previousRag ??
    (previousRagPair ? { raw: previousRagPair.raw, prov: previousRagPair.prov } : previousBracket ? { raw: previousBracket.rag!, prov: previousBracket.prov } : null);

  const headingPos = f.heading ?? untitledHeading(items, f.positions);
  const heading = headingPos !== null ? items[headingPos] : null;
  const headingCls = heading ? headingOf(heading) : null;
  if (headingPos !== null) used.add(headingPos);
  const badge = heading?.cls.type === 'title' && heading.cls.rag ? { raw: heading.cls.rag, prov: heading.prov } : null;

  // RAG: in the value table, else the rating just after its label, else the nearest rating word in the card.
  let rag: Cell | null = cols.rag ?? badge ?? (ragPair ? { raw: ragPair.raw, prov: ragPair.prov } : currentRag ? { raw: currentRag.rag!, prov: currentRag.prov } : null);
  const labelPos = f.positions.find((p) => items[p].cls.type === 'rag-label');
  if (labelPos !== undefined) {
    used.add(labelPos);
    const lc = items[labelPos].cls;
    if (lc.type === 'rag-label' && lc.rest) rag = { raw: lc.rest, prov: items[labelPos].prov };
    const after = f.positions.filter((p) => p > labelPos && !['badge', 'nav'].includes(items[p].cls.type))[0];
    if (!rag && after !== undefined && items[after].cls.type === 'rag-word') {
      rag = { raw: items[after].text, prov: items[after].prov };
      used.add(after);
    }
  }
  if (!rag) {
    const words = f.positions.filter((p) => items[p].cls.type === 'rag-word' && !used.has(p));
    const anchor = labelPos ?? f.positions[0];
    const best = words.sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor) || b - a)[0];
    if (best !== undefined) {
      const c = items[best].cls;
      rag = { raw: c.type === 'rag-word' ? c.rag : items[best].text, prov: items[best].prov };
      used.add(best);
      if (labelPos !== undefined) {
        notes.push('rag:nearest');
        confidence -= 0.05;
      }
    }
  }
  f.positions.filter((p) => items[p].cls.type === 'rag-word' || items[p].cls.type === 'badge').forEach((p) => used.add(p));

  // Date line and navigation.
  let dated: string | null = null;
  for (const p of f.positions) {
    const c = items[p].cls;
    if (c.type === 'nav') {
      used.add(p);
      dated ??= c.dated;
    }
  }

  // Charts left in the card by a text dump: runs of loose values with period labels.
  if (markChartRuns(items, f.positions, used)) notes.push('chart:text');

  // Sections: text after each label, up to the next structure.
  const sections: Partial<Record<Section, string[]>> = {};
  const labelAt: Partial<Record<Section, number>> = {};
  /** Per section: item position where each source paragraph starts, and its index in `parts`. */
  const paragraphs: Partial<Record<Section, { pos: number; part: number }[]>> = {};
  f.positions.forEach((p, k) => {
    const c = items[p].cls;
    if (c.type !== 'section') return;
    used.add(p);
    labelAt[c.section] ??= p;
    const parts = (sections[c.section] ??= []);
    const paras = (paragraphs[c.section] ??= []);
    if (c.rest) parts.push(c.rest);
    for (const q of f.positions.slice(k + 1)) {
      const t = items[q].cls.type;
      if (t === 'badge' || t === 'nav') continue;
      if (t !== 'text' || used.has(q)) break;
      const piece = joinable(items, q, parts);
      if (!parts.length || piece.startsWith('\n\n')) paras.push({ pos: q, part: parts.length });
      parts.push(piece);
      used.add(q);
    }
  });
  for (const c of sectionCells) {
    if (sections[c.section]?.length) continue;
    sections[c.section] = [c.text];
    labelAt[c.section] ??= f.positions[0];
  }
  const isEmpty = (s: Section) => !sections[s]?.length;

  // Text no label claimed (text dumps move boxes around): give it to empty sections in card order.
  const orphans: string[][] = [];
  let run: string[] | null = null;
  for (const p of f.positions) {
    if (items[p].cls.type === 'text' && !used.has(p)) {
      if (!run) orphans.push((run = []));
      run.push(joinable(items, p, run));
      used.add(p);
    } else if (!['badge', 'nav'].includes(items[p].cls.type)) run = null;
  }
  const empty = SECTION_ORDER.filter((s) => labelAt[s] !== undefined && isEmpty(s));
  for (const group of orphans) {
    const target = empty.shift();
    if (!target) break;
    sections[target] = group.map((p, i) => (i === 0 ? p.replace(/^\n\n/, '') : p));
    notes.push(`${target}:unlabelled-text`);
    confidence -= 0.05;
  }

  // Stacked labels ('Commentary' / 'Path to Green' / text / text): a dump printed two boxes' text under
  // the last label; later paragraphs belong to the empty section whose label stood before them.
  for (const s of SECTION_ORDER) {
    const paras = paragraphs[s] ?? [];
    if (s === 'links' || paras.length < 2) continue;
    const receiver = SECTION_ORDER.find((e) => e !== 'links' && e !== s && labelAt[e] !== undefined && isEmpty(e) && labelAt[e]! < paras[1].pos);
    if (!receiver) continue;
    sections[receiver] = sections[s]!.splice(paras[1].part).map((p, i) => (i === 0 ? p.replace(/^\n\n/, '') : p));
    notes.push(`${receiver}:moved-text`);
    confidence -= 0.05;
  }

  const text = (s: Section) => {
    const parts = sections[s];
    if (!parts?.length) return null;
    return parts.join('').replace(/[ \t]+/g, ' ').replace(/ ?\n\n ?/g, '\n\n').trim() || null;
  };
  if (!headingCls) confidence -= 0.1;
  if (!rag) confidence -= 0.1;

  const start: Provenance = items[Math.min(...f.positions)].prov;
  const card: Card = {
    printedId: headingCls?.id ?? null,
    title: headingCls?.title ?? null,
    targetLabel: cols.targetLabel,
    target: cols.cells.target ?? null,
    direction: cols.cells.direction ?? null,
    current: cols.cells.current ?? null,
    previous: cols.cells.previous ?? null,
    change: cols.cells.change ?? null,
    currentLabel: cols.currentLabel,
    periodBasis: basisOf(cols),
    rag,
    floorLabel: cols.cells.floor ? cols.floorLabel ?? null : null,
    floor: cols.cells.floor ?? null,
    previousRag,
    description: text('description'),
    commentary: text('commentary'),
    pathToGreen: text('path'),
    actions: text('actions'),
    usefulLinks: text('links'),
    dated,
    start: heading?.prov ?? start,
    confidence: Math.max(0.05, Math.min(1, Number(confidence.toFixed(2)))),
    notes,
  };
  return { card, used };
}

/** The identifier and title a heading item gives (an identified heading, a title, or a title-like line). */
function headingOf(item: Item): { id: string | null; title: string } {
  const c = item.cls;
  if (c.type === 'heading') return { id: c.id, title: c.title };
  if (c.type === 'title') return { id: null, title: c.title };
  return { id: null, title: item.text };
}

/** A card with no heading: the title-like line right before its first figures, if there is one. */
function untitledHeading(items: Item[], positions: number[]): number | null {
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

/** Labels printed alone with their value on the next line ('Direction of improvement' / 'Good is low'). */
function stackedPairs(items: Item[], positions: number[]): { pairs: Pair[]; used: Set<number> } {
  const pairs: Pair[] = [];
  const used = new Set<number>();
  positions.forEach((p, k) => {
    const c = items[p].cls;
    const next = positions[k + 1];
    if (c.type !== 'header' || c.roles.length !== 1 || next === undefined || used.has(p)) return;
    const { role, label } = c.roles[0];
    const value = items[next];
    const raw = value.cls.type === 'values' && value.cls.tokens.length === 1 ? value.cls.tokens[0].raw : value.cls.type === 'rag-word' ? value.text : null;
    if (raw === null || !fitsField(role, raw)) return;
    pairs.push({ field: role, label, raw, rag: null, prov: value.prov });
    used.add(p).add(next);
  });
  return { pairs, used };
}

/** Pairs of the card's pair lines and labelled tables (a rating printed under its own label line counts too). */
function cardPairs(items: Item[], positions: number[], used: Set<number>): { pairs: Pair[]; cells: SectionCell[] } {
  const pairs: Pair[] = [];
  const cells: SectionCell[] = [];
  positions.forEach((p, k) => {
    const it = items[p];
    const c = it.cls;
    if (c.type === 'pairs') {
      pairs.push(...c.pairs);
      used.add(p);
    } else if (c.type === 'table' && it.rows) {
      const t = tablePairs(it.rows, it.prov);
      if (t.pairs.length || t.sections.length) used.add(p);
      pairs.push(...t.pairs);
      cells.push(...t.sections);
    }
  });
  return { pairs, cells };
}

/** Join wrapped lines of one paragraph with a space and separate paragraphs with a blank line. */
function joinable(items: Item[], pos: number, parts: string[]): string {
  const text = items[pos].text;
  if (!parts.length) return text;
  const prev = items[pos - 1];
  const sameBlock = prev && prev.block === items[pos].block;
  return (sameBlock ? ' ' : '\n\n') + text;
}

/**
 * A chart's value axis in a text dump: three or more lines of one evenly stepped number each ('100' / '75' /
 * '50' / '25' / '0'), then its period labels and a short legend line ('Actual  Target  Floor').
 */
function axisRuns(items: Item[], positions: number[]): Set<number> {
  const out = new Set<number>();
  const single = (p: number) => {
    const c = items[p].cls;
    return c.type === 'values' && c.tokens.length === 1 && c.tokens[0].type === 'number' ? Number.parseFloat(c.tokens[0].raw.replace(/[^\d.-]/g, '')) : null;
  };
  for (let k = 0; k < positions.length; k++) {
    let n = k;
    while (n < positions.length && single(positions[n]) !== null) n++;
    const ticks = positions.slice(k, n).map(single) as number[];
    const step = ticks[1] - ticks[0];
    if (ticks.length < 3 || !step || ticks.some((v, i) => i > 0 && Math.abs(v - ticks[i - 1] - step) > Math.abs(step) * 1e-6)) continue;
    if (n >= positions.length || !isPeriodLabelLine(items[positions[n]].text)) continue;
    positions.slice(k, n + 1).forEach((p) => out.add(p));
    const legend = positions[n + 1];
    if (legend !== undefined && ['header', 'text'].includes(items[legend].cls.type) && items[legend].text.split(/\s+/).length <= 6 && !/[.:]$/.test(items[legend].text)) out.add(legend);
    k = n;
  }
  return out;
}

/** Mark runs of loose values (chart data labels and axis ticks) with their period labels and captions. */
function markChartRuns(items: Item[], positions: number[], used: Set<number>): number {
  let charts = 0;
  let run: number[] = [];
  let tokens = 0;
  const flush = (k: number) => {
    if (tokens >= 6) {
      charts++;
      run.forEach((p) => used.add(p));
      // Captions: up to three text lines right after the period labels.
      const last = run[run.length - 1];
      if (isPeriodLabelLine(items[last].text)) {
        for (const q of positions.slice(k, k + 3)) {
          if (items[q].cls.type !== 'text' || used.has(q)) break;
          used.add(q);
        }
      }
    }
    run = [];
    tokens = 0;
  };
  positions.forEach((p, k) => {
    const c = items[p].cls;
    if (used.has(p) && c.type !== 'values') return;
    if (c.type === 'values' && !used.has(p)) {
      run.push(p);
      tokens += c.tokens.length;
    } else if ((c.type === 'text' || c.type === 'values') && run.length && isPeriodLabelLine(items[p].text)) run.push(p);
    else if (c.type !== 'nav') flush(k);
  });
  flush(positions.length);
  return charts;
}
