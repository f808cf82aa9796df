/**
 * `pnpm bench`: builds a synthetic archive from the fixtures and reports, as ratios against floors:
 * PDF pages/s of the full pipeline against pdfjs-dist getTextContent alone, --jobs 2 against --jobs 1,
 * time per DOCX against mammoth alone, peak RSS at 1x and 10x the archive, a no-op re-ingest, and one
 * indicator's series query. Writes bench/results.md. Sizes: BENCH_COPIES (default 10) copies of each
 * fixture for 1x; 10x uses ten times as many.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, extname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { blocksFromBytes, parseBlocks, pdfTextItems } from '@kpi/extract';

import { openStore } from '@kpi/store';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures', 'corpus');
const COPIES = Number(process.env.BENCH_COPIES ?? 10);
const work = mkdtempSync(join(tmpdir(), 'kpi-bench-'));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Vary the figures of a text paper so copies are distinct documents with distinct values. */
function varyText(text: string, k: number): string {
  return text.replace(/\b(\d{2,3}),(\d{3})\b/g, (_, a, b) => `${a},${String((Number(b) + k * 7) % 1000).padStart(3, '0')}`).replace(/\b([1-9]\d)%/g, (_, n) => `${Math.min(99, Number(n) + (k % 3))}%`);
}

