import { tidy } from './builder';

/** Lines that all carry tab-separated cells (two or more rows) form a table; otherwise null. */
export function tableFromTabbedLines(lines: string[]): string[][] | null {
  const rows = lines.filter((l) => l.trim());
  if (rows.length < 2 || !rows.every((l) => l.includes('\t'))) return null;
  return rows.map((l) => l.split('\t').map((c) => tidy(c)));
}
