import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from './rules/index';

const LIB = dirname(fileURLToPath(import.meta.url));
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));

describe('the package layout', () => {
  test('each rule lives in rules/<rule-id>.ts with a colocated test, and its id is written there once', () => {
    const files = sources(LIB);
    for (const { id } of RULES) {
      const home = join(LIB, 'rules', `${id}.ts`);
      expect(readFileSync(home, 'utf8')).toContain(`defineRule('${id}'`);
      expect(readdirSync(join(LIB, 'rules'))).toContain(`${id}.test.ts`);
      expect({ id, elsewhere: files.filter((f) => f !== home && readFileSync(f, 'utf8').includes(`'${id}'`)) }).toEqual({ id, elsewhere: [] });
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  test('no import circle between the modules of the package', () => {
    const graph = new Map<string, string[]>();
    for (const f of sources(LIB)) {
      const text = readFileSync(f, 'utf8');
      const deps = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => `${resolve(dirname(f), m[1])}.ts`);
      graph.set(f, deps);
    }
    const circles: string[][] = [];
    const visit = (f: string, path: string[]) => {
      if (path.includes(f)) return void circles.push([...path.slice(path.indexOf(f)), f].map((p) => p.slice(LIB.length + 1)));
      for (const d of graph.get(f) ?? []) visit(d, [...path, f]);
    };
    for (const f of graph.keys()) visit(f, []);
    expect(circles).toEqual([]);
  });
});
