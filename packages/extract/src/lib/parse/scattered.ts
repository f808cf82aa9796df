/**
 * Value tables that a text dump scattered over several lines ('Target Change in Performance' /
 * '92% Improving' / 'h' / 'Previous YearCurrent Year' / '94%'): headings are matched to the
 * nearest value lines that fit them by kind, then checked against the change label.
 */
import type { Cell } from '../schema';
import { ROLES, type Role } from '../vocabulary';
import { fits, type ValueToken } from '../tokens';
import type { Item } from './items';
import type { ValueColumns } from './tables';

interface Line {
  pos: number;
  tokens: ValueToken[];
  item: Item;
}

export interface Scattered extends ValueColumns {
  /** Item positions used, so charts and orphans are not built from them. */
  used: Set<number>;
  confidence: number;
  notes: string[];
}

const fitsAll = (roles: Role[], tokens: ValueToken[]) =>
  roles.length === tokens.length && roles.every((r, i) => fits(r, tokens[i].type));

/** Resolve a card's value table from header and value lines at `positions` of `items`. */
export function resolveScattered(items: Item[], positions: number[]): Scattered | null {
  const headers: { pos: number; roles: { role: Role; label: string }[] }[] = [];
  const lines: Line[] = [];
  const out: Scattered = { targetLabel: null, currentLabel: null, previousLabel: null, cells: {}, used: new Set(), confidence: 0.85, notes: [] };
  const labels: Partial<Record<Role, string>> = {};
  const cell = (l: Line, k: number): Cell => ({ raw: l.tokens[k].raw, prov: l.item.prov });

  for (const pos of positions) {
    const c = items[pos].cls;
    if (c.type === 'header') {
      headers.push({ pos, roles: c.roles });
      for (const r of c.roles) labels[r.role] ??= r.label;
    } else if (c.type === 'values') lines.push({ pos, tokens: c.tokens, item: items[pos] });
  }
  const finish = () => {
    out.targetLabel = labels.target ?? null;
    out.currentLabel = labels.current ?? null;
    out.previousLabel = labels.previous ?? null;
    out.floorLabel = labels.floor ?? null;
    return Object.keys(out.cells).length ? out : null;
  };
  if (!headers.length) return finish();

  const written = [...new Set(headers.flatMap((h) => h.roles.map((r) => r.role)))].filter((r) => !out.cells[r]);
  const canonical = ROLES.filter((r) => written.includes(r));
  const firstHeader = headers[0].pos;
  const free = () => lines.filter((l) => !out.used.has(l.pos));
  const nearest = (candidates: Line[], at: number) =>
    candidates.sort((a, b) => Math.abs(a.pos - at) - Math.abs(b.pos - at) || b.pos - a.pos)[0];
  const take = (l: Line, roles: Role[]) => {
    roles.forEach((r, k) => (out.cells[r] = cell(l, k)));
    out.used.add(l.pos);
  };

  // One line carries the whole row, in written or in the family's usual column order.
  for (const order of [written, canonical]) {
    const whole = free().filter((l) => fitsAll(order, l.tokens));
    if (whole.length) {
      take(nearest(whole, firstHeader), order);
      return finish();
    }
  }

  // Each heading fragment takes the nearest line with as many values as it has headings.
  out.confidence = 0.7;
  out.notes.push('values:scattered');
  for (const h of headers) {
    const roles = h.roles.map((r) => r.role).filter((r) => !out.cells[r]);
    if (!roles.length) continue;
    const match = free().filter((l) => fitsAll(roles, l.tokens));
    if (match.length) take(nearest(match, h.pos), roles);
  }
  // Left-over headings: a line for the run of them, else single values one by one.
  const left = () => canonical.filter((r) => !out.cells[r]);
  const run = free().filter((l) => fitsAll(left(), l.tokens));
  if (left().length > 1 && run.length) take(nearest(run, firstHeader), left());
  const singles: Role[] = [];
  for (const h of headers) {
    for (const { role } of h.roles) {
      if (out.cells[role]) continue;
      const match = free().filter((l) => l.tokens.length === 1 && fits(role, l.tokens[0].type));
      if (!match.length) continue;
      take(nearest(match, h.pos), [role]);
      singles.push(role);
    }
  }
  if (singles.includes('current') && singles.includes('previous')) orderByChange(out);
  return finish();
}

/**
 * When current and previous were picked up as loose values their order is a guess; the card's own
 * change label and direction decide it ('Improving' + higher is better ⇒ current > previous).
 */
function orderByChange(out: Scattered) {
  const { current, previous, change, direction } = out.cells;
  const num = (c?: Cell) => (c ? Number.parseFloat(c.raw.replace(/[^\d.-]/g, '')) : Number.NaN);
  const a = num(current);
  const b = num(previous);
  const dir = direction?.raw ?? '';
  const up = /^(?:↑|⬆|▲|h|higher)/i.test(dir) ? 1 : /^(?:↓|⬇|▼|i|lower)/i.test(dir) ? -1 : 0;
  const sense = /^improv/i.test(change?.raw ?? '') ? 1 : /^(?:declin|deterior|worse)/i.test(change?.raw ?? '') ? -1 : 0;
  out.confidence = 0.6;
  if (Number.isNaN(a) || Number.isNaN(b) || a === b || !up || !sense) {
    out.notes.push('values:order-unconfirmed');
    return;
  }
  const expectedCurrentHigher = up * sense > 0;
  if (a > b !== expectedCurrentHigher) {
    out.cells.current = previous;
    out.cells.previous = current;
  }
  out.notes.push('values:ordered-by-change');
}
