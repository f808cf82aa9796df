import { describe, expect, test, beforeAll } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { kpi } from './test/run-kpi';
import { CORPUS } from '../../../test/expected';
import { makeDocx, p, table } from '@kpi/extract/testing';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const dir = () => mkdtempSync(join(tmpdir(), 'kpi-cli-'));

describe('kpi ingest on the bundled fixtures', () => {
  let db: string;
  let first: Awaited<ReturnType<typeof kpi>>;
  beforeAll(async () => {
    db = join(dir(), 'kpi.sqlite');
    // The README's main job: the whole fixtures folder.
    first = await kpi('ingest', join(ROOT, 'fixtures'), '--db', db, '--jobs', '1');
  });

  test('stores every document and exits 0', async () => {
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/13 stored, 2 unchanged, 0 failed/);
    const docs = JSON.parse((await kpi('query', 'SELECT file_name, status FROM v_documents ORDER BY file_name', '--db', db, '--format', 'json')).out);
    expect(docs).toHaveLength(13);
    expect(docs.every((d: { status: string }) => d.status === 'ok')).toBe(true);
  });

  test('every report has its committee, period and kind', async () => {
    const rows = JSON.parse((await kpi('query', 'SELECT file_name, committee, fiscal_year, quarter, kind FROM v_reports ORDER BY file_name', '--db', db, '--format', 'json')).out);
    for (const r of rows) {
      expect(r.committee).toBe('Communities, Social Mobility and Inclusion Committee');
      expect(r.fiscal_year).toMatch(/^20\d\d\/\d\d$/);
    }
    const q4 = rows.filter((r: { fiscal_year: string; quarter: number }) => r.fiscal_year === '2024/25' && r.quarter === 4).map((r: { kind: string }) => r.kind).sort();
    expect(q4).toEqual(['cover', 'cover', 'cover', 'dashboard', 'dashboard']);
  });

  test('summary counts of the cover reports are in v_summary_counts', async () => {
    const rows = JSON.parse((await kpi('query', "SELECT status, count, percentage FROM v_summary_counts WHERE file_name = 'cosmic-2024-25-q4-cover.pdf' ORDER BY count DESC, status", '--db', db, '--format', 'json')).out);
    expect(rows).toEqual([
      { status: 'Green', count: 6, percentage: 60 },
      { status: 'Contextual', count: 2, percentage: 20 },
      { status: 'Amber', count: 1, percentage: 10 },
      { status: 'Red', count: 1, percentage: 10 },
    ]);
  });

  test('renditions of one paper agree and share indicator keys', async () => {
    const rows = JSON.parse((await kpi('query', "SELECT file_name, reported_id, indicator_key, current_raw FROM v_observations WHERE fiscal_year = '2025/26' ORDER BY reported_id, file_name", '--db', db, '--format', 'json')).out);
    expect(rows).toHaveLength(30);
    const byId = new Map<string, Set<string>>();
    for (const r of rows) byId.set(r.reported_id, new Set([...(byId.get(r.reported_id) ?? []), `${r.indicator_key}|${r.current_raw}`]));
    expect([...byId.keys()]).toHaveLength(10);
    for (const set of byId.values()) expect(set.size).toBe(1);
  });

  test('one paper in several formats is one paper: the published PDF or Word file is the primary', async () => {
    const q = async (sql: string) => JSON.parse((await kpi('query', sql, '--db', db, '--format', 'json')).out);
    const reports = (await q('SELECT report_id, file_name, fiscal_year, quarter, kind, rendition_of FROM v_reports')) as { report_id: number; file_name: string; fiscal_year: string; quarter: number; kind: string; rendition_of: number | null }[];
    const byId = new Map(reports.map((r) => [r.report_id, r]));
    const primaries = reports.filter((r) => r.rendition_of === null);
    // Thirteen documents, five papers: Q2 appendix, Q2 cover, Q4 cover, Q4 dashboard, Q1 2025/26.
    expect(primaries.map((r) => `${r.fiscal_year} Q${r.quarter} ${r.kind}`).sort()).toEqual(['2024/25 Q2 appendix', '2024/25 Q2 cover', '2024/25 Q4 cover', '2024/25 Q4 dashboard', '2025/26 Q1 scorecard-and-cards']);
    for (const p of primaries) expect(p.file_name).toMatch(/\.(pdf|docx)$/);
    for (const r of reports.filter((x) => x.rendition_of !== null)) {
      const primary = byId.get(r.rendition_of!)!;
      expect({ file: r.file_name, paper: `${primary.fiscal_year} Q${primary.quarter} ${primary.kind}`, primaryOfPrimary: primary.rendition_of }).toEqual({ file: r.file_name, paper: `${r.fiscal_year} Q${r.quarter} ${r.kind}`, primaryOfPrimary: null });
    }
    // Every text dump is another rendition of a published paper.
    expect(reports.filter((r) => r.file_name.endsWith('.txt')).every((r) => r.rendition_of !== null)).toBe(true);
    // The README's series query counts each paper once: three quarters, three rows.
    const series = await q("SELECT fiscal_year, quarter, reported_id, current_raw, target_raw, rag FROM v_series WHERE indicator_key = 'cosmic-003' ORDER BY fiscal_year, quarter");
    expect(series.map((r: { fiscal_year: string; quarter: number; reported_id: string; current_raw: string }) => `${r.fiscal_year} Q${r.quarter} ${r.reported_id} ${r.current_raw}`)).toEqual(['2024/25 Q2 Indicator 36 100,142', '2024/25 Q4 CoSMIC 003 102,264', '2025/26 Q1 CoSMIC 003 100,196']);
    // v_observations keeps every rendition, flagged; findings are filed under primaries only.
    const [obs] = await q('SELECT count(*) AS all_rows, sum(primary_rendition) AS primary_rows, count(DISTINCT report_id) AS reports FROM v_observations');
    const [primaryObs] = await q('SELECT count(*) AS n FROM v_observations o JOIN v_reports r USING (report_id) WHERE r.rendition_of IS NULL');
    expect(obs.all_rows).toBeGreaterThan(obs.primary_rows);
    expect(obs.primary_rows).toBe(primaryObs.n);
    const [misfiled] = await q('SELECT count(*) AS n FROM v_findings f JOIN v_reports r USING (report_id) WHERE r.rendition_of IS NOT NULL');
    expect(misfiled.n).toBe(0);
  });

  test('headless Q2 cards are named from the Q2 cover in every rendition', async () => {
    const rows = JSON.parse((await kpi('query', "SELECT reported_id, count(DISTINCT file_name) AS files, count(DISTINCT indicator_key) AS keys FROM v_observations WHERE reported_id_source = 'cover' GROUP BY reported_id ORDER BY reported_id", '--db', db, '--format', 'json')).out);
    expect(rows).toEqual(['Indicator 137', 'Indicator 138', 'Indicator 198', 'Indicator 220', 'Indicator 222'].map((reported_id) => ({ reported_id, files: 3, keys: 1 })));
  });

  test('the dashboard chart series are stored with their indicator and page', async () => {
    const rows = JSON.parse((await kpi('query', "SELECT period_label, raw, value, source_page FROM v_chart_points WHERE reported_id = 'CoSMIC 006' AND file_name LIKE '%dashboard.pdf' ORDER BY point_id", '--db', db, '--format', 'json')).out);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toEqual({ period_label: 'Q1 2022/23', raw: '76%', value: 76, source_page: 7 });
    expect(rows[10]).toEqual({ period_label: 'Q4 2024/25', raw: '55%', value: 55, source_page: 7 });
  });

  test('link and unlink pin identity, kept across re-ingests', async () => {
    const keyOf = async (sql: string) => JSON.parse((await kpi('query', sql, '--db', db, '--format', 'json')).out).map((r: { indicator_key: string }) => r.indicator_key);
    const q = (id: string) => `SELECT DISTINCT indicator_key FROM v_observations WHERE reported_id = '${id}'`;
    expect(await keyOf(q('Indicator 36'))).toEqual(await keyOf(q('CoSMIC 003')));
    expect((await kpi('unlink', 'Indicator 36', 'CoSMIC 003', '--db', db)).code).toBe(0);
    expect(await keyOf(q('Indicator 36'))).not.toEqual(await keyOf(q('CoSMIC 003')));
    await kpi('ingest', CORPUS, '--db', db, '--jobs', '1', '--force', '--quiet');
    expect(await keyOf(q('Indicator 36'))).not.toEqual(await keyOf(q('CoSMIC 003')));
    expect((await kpi('link', 'Indicator 36', 'CoSMIC 003', '--db', db)).code).toBe(0);
    expect(await keyOf(q('Indicator 36'))).toEqual(await keyOf(q('CoSMIC 003')));
  });

  test('a second identical ingest changes nothing and says so', async () => {
    const again = await kpi('ingest', CORPUS, '--db', db, '--jobs', '1');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/0 stored, 15 unchanged, 0 failed/);
    expect(again.out).toMatch(/nothing changed/);
  });

  test('series prints a measure across renumbering with a sparkline', async () => {
    const r = await kpi('series', 'active library users', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^cosmic-003: Number of active library users/);
    expect(r.out).toMatch(/Indicator 36/);
    // Q2, a gap for Q3 (no paper), Q4 and Q1, on a scale from zero.
    expect(r.out).toMatch(/^[▁▂▃▄▅▆▇█]·[▁▂▃▄▅▆▇█]{2}  \(scale 0 to 102264; no paper for Q3 2024\/25\)$/m);
  });

  test('audit groups findings by report, with evidence and sources', async () => {
    const text = (await kpi('audit', '--db', db)).out;
    expect(text).toMatch(/\[cover-vs-card\] CoSMIC 010: .* reports it as Amber, its card in .* as Green/);
    const json = JSON.parse((await kpi('audit', '--db', db, '--format', 'json')).out);
    const rules = new Set(json.reports.flatMap((r: { findings: { rule: string }[] }) => r.findings.map((f) => f.rule)));
    for (const rule of ['summary-count-vs-cards', 'scorecard-vs-card', 'change-vs-values', 'count-vs-list', 'cover-vs-card', 'rag-key-differs']) expect(rules.has(rule)).toBe(true);
  });

  test('query opens the database read-only', async () => {
    const r = await kpi('query', 'DROP TABLE documents', '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^kpi: /);
    expect((await kpi('query', 'SELECT count(*) AS n FROM documents', '--db', db, '--format', 'csv')).out).toBe('n\n13\n');
  });
});

