/** A value table's heading row: which column holds which figure of the card (by the vocabulary, or periods). */
import { headerRoles, periodHeading, type Role } from '../vocabulary';
import { valueTokens } from '../tokens';
import { clean } from './cells';

/** Roles of a heading row, one per column (null for an unknown column); null if it is no value header. */
export function valueHeaderRoles(row: string[]): ({ role: Role; label: string } | null)[] | null {
  const roles = row.map((c) => {
    const r = headerRoles(clean(c));
    return r && r.length === 1 ? r[0] : null;
  });
  // Labels beside their values ('Target | 90% | Actual | 85%') are a form's row, not column headings.
  if (row.some((c, i) => !roles[i] && clean(c) && valueTokens(clean(c)) && !/^(?:19|20)\d{2}$/.test(clean(c)))) return null;
  // Columns headed by periods: the latest is the current value, the one before it the previous.
  if (!roles.some((r) => r?.role === 'current' || r?.role === 'previous')) {
    const periods = row.map((c, i) => ({ i, p: periodHeading(c) })).filter((x) => x.p && !roles[x.i]);
    const basis = periods[0]?.p?.basis;
    if (periods.length >= 2 && periods.every((x) => x.p!.basis === basis)) {
      periods.sort((a, b) => b.p!.key - a.p!.key);
      roles[periods[0].i] = { role: 'current', label: clean(row[periods[0].i]) };
      roles[periods[1].i] = { role: 'previous', label: clean(row[periods[1].i]) };
    } else if (periods.length === 1 && roles.some((r) => r && r.role !== 'current' && r.role !== 'previous')) {
      // One period column beside other headings ('Target | Q3 2025/26 | Direction of Travel'): the latest figure.
      roles[periods[0].i] = { role: 'current', label: clean(row[periods[0].i]) };
    }
  }
  const found = new Set(roles.filter(Boolean).map((r) => r!.role));
  const hasValue = found.has('current') || found.has('previous');
  return hasValue && found.size >= 2 ? roles : null;
}
