/**
 * The repository's shape, checked: no import circle in any package, no package reaching into another's
 * files (only `@kpi/<pkg>` entries), and no source file much over 250 lines unless its opening comment
 * says why it is long.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = fileURLToPath(new URL('../../', import.meta.url));
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'test' ? [] : sources(join(dir, e.name));
    return /\.(ts|mjs)$/.test(e.name) && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [];
  });
const files = readdirSync(PACKAGES).flatMap((p) => (existsSync(join(PACKAGES, p, 'src')) ? sources(join(PACKAGES, p, 'src')) : []));
/** Every TypeScript file of the packages, tests and test support included. */
const everything = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'node_modules' ? [] : everything(join(dir, e.name))) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const allFiles = readdirSync(PACKAGES).flatMap((p) => (existsSync(join(PACKAGES, p, 'src')) ? everything(join(PACKAGES, p, 'src')) : []));
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gs)].map((m) => m[1]);
const resolveImport = (from: string, spec: string) => {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
};
const packageOf = (file: string) => relative(PACKAGES, file).split('/')[0];

describe('the repository layout', () => {
  test('no import circle in any package', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f).map((s) => resolveImport(f, s)).filter((x): x is string => x !== null)]));
    const circles: string[] = [];
    const done = new Set<string>();
    const visit = (f: string, path: string[]) => {
      if (path.includes(f)) return void circles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(PACKAGES, p)).join(' → '));
      if (done.has(f)) return;
      for (const d of graph.get(f) ?? []) visit(d, [...path, f]);
      done.add(f);
    };
    for (const f of graph.keys()) visit(f, []);
    expect(circles).toEqual([]);
  });

  test("no package, nor its tests, imports another package's files (only its @kpi entries)", () => {
    // The golden expectations of the corpus (test/expected.ts at the root) belong to no package.
    const reaching = allFiles.flatMap((f) => importsOf(f).filter((s) => { const r = resolveImport(f, s); return r !== null && packageOf(r) !== '..' && packageOf(r) !== packageOf(f); }).map((s) => `${relative(PACKAGES, f)}: ${s}`));
    expect(reaching).toEqual([]);
  });

  test('source files stay small, or say at the top why they are long', () => {
    const long = files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return text.split('\n').length > 260 && !/^\/\*\*[\s\S]*?\blong\b[\s\S]*?\*\//.test(text);
    });
    expect(long.map((f) => relative(PACKAGES, f))).toEqual([]);
  });
});
