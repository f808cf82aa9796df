/**
 * The CLI and its worker threads run from one JavaScript bundle built by esbuild from the TypeScript
 * sources, so `kpi` starts without a TypeScript loader. Plain JavaScript because the launcher loads it
 * before any TypeScript can run. The bundle is cached by the size and mtime of every source file (as
 * git's index does) and rebuilt when one changes; third-party packages stay external, imported by the
 * absolute path esbuild resolved for them, so they load exactly as they do from the sources.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
/* global __KPI_PACKAGES__ -- defined by esbuild inside the bundle, where import.meta.url is the cache. */
const PACKAGES = typeof __KPI_PACKAGES__ === 'string' ? __KPI_PACKAGES__ : join(HERE, '..', '..', '..');
const BUILTINS = new Set(builtinModules);
const BUNDLED = ['cli', 'extract', 'normalise', 'reconcile', 'store'];
/**
 * Plain-JavaScript dependencies compiled into the bundle: loading zod's ~100 ES modules one by one took
 * longer than the rest of start-up. Packages with native code or files read at run time stay external.
 */
const INLINED = new Set(['zod', 'commander', 'cli-progress', 'string-width', 'natural']);
/** Entry points, by output name. */
const ENTRIES = { bin: join(PACKAGES, 'cli', 'src', 'bin.ts'), worker: join(PACKAGES, 'cli', 'src', 'lib', 'worker.ts') };

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'test' ? [] : sources(p);
    return /\.(?:ts|mjs)$/.test(p) && !p.endsWith('.test.ts') && !p.endsWith('.d.mts') ? [p] : [];
  });
}

/** Directory of the current bundle (`bin.mjs`, `worker.mjs` and shared chunks), building it when stale. */
export async function bundleDir() {
  const hash = createHash('sha256');
  const files = BUNDLED.flatMap((p) => sources(join(PACKAGES, p, 'src'))).sort();
  files.push(join(PACKAGES, '..', 'pnpm-lock.yaml'));
  for (const f of files) {
    const info = statSync(f, { throwIfNoEntry: false });
    hash.update(`${f}|${info?.size}|${info?.mtimeMs}\n`);
  }
  // Beside the extractor's dependencies: pdf.js finds its font files relative to the importing module.
  const cache = join(PACKAGES, 'extract', 'node_modules', '.cache');
  const dir = join(cache, `kpi-bundle-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(join(dir, 'bin.mjs'))) return dir;
  // Built aside and renamed into place, so concurrent first runs never see half a bundle.
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  const { build } = await import('esbuild');
  await build({
    entryPoints: ENTRIES,
    bundle: true,
    splitting: true, // commands stay lazily loaded: `kpi query` never loads the extractors
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
    define: { __KPI_PACKAGES__: JSON.stringify(PACKAGES), __KPI_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(PACKAGES, 'cli', 'package.json'), 'utf8')).version) },
    plugins: [
      {
        name: 'externals-by-path',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, async (args) => {
            if (args.pluginData === 'inner' || args.path.startsWith('@kpi/')) return undefined;
            // An inlined package's own dependencies are inlined with it (its require() cannot take a URL).
            if (INLINED.has(args.path.split('/')[0]) || args.importer.includes('/node_modules/')) return undefined;
            if (args.path.startsWith('node:') || BUILTINS.has(args.path.split('/')[0])) return { path: args.path, external: true };
            const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'inner' });
            if (r.errors.length) return { errors: r.errors };
            return { path: pathToFileURL(r.path).href, external: true };
          });
        },
      },
    ],
    banner: { js: "import { createRequire as __kpiRequire } from 'node:module'; const require = __kpiRequire(import.meta.url);" },
  });
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process finished first
  }
  return dir;
}
