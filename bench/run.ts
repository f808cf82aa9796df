/**
 * `pnpm bench [--quick]`: the ingest measured against its floor on an archive that looks like a real one
 * (long generated PDFs with one card per page, charts and a scorecard; the corpus covers, Word and text
 * papers), every figure a ratio measured in this run. Each side runs as a whole fresh process; CPU counts
 * all threads. Writes bench/results.md (`--quick`: bench/out/results-quick.md). `--quick` uses shorter papers and fewer repetitions.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { openStore } from '@kpi/store';
import { makeLongPaper } from '@kpi/extract/testing';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const QUICK = process.argv.includes('--quick');
const CORPUS = join(ROOT, 'fixtures', 'corpus');
const work = mkdtempSync(join(tmpdir(), 'kpi-bench-'));
/** Cards per long paper (pages = cards + a cover + scorecard pages): 60–120 pages as published papers run. */
const LONG = QUICK ? [30, 45] : [58, 85, 114];
const ONE_PAPER_CARDS = QUICK ? 47 : 96; // 50 / 100 pages
const SCALE = QUICK ? 3 : 10;
const REPS = QUICK ? 3 : 7;
/** Side-by-side comparisons are repeated, interleaved, and the median taken: the machine's speed drifts. */
const ROUNDS = 3;

interface Run {
  wall: number;
  cpu: number;
  rssMb: number;
  out: string;
}

/** Run node with the rusage preload; wall seconds, CPU seconds (all threads), peak RSS. */
function node(args: string[]): Run {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'bench/rusage.mjs'), ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  const usage = /BENCH_RUSAGE (\{.*\})/.exec(r.stderr ?? '')?.[1];
  if ((r.status !== 0 && r.status !== 1) || !usage) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  const u = JSON.parse(usage) as { cpu: number; rssMb: number };
  return { wall, cpu: u.cpu, rssMb: u.rssMb, out: r.stdout };
}
const kpi = (...args: string[]) => node([join(ROOT, 'packages/cli/src/launch.mjs'), ...args]);
const floor = (files: string[]) => node([join(ROOT, 'bench/floor.mjs'), ...files]);
const best = (runs: Run[]) => runs.reduce((a, b) => (b.wall < a.wall ? b : a));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Run each side ROUNDS times in turn (a, b, c, a, b, c, …); per side the median wall, CPU and peak RSS. */
function interleaved(sides: (() => Run)[]): Run[] {
  const runs: Run[][] = sides.map(() => []);
  for (let r = 0; r < ROUNDS; r++) sides.forEach((side, i) => runs[i].push(side()));
  return runs.map((rs) => ({ wall: median(rs.map((x) => x.wall)), cpu: median(rs.map((x) => x.cpu)), rssMb: median(rs.map((x) => x.rssMb)), out: rs[0].out }));
}
/** A fresh database path for each run of a side. */
let dbCount = 0;
const freshDb = (name: string) => join(work, `${name}-${dbCount++}.sqlite`);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Vary the figures of a text paper so copies are distinct documents with distinct values. */
function varyText(text: string, k: number): string {
  return text.replace(/\b(\d{2,3}),(\d{3})\b/g, (_, a, b) => `${a},${String((Number(b) + k * 7) % 1000).padStart(3, '0')}`).replace(/\b([1-9]\d)%/g, (_, n) => `${Math.min(99, Number(n) + (k % 3))}%`);
}