describe('bad input and bad usage', () => {
  test('unknown, empty and binary files get one line each; the rest are stored; exit 1', async () => {
    const d = dir();
    copyFileSync(join(CORPUS, 'cosmic-2024-25-q2-cover.md'), join(d, 'good.md'));
    writeFileSync(join(d, 'sheet.xlsx'), 'PK\u0003\u0004 not really');
    writeFileSync(join(d, 'empty.txt'), '');
    writeFileSync(join(d, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    mkdirSync(join(d, 'sub dir ü'));
    copyFileSync(join(CORPUS, 'seeds/002_a3d3fb89a0e2cb87.txt'), join(d, 'sub dir ü', 'q4 cover.txt'));
    const db = join(d, 'k.sqlite');
    const r = await kpi('ingest', d, '--db', db, '--jobs', '1');
    expect(r.code).toBe(1);
    const failed = r.err.split('\n').filter((l) => l.startsWith('failed'));
    expect(r.out).not.toMatch(/^failed/m);
    expect(failed).toHaveLength(3);
    expect(failed.find((l) => l.includes('sheet.xlsx'))).toMatch(/unsupported-format: unsupported file type/);
    expect(failed.find((l) => l.includes('empty.txt'))).toMatch(/empty: the file is empty/);
    expect(failed.find((l) => l.includes('binary.md'))).toMatch(/binary: binary data/);
    expect(r.out).toMatch(/2 stored, 0 unchanged, 3 failed/);
    // A readable file with nothing KPI-like in it is stored, and the output says so.
    writeFileSync(join(d, 'memo.txt'), 'Minutes of the meeting.\n\nApologies were received.\n');
    expect((await kpi('ingest', join(d, 'memo.txt'), '--db', db, '--jobs', '1')).out).toMatch(/stored .*memo\.txt \(no KPI content found\)/);
    const docs = JSON.parse((await kpi('query', 'SELECT file_name, status, error FROM v_documents ORDER BY file_name', '--db', db, '--format', 'json')).out);
    expect(docs.map((x: { file_name: string; status: string }) => `${x.file_name}:${x.status}`)).toEqual(['binary.md:failed', 'empty.txt:failed', 'good.md:ok', 'memo.txt:ok', 'q4 cover.txt:ok', 'sheet.xlsx:failed']);
  });

  test('bad usage exits 2', async () => {
    expect((await kpi('ingest')).code).toBe(2);
    expect((await kpi('ingest', CORPUS, '--jobs', 'zero')).code).toBe(2);
    expect((await kpi('export', '--db', join(dir(), 'none.sqlite'))).code).toBe(2);
    expect((await kpi('frobnicate')).code).toBe(2);
  });
});

describe('outputs are safe to open', () => {
  test('CSV export neutralises formulas and HTML escapes document text', async () => {
    const d = dir();
    const card = readFileSync(join(CORPUS, 'cosmic-2024-25-q2-appendix.md'), 'utf8').replace('The service continues to grow the user base', '=HYPERLINK("http://evil.example","x") grows the user base');
    writeFileSync(join(d, 'hostile.md'), card);
    // Word text is not markup: a title can hold a literal script tag.
    writeFileSync(join(d, 'hostile.docx'), await makeDocx([p('Indicator 9: Number of <script>alert(1)</script> users'), table([['Target', 'Direction for Improvement', 'Current Year', 'Previous Year', 'Change in Performance'], ['5', '↑', '6', '4', 'Improving']]), p('RAG Rating'), p('Green')]));
    const db = join(d, 'k.sqlite');
    expect((await kpi('ingest', d, '--db', db, '--jobs', '1')).code).toBe(0);
    const csv = (await kpi('export', '--db', db)).out;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"") grows`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const out = join(d, 'audit.html');
    expect((await kpi('audit', '--db', db, '--format', 'html', '--out', out)).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('the command as users run it', () => {
  test('pnpm kpi ingest --jobs 2 in worker threads stores the same as --jobs 1', () => {
    const d = dir();
    cpSync(CORPUS, join(d, 'corpus'), { recursive: true });
    const cli = ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts')];
    const one = spawnSync(process.execPath, [...cli, 'ingest', join(d, 'corpus'), '--db', join(d, 'one.sqlite'), '--jobs', '1', '--quiet'], { encoding: 'utf8', cwd: ROOT });
    const two = spawnSync(process.execPath, [...cli, 'ingest', join(d, 'corpus'), '--db', join(d, 'two.sqlite'), '--jobs', '2', '--quiet'], { encoding: 'utf8', cwd: ROOT });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    const dump = (name: string) => execFileSync(process.execPath, [...cli, 'query', 'SELECT file_name, printed_id, reported_id, indicator_key, target_raw, current_raw, previous_raw, change, rag FROM v_observations ORDER BY file_name, observation_id', '--db', join(d, name), '--format', 'csv'], { encoding: 'utf8', cwd: ROOT });
    expect(dump('two.sqlite')).toBe(dump('one.sqlite'));
  });
});