/** Build copies: text and markdown with varied figures; PDF and Word made distinct (a trailing comment, a custom part). */
async function buildArchive(dir: string, copies: number): Promise<{ files: number; pdfPages: number; pdfs: string[]; docx: string[] }> {
  mkdirSync(dir, { recursive: true });
  const sources = files(FIXTURES);
  const pdfs: string[] = [];
  const docx: string[] = [];
  for (let k = 0; k < copies; k++) {
    const sub = join(dir, `set-${String(k).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    for (const src of sources) {
      const ext = extname(src);
      const name = join(sub, `${basename(src, ext)}-${k}${ext}`);
      if (ext === '.txt' || ext === '.md') writeFileSync(name, varyText(readFileSync(src, 'utf8'), k + 1));
      else if (ext === '.pdf') {
        writeFileSync(name, Buffer.concat([readFileSync(src), Buffer.from(`\n%bench copy ${k}\n`)]));
        pdfs.push(name);
      } else if (ext === '.docx') {
        const zip = await JSZip.loadAsync(readFileSync(src));
        zip.file('docProps/bench.xml', `<copy>${k}</copy>`);
        writeFileSync(name, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
        docx.push(name);
      }
    }
  }
  let pdfPages = 0;
  for (const p of pdfs.slice(0, sources.filter((s) => s.endsWith('.pdf')).length)) pdfPages += (await pdfTextItems(new Uint8Array(readFileSync(p)))).pages.length;
  return { files: files(dir).length, pdfPages: pdfPages * copies, pdfs, docx };
}

/** Run the CLI in a child process; returns seconds and its peak RSS (MB). */
function kpi(args: string[]): { seconds: number; rssMb: number; out: string } {
  const wrapper = join(work, 'rss.mjs');
  writeFileSync(
    wrapper,
    `import { run } from ${JSON.stringify(join(ROOT, 'packages/cli/src/index.ts'))};\nconst code = await run(process.argv.slice(2));\nprocess.stderr.write('RSS ' + process.resourceUsage().maxRSS + '\\n');\nprocess.exit(code);\n`,
  );
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', 'tsx', wrapper, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const rss = /RSS (\d+)/.exec(r.stderr ?? '')?.[1];
  if (r.status !== 0 && r.status !== 1) throw new Error(`kpi ${args.join(' ')} failed: ${r.stderr}`);
  return { seconds, rssMb: rss ? Number(rss) / 1024 : Number.NaN, out: r.stdout };
}

const time = async (fn: () => Promise<unknown>) => {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
};

async function main() {
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    console.log(s);
  };
  say(`# Benchmark (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version})`);
  const one = join(work, 'archive-1x');
  const a1 = await buildArchive(one, COPIES);
  say(`\nArchive 1x: ${a1.files} documents (${COPIES} copies of each fixture), ${a1.pdfPages} PDF pages.`);

  // 1. PDF: floor (pdfjs getTextContent, one thread) against the full pipeline on the same PDFs (--jobs 1).
  const pdfDir = join(work, 'pdf-only');
  mkdirSync(pdfDir);
  for (const p of a1.pdfs) cpSync(p, join(pdfDir, basename(p)));
  // Both sides run as fresh processes over the same files, so each pays its own start-up.
  const floorScript = join(work, 'floor.mjs');
  writeFileSync(floorScript, `import { readFileSync, readdirSync } from 'node:fs';\nimport { pdfTextItems } from ${JSON.stringify(join(ROOT, 'packages/extract/src/index.ts'))};\nconst dir = process.argv[2];\nfor (const f of readdirSync(dir)) await pdfTextItems(new Uint8Array(readFileSync(dir + '/' + f)));\n`);
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, ['--import', 'tsx', floorScript, pdfDir], { cwd: ROOT });
  const floor = Number(process.hrtime.bigint() - t0) / 1e9;
  const pdfRun = kpi(['ingest', pdfDir, '--db', join(work, 'pdf.sqlite'), '--jobs', '1', '--quiet']);
  const pipeline = pdfRun.seconds;
  say(`\n## PDF pages per second (one thread)\n\n| | seconds | pages/s |\n|---|---|---|\n| pdfjs-dist getTextContent (floor) | ${floor.toFixed(2)} | ${(a1.pdfPages / floor).toFixed(1)} |\n| full pipeline (extract, parse, normalise, store, reconcile) | ${pipeline.toFixed(2)} | ${(a1.pdfPages / pipeline).toFixed(1)} |\n\nRatio pipeline / floor: **${(pipeline / floor).toFixed(2)}×** (target ≤ 1.5×; both measured as fresh processes, start-up included).`);

  // 2. --jobs 2 against --jobs 1 on the whole 1x archive.
  const j1 = kpi(['ingest', one, '--db', join(work, 'j1.sqlite'), '--jobs', '1', '--quiet']);
  const j2 = kpi(['ingest', one, '--db', join(work, 'j2.sqlite'), '--jobs', '2', '--quiet']);
  say(`\n## Parallel ingest (${a1.files} documents)\n\n| | seconds |\n|---|---|\n| --jobs 1 | ${j1.seconds.toFixed(2)} |\n| --jobs 2 | ${j2.seconds.toFixed(2)} |\n\nSpeed-up: **${(j1.seconds / j2.seconds).toFixed(2)}×** (target ≥ 1.7× on 2 cores).`);

  // 3. DOCX: pipeline (blocks + parse) against mammoth alone, in this process.
  const docs = a1.docx.slice(0, 5 * 4);
  const mammothOnly = await time(async () => {
    for (const d of docs) await mammoth.convertToHtml({ buffer: readFileSync(d) });
  });
  const ours = await time(async () => {
    for (const d of docs) {
      const doc = await blocksFromBytes(d, 'docx', new Uint8Array(readFileSync(d)));
      parseBlocks(doc.blocks, d);
    }
  });
  say(`\n## Word documents (${docs.length} files)\n\n| | ms per document |\n|---|---|\n| mammoth convertToHtml alone | ${((mammothOnly / docs.length) * 1000).toFixed(1)} |\n| our DOCX extraction + card parsing | ${((ours / docs.length) * 1000).toFixed(1)} |\n\nRatio: **${(ours / mammothOnly).toFixed(2)}×** mammoth.`);

  // 4. Peak RSS at 1x and 10x, --jobs 2; then a no-op re-ingest of the 10x archive.
  const ten = join(work, 'archive-10x');
  const a10 = await buildArchive(ten, COPIES * 10);
  const r10 = kpi(['ingest', ten, '--db', join(work, 'ten.sqlite'), '--jobs', '2', '--quiet']);
  say(`\n## Memory\n\n| archive | documents | PDF pages | seconds | peak RSS (MB) |\n|---|---|---|---|---|\n| 1x | ${a1.files} | ${a1.pdfPages} | ${j2.seconds.toFixed(1)} | ${j2.rssMb.toFixed(0)} |\n| 10x | ${a10.files} | ${a10.pdfPages} | ${r10.seconds.toFixed(1)} | ${r10.rssMb.toFixed(0)} |\n\nPeak RSS 10x / 1x: **${(r10.rssMb / j2.rssMb).toFixed(2)}×** (target: flat).`);
  const noop = kpi(['ingest', ten, '--db', join(work, 'ten.sqlite'), '--jobs', '2', '--quiet']);
  say(`\n## No-op re-ingest\n\n${a10.files} unchanged documents in ${noop.seconds.toFixed(2)} s (CLI start-up included): **${((noop.seconds / a10.files) * 1000).toFixed(2)} s per 1,000 files** (target < 1 s).`);

  // 5. A typical analyst query: one indicator's series.
  const store = openStore(join(work, 'ten.sqlite'), { readonly: true });
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 25; i++) {
    const t = process.hrtime.bigint();
    rows = store.query("SELECT fiscal_year, quarter, current_value, rag FROM v_series WHERE indicator_key = 'cosmic-003' ORDER BY fiscal_year, quarter").rows.length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  store.close();
  times.sort((x, y) => x - y);
  say(`\n## Series query\n\nOne indicator's series over the 10x archive (${rows} rows): median **${times[12].toFixed(2)} ms** of 25 runs.`);
  const size = statSync(join(work, 'ten.sqlite')).size / 1048576;
  say(`\nDatabase size at 10x: ${size.toFixed(1)} MB.`);
  writeFileSync(join(ROOT, 'bench', 'results.md'), `${lines.join('\n')}\n`);
  rmSync(work, { recursive: true, force: true });
}

await main();
