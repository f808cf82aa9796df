/** Rendering rows for people and programs: aligned tables and JSON (CSV is csv.ts). */

/** Rows (or any value) as indented JSON with a final newline. */
export function toJson(rows: unknown): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** Rows as a plain aligned text table; long cells are cut. */
export function toTable(columns: string[], rows: Record<string, unknown>[], maxWidth = 48): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ');
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
  };
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join('\n') + `\n(${rows.length} row${rows.length === 1 ? '' : 's'})\n`;
}
