/**
 * Test support: generate each family's reports for some seeds, render them in every format, score them,
 * and print the accuracy tables (family × format, and per field). Used by families.test.ts and
 * scripts/families.ts; can write the generated files (and their truth as JSON) to a folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMATS, type Format } from '../../lib/schema';
import { FAMILIES, type Family } from './families';
import { generateReport } from './model';
import { Rng } from './random';
import { render, EXTENSION } from './render';
import { addScore, emptyScore, fieldRatio, FIELDS, scoreFile, truthOf, type Score } from './score';

export interface RunOptions {
  families?: string[];
  formats?: Format[];
  seeds?: number[];
  /** Write every generated file and its truth (`.truth.json`) here. */
  dump?: string;
}

export interface Result {
  family: string;
  format: Format;
  score: Score;
}

/** A stable seed for (family, n): reordering families does not change any family's reports. */
export function seedOf(family: string, n: number): number {
  let h = 2166136261;
  for (const c of `${family}#${n}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** Generate, render, read back and score every (family, format) over the seeds. */
export async function runFamilies(options: RunOptions = {}): Promise<Result[]> {
  const families = options.families?.length ? FAMILIES.filter((f) => options.families!.some((n) => f.name === n || f.name.startsWith(`${n}-`))) : FAMILIES;
  const formats = options.formats?.length ? options.formats : [...FORMATS];
  const seeds = options.seeds ?? [1, 2, 3];
  if (options.dump) mkdirSync(options.dump, { recursive: true });
  const results: Result[] = [];
  for (const family of families) {
    for (const format of formats) {
      let total = emptyScore();
      for (const n of seeds) total = addScore(total, await one(family, format, n, options.dump));
      results.push({ family: family.name, format, score: total });
    }
  }
  return results;
}

async function one(family: Family, format: Format, n: number, dump?: string): Promise<Score> {
  const seed = seedOf(family.name, n);
  const model = generateReport(seed, family.options);
  const doc = family.build(model, new Rng(seed).fork());
  const truth = truthOf(model, family);
  const bytes = await render(doc, format);
  const name = `${family.name}-${n}.${EXTENSION[format]}`;
  if (dump) {
    writeFileSync(join(dump, name), bytes);
    writeFileSync(join(dump, `${family.name}-${n}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
  }
  const s = await scoreFile(name, format, bytes, truth);
  s.misses = s.misses.map((m) => `${name}: ${m}`);
  if (s.error) s.misses.unshift(`${name}: error: ${s.error}`);
  return s;
}

const pct = (right: number, total: number) => (total ? `${((100 * right) / total).toFixed(1)}%` : '-');

/** Cards found / expected (+spurious) and field accuracy, one row per family, one column per format. */
export function familyTable(results: Result[]): string {
  const formats = [...new Set(results.map((r) => r.format))];
  const families = [...new Set(results.map((r) => r.family))];
  const cell = (r: Result | undefined) => {
    if (!r) return '';
    const f = fieldRatio(r.score);
    return `${r.score.found}/${r.score.cards}${r.score.spurious ? `+${r.score.spurious}` : ''} ${pct(f.right, f.total)}`;
  };
  const all = (fmt: Format): Result => ({ family: 'all', format: fmt, score: results.filter((r) => r.format === fmt).reduce((a, r) => addScore(a, r.score), emptyScore()) });
  const rows = [['family', ...formats], ...families.map((fam) => [fam, ...formats.map((fmt) => cell(results.find((r) => r.family === fam && r.format === fmt)))]), ['all', ...formats.map((fmt) => cell(all(fmt)))]];
  return table(rows);
}

/** Accuracy of each field over all results, per format. */
export function fieldTable(results: Result[]): string {
  const formats = [...new Set(results.map((r) => r.format))];
  const sum = (fmt: Format) => results.filter((r) => r.format === fmt).reduce((a, r) => addScore(a, r.score), emptyScore());
  const sums = formats.map(sum);
  const rows = [['field', ...formats], ...FIELDS.map((f) => [f, ...sums.map((s) => `${pct(s.fields[f].right, s.fields[f].total)} (${s.fields[f].total})`)])];
  return table(rows);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  return rows.map((r) => r.map((c, j) => c.padEnd(widths[j])).join('  ').trimEnd()).join('\n');
}

/** Does the result meet the goal: every card, no spurious card, and at least 99% of fields? */
export function meetsTarget(s: Score): boolean {
  const f = fieldRatio(s);
  return s.found === s.cards && s.spurious === 0 && f.total > 0 && f.right / f.total >= 0.99;
}