/** One copy of the mix: long generated PDFs, the corpus covers and appendices in every format, each made distinct by k. */
async function buildMix(dir: string, k: number): Promise<{ pdfPages: number }> {
  mkdirSync(dir, { recursive: true });
  let pdfPages = 0;
  LONG.forEach((cards, i) => {
    const bytes = makeLongPaper({ cards, seed: k * 31 + i, committee: ['Adult Social Care', 'Children and Young People', 'Environment and Sustainability'][i % 3], prefix: ['ASC', 'CYP', 'E&S'][i % 3] });
    writeFileSync(join(dir, `long-${i}-${k}.pdf`), bytes);
    pdfPages += cards + 1 + Math.ceil(cards / 44);
  });
  for (const src of files(CORPUS)) {
    const ext = extname(src);
    const name = join(dir, `${basename(src, ext)}-${k}${ext}`);
    if (ext === '.txt' || ext === '.md') writeFileSync(name, varyText(readFileSync(src, 'utf8'), k + 1));
    else if (ext === '.pdf') writeFileSync(name, Buffer.concat([readFileSync(src), Buffer.from(`\n%bench copy ${k}\n`)]));
    else if (ext === '.docx') {
      const zip = await JSZip.loadAsync(readFileSync(src));
      zip.file('docProps/bench.xml', `<copy>${k}</copy>`);
      writeFileSync(name, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    }
  }
  return { pdfPages };
}

/** Every stored row that is the result, in a stable order (ids depend on the order documents finish). */
function dump(db: string): string {
  const store = openStore(db, { readonly: true });
  try {
    const q = (sql: string) => JSON.stringify(store.query(sql).rows);
    return [
      q('SELECT file_name, pages, status, error FROM v_documents ORDER BY file_name'),
      q('SELECT * FROM v_observations ORDER BY file_name, source_page, source_ref, printed_id, title'),
      // Points by what they say, not by point_id: like the ids stripped below, it follows the order documents were stored in.
      q('SELECT * FROM v_chart_points ORDER BY file_name, source_page, source_ref, series, period_label, raw, indicator_key, chart_title'),
      q('SELECT rule, severity, file_name, indicator_key, message FROM v_findings ORDER BY file_name, rule, message'),
    ]
      .join('\n')
      .replace(/"(observation_id|report_id|document_id|point_id)":\d+,?/g, '');
  } finally {
    store.close();
  }
}

async function main() {
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    console.log(s);
  };
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  say(`# Benchmark${QUICK ? ' (--quick)' : ''}\n`);
  say(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}; load average at start ${loadavg()[0].toFixed(1)} (the machine is shared: compare ratios, not seconds).`);

  // Start-up first: its first run also builds the bundle, which the later runs reuse.
  const empty = join(work, 'empty');
  mkdirSync(empty);
  kpi('ingest', empty, '--db', join(work, 'empty.sqlite'));
  const startup = best(Array.from({ length: REPS }, () => kpi('ingest', empty, '--db', join(work, 'empty.sqlite'))));
  const bare = best(Array.from({ length: REPS }, () => node(['-e', ''])));
  const tsx = best(Array.from({ length: Math.min(REPS, 3) }, () => node(['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts'), 'ingest', empty, '--db', join(work, 'empty.sqlite')])));
  say(`\n## Start-up: ingest of an empty folder (best of ${REPS})\n\n| | wall s | CPU s | peak RSS MB |\n|---|---|---|---|\n| \`node -e ''\` (floor) | ${bare.wall.toFixed(3)} | ${bare.cpu.toFixed(3)} | ${bare.rssMb.toFixed(0)} |\n| \`kpi ingest\` from the bundle | ${startup.wall.toFixed(3)} | ${startup.cpu.toFixed(3)} | ${startup.rssMb.toFixed(0)} |\n| the same from the sources through tsx (before) | ${tsx.wall.toFixed(3)} | ${tsx.cpu.toFixed(3)} | ${tsx.rssMb.toFixed(0)} |\n\nStart-up: **${startup.wall.toFixed(3)} s**, ${x(startup.wall, bare.wall)} a bare node process; ${(startup.wall - bare.wall).toFixed(3)} s of our own (target ≤ 0.15 s in all).`);

  // One long PDF: floor, --jobs 1, --jobs 2.
  const paperDir = join(work, 'one-paper');
  mkdirSync(paperDir);
  const paper = join(paperDir, 'long-paper.pdf');
  writeFileSync(paper, makeLongPaper({ cards: ONE_PAPER_CARDS, seed: 99 }));
  const paperPages = ONE_PAPER_CARDS + 1 + Math.ceil(ONE_PAPER_CARDS / 44);
  let p1Db = '';
  let p2Db = '';
  const [pf, p1, p2] = interleaved([() => floor([paper]), () => kpi('ingest', paperDir, '--db', (p1Db = freshDb('p1')), '--jobs', '1', '--quiet'), () => kpi('ingest', paperDir, '--db', (p2Db = freshDb('p2')), '--jobs', '2', '--quiet')]);
  say(`\n## One ${paperPages}-page PDF (median of ${ROUNDS} interleaved runs)\n\n| | wall s | CPU s | peak RSS MB |\n|---|---|---|---|\n| floor (pdfjs-dist getTextContent) | ${pf.wall.toFixed(2)} | ${pf.cpu.toFixed(2)} | ${pf.rssMb.toFixed(0)} |\n| \`kpi ingest --jobs 1\` | ${p1.wall.toFixed(2)} | ${p1.cpu.toFixed(2)} | ${p1.rssMb.toFixed(0)} |\n| \`kpi ingest --jobs 2\` | ${p2.wall.toFixed(2)} | ${p2.cpu.toFixed(2)} | ${p2.rssMb.toFixed(0)} |\n\n--jobs 1 against the floor: **${x(p1.cpu, pf.cpu)} CPU**, ${x(p1.wall, pf.wall)} wall, ${x(p1.rssMb, pf.rssMb)} peak RSS. --jobs 2 against --jobs 1: **${x(p1.wall, p2.wall)} faster** (target ≥ 1.5×); on two otherwise idle cores at best ${x(2 * p1.cpu, p2.cpu)} (twice --jobs 1's CPU over --jobs 2's). Results identical: **${dump(p1Db) === dump(p2Db) ? 'yes' : 'NO'}**.`);

  // The mix, 1x: floor, --jobs 1, --jobs 2.
  const one = join(work, 'mix-1x');
  const m = await buildMix(one, 0);
  const mixFiles = files(one);
  let m1Db = '';
  let m2Db = '';
  const [mf, m1, m2] = interleaved([() => floor(mixFiles), () => kpi('ingest', one, '--db', (m1Db = freshDb('m1')), '--jobs', '1', '--quiet'), () => kpi('ingest', one, '--db', (m2Db = freshDb('m2')), '--jobs', '2', '--quiet')]);
  const corpusPages = Number(/(\d+) pages/.exec(mf.out)?.[1] ?? 0) - m.pdfPages;
  say(`\n## The mix: ${mixFiles.length} documents (median of ${ROUNDS} interleaved runs)\n\n${LONG.length} long PDFs (${m.pdfPages} pages, one card per page), the corpus PDFs (${corpusPages} pages), Word and text papers.\n\n| | wall s | CPU s | peak RSS MB |\n|---|---|---|---|\n| floor (pdfjs-dist getTextContent, mammoth, text decoding) | ${mf.wall.toFixed(2)} | ${mf.cpu.toFixed(2)} | ${mf.rssMb.toFixed(0)} |\n| \`kpi ingest --jobs 1\` | ${m1.wall.toFixed(2)} | ${m1.cpu.toFixed(2)} | ${m1.rssMb.toFixed(0)} |\n| \`kpi ingest --jobs 2\` | ${m2.wall.toFixed(2)} | ${m2.cpu.toFixed(2)} | ${m2.rssMb.toFixed(0)} |\n\n--jobs 1 against the floor: **${x(m1.cpu, mf.cpu)} CPU** (target ≤ 1.3×), ${x(m1.wall, mf.wall)} wall, ${x(m1.rssMb, mf.rssMb)} peak RSS (target ≤ 250 MB: ${m1.rssMb <= 250 ? 'met' : 'missed'}). --jobs 2 against --jobs 1: **${x(m1.wall, m2.wall)} faster** (target ≥ 1.5×); on two otherwise idle cores at best ${x(2 * m1.cpu, m2.cpu)}. Results identical row for row: **${dump(m1Db) === dump(m2Db) ? 'yes' : 'NO'}**. --jobs 1 alone keeps ${(m1.cpu / m1.wall).toFixed(2)} cores busy (V8's compiler and garbage-collector threads), so two cores can give it at most ${x(2 * m1.wall, m1.cpu)}.`);

  // Memory from 1x to SCALE x the archive, --jobs 2; then a no-op re-ingest and a series query on the big one.
  const big = join(work, `mix-${SCALE}x`);
  let bigPages = 0;
  for (let k = 0; k < SCALE; k++) bigPages += (await buildMix(join(big, `set-${k}`), k)).pdfPages;
  // Workers load and warm pdf.js and the pipeline once each: on three copies of the mix that cost is shared out.
  const three = [0, 1, 2].map((k) => join(big, `set-${k}`));
  const t1 = kpi('ingest', ...three, '--db', freshDb('t1'), '--jobs', '1', '--quiet');
  const t2 = kpi('ingest', ...three, '--db', freshDb('t2'), '--jobs', '2', '--quiet');
  say(`\n## --jobs 2 on three copies of the mix (${3 * mixFiles.length} documents)\n\n| | wall s | CPU s | peak RSS MB |\n|---|---|---|---|\n| \`kpi ingest --jobs 1\` | ${t1.wall.toFixed(2)} | ${t1.cpu.toFixed(2)} | ${t1.rssMb.toFixed(0)} |\n| \`kpi ingest --jobs 2\` | ${t2.wall.toFixed(2)} | ${t2.cpu.toFixed(2)} | ${t2.rssMb.toFixed(0)} |\n\n--jobs 2 against --jobs 1: **${x(t1.wall, t2.wall)} faster** (one run each).`);
  const b2 = kpi('ingest', big, '--db', join(work, 'big.sqlite'), '--jobs', '2', '--quiet');
  const bigFiles = files(big).length;
  // The floor's own peak grows with the work too (V8 sizes its heap by the allocation rate): the fair comparison.
  const bf = floor(files(big));
  say(`\n## Memory from 1x to ${SCALE}x the archive (--jobs 2)\n\n| archive | documents | long-PDF pages | wall s | peak RSS MB | floor's peak RSS MB |\n|---|---|---|---|---|---|\n| 1x | ${mixFiles.length} | ${m.pdfPages} | ${m2.wall.toFixed(1)} | ${m2.rssMb.toFixed(0)} | ${mf.rssMb.toFixed(0)} |\n| ${SCALE}x | ${bigFiles} | ${bigPages} | ${b2.wall.toFixed(1)} | ${b2.rssMb.toFixed(0)} | ${bf.rssMb.toFixed(0)} |\n\nPeak RSS ${SCALE}x / 1x: **${x(b2.rssMb, m2.rssMb)}** (target: flat); the floor's: ${x(bf.rssMb, mf.rssMb)}.`);
  const noop = kpi('ingest', big, '--db', join(work, 'big.sqlite'), '--jobs', '2', '--quiet');
  say(`\n## No-op re-ingest\n\n${bigFiles} unchanged documents in ${noop.wall.toFixed(2)} s, start-up included.`);
  const store = openStore(join(work, 'big.sqlite'), { readonly: true });
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 25; i++) {
    const t = process.hrtime.bigint();
    rows = store.query("SELECT fiscal_year, quarter, current_value, rag FROM v_series WHERE indicator_key = (SELECT indicator_key FROM v_series GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)").rows.length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  store.close();
  times.sort((a, b) => a - b);
  say(`\n## Series query\n\nThe longest indicator series in the ${SCALE}x archive (${rows} rows): median **${times[12].toFixed(2)} ms** of 25 runs.`);
  // A quick run is a smoke test: it never replaces the recorded results.
  const out = QUICK ? join(ROOT, 'bench', 'out', 'results-quick.md') : join(ROOT, 'bench', 'results.md');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${lines.join('\n')}\n`);
  rmSync(work, { recursive: true, force: true });
}

await main();
