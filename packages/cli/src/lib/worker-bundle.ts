/**
 * Worker threads start from one JavaScript file bundled (once, cached by content) from the TypeScript
 * worker: a worker then starts in milliseconds instead of transpiling every module again.
 * Third-party packages stay external and load from node_modules as usual.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const PACKAGES = join(HERE, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'test' ? [] : sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** Path of the bundled worker, building it when the sources changed. */
export async function workerBundle(): Promise<string> {
  const files = ['extract', 'normalise', 'cli'].flatMap((p) => sources(join(PACKAGES, p, 'src'))).sort();
  const hash = createHash('sha256');
  for (const f of files) {
    const info = statSync(f);
    hash.update(`${f}|${info.size}|${info.mtimeMs}\n`);
  }
  // Kept beside the extractor's own dependencies, so its external packages resolve from there.
  const dir = join(PACKAGES, 'extract', 'node_modules', '.cache', 'kpi-worker');
  const extractDeps = Object.keys(JSON.parse(readFileSync(join(PACKAGES, 'extract', 'package.json'), 'utf8')).dependencies ?? {});
  const out = join(dir, `worker-${hash.digest('hex').slice(0, 16)}.mjs`);
  if (existsSync(out)) return out;
  mkdirSync(dir, { recursive: true });
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(HERE, 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'silent',
    // The extractor's dependencies (pdf.js with its font files, mammoth, ...) load from node_modules;
    // this project's sources and the few small libraries of the other packages are bundled.
    plugins: [
      {
        name: 'externals',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => {
            const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
            return extractDeps.includes(name) || args.path.startsWith('node:') ? { path: args.path, external: true } : undefined;
          });
        },
      },
    ],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return out;
}
