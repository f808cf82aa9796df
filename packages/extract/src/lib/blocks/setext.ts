import { ruleSegments } from './columns';

/** A heading underlined by one rule of `=` (level 1) or `-` (level 2), at line `k` of a run of lines. */
export interface SetextHeading {
  /** Index of the title line; the rule is the line after it. */
  at: number;
  level: 1 | 2;
}

/** Titles longer than this are prose over a separator, not a heading. */
const MAX_TITLE = 120;

/**
 * Setext headings in plain-text lines (`Title` over `=====` or `-----`). Run after table detection:
 * a rule under a header with aligned rows is a table, never a heading.
 */
export function setextHeadings(lines: string[]): SetextHeading[] {
  const out: SetextHeading[] = [];
  for (let k = 1; k < lines.length; k++) {
    const rule = ruleSegments(lines[k]);
    const title = lines[k - 1].trim();
    if (!rule || rule.length !== 1 || !title || title.length > MAX_TITLE || ruleSegments(lines[k - 1])) continue;
    const chars = new Set(lines[k].trim());
    if (chars.size !== 1) continue;
    out.push({ at: k - 1, level: chars.has('=') ? 1 : 2 });
    k++;
  }
  return out;
}
