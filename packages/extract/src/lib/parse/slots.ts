/**
 * The slots a card's items fill (a heading, the value table, each field, the RAG, each text section) and
 * the figure printed in each: a card fills each slot once, so a slot filled again begins the next card.
 */
import { labelPeriodKey } from './label-periods';
import type { Item } from './items';
import { readValueTable, tableKind, type ValueColumns } from './tables';
import { tablePairs, type Pair } from './pairs';
import { vocabulary } from '../lexicon';

/** The slots an item fills: a card has one heading, one value table, one RAG, one of each section and field. */
export function slotsOf(item: Item, stacked?: Set<Item>): string[] {
  const c = item.cls;
  if (c.type === 'heading') return ['heading'];
  if (c.type === 'title') return c.rag ? ['heading', 'rag'] : ['heading'];
  if (c.type === 'section') return [c.section];
  if (c.type === 'rag-label') return ['rag'];
  if (c.type === 'pairs') return c.pairs.map(pairSlot);
  // A field label printed alone with its value on the next line fills that field's slot.
  if (c.type === 'header' && stacked?.has(item)) return [fieldSlot(c.roles[0].role)];
  if (c.type === 'table' && item.rows && tableKind(item.rows) === 'value') {
    const cols = valueColumns(item);
    if (cols) return ['values', ...Object.keys(cols.cells).map(fieldSlot), ...(cols.rag ? ['rag'] : [])];
    const t = tablePairs(item.rows, item.prov);
    return [...t.pairs.map(pairSlot), ...t.sections.map((s) => s.section)];
  }
  return [];
}

/** The figure an item prints in each slot it fills ('f:target' → '82%'), for pairs and value tables. */
export function slotValues(item: Item): Map<string, string> {
  const c = item.cls;
  const out = new Map<string, string>();
  if (c.type === 'pairs') for (const p of c.pairs) out.set(pairSlot(p), p.raw.replace(/\s+/g, ' ').trim());
  if (c.type === 'table' && item.rows && tableKind(item.rows) === 'value') {
    for (const [f, cell] of Object.entries(valueColumns(item)?.cells ?? {})) if (cell) out.set(fieldSlot(f), cell.raw.replace(/\s+/g, ' ').trim());
  }
  return out;
}

/** A field's slot: the RAG has one slot however it is printed, each other field 'f:<field>'. */
const fieldSlot = (field: string) => (field === 'rag' ? 'rag' : `f:${field}`);

/** A value table item's columns, read once (slots and their figures both need them). */
function valueColumns(item: Item): ValueColumns | null {
  if (!columnsRead.has(item)) columnsRead.set(item, readValueTable(item.rows!, item.prov));
  return columnsRead.get(item)!;
}
const columnsRead = new WeakMap<Item, ValueColumns | null>();

// A secondary label ('Baseline' beside 'Target') has a slot of its own: the card may print both; so has a
// target for a period ('Target 2025/26' beside 'Target Q2': the year's and the quarter's).
const pairSlot = (p: Pair) => (p.field !== 'rag' && (vocabulary().isSecondary(p.label) || (p.field === 'target' && labelPeriodKey(p.label))) ? `f:${p.field}~${p.label.toLowerCase()}` : fieldSlot(p.field));

const FIGURE_SLOTS = ['values', 'f:current', 'f:previous', 'f:target'];
/** A slot of a figure, under its main label or a secondary one ('f:target~baseline'). */
export const isFigureSlot = (slot: string) => FIGURE_SLOTS.includes(slot.split('~')[0]);
