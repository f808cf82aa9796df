import { describe, expect, test, beforeAll } from '@jest/globals';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { CORPUS } from '../../../test/expected';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VERSION = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')).version;

/** Run a command at the repository root with stdout redirected to a file, as `cmd > file` does. */
function redirected(args: string[], file: string): { status: number | null; stderr: string; text: string } {
  const fd = openSync(file, 'w');
  try {
    const r = spawnSync('corepack', args, { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' } });
    return { status: r.status, stderr: r.stderr, text: readFileSync(file, 'utf8') };
  } finally {
    closeSync(fd);
  }
}

describe('the kpi command as the README runs it', () => {
  const d = mkdtempSync(join(tmpdir(), 'kpi-bin-'));
  const db = join(d, 'kpi.sqlite');
  beforeAll(() => {
    const r = spawnSync('corepack', ['pnpm', 'exec', 'kpi', 'ingest', join(CORPUS, 'cosmic-2024-25-q4-cover.pdf'), join(CORPUS, 'cosmic-2024-25-q2-appendix.md'), '--db', db, '--jobs', '1', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  test('pnpm exec kpi --version prints the version alone', () => {
    const r = spawnSync('corepack', ['pnpm', 'exec', 'kpi', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
  }, 30_000);

  test('help shows examples and exit codes', () => {
    const r = spawnSync('corepack', ['pnpm', 'exec', 'kpi', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Examples:$/m);
    expect(r.stdout).toMatch(/^Exit codes:$/m);
    expect(r.stdout).toMatch(/^ {2}2 {2}bad usage/m);
  }, 30_000);

  test('`pnpm exec kpi export --format csv > file` writes a CSV and nothing else', () => {
    const r = redirected(['pnpm', 'exec', 'kpi', 'export', '--format', 'csv', '--db', db], join(d, 'a.csv'));
    expect(r.status).toBe(0);
    const rows = parse(r.text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]).slice(0, 3)).toEqual(['observation_id', 'report_id', 'file_name']);
    expect(rows.find((x) => x.reported_id === 'Indicator 36')?.current_raw).toBe('100,142');
  }, 30_000);

  test('`pnpm --silent kpi audit --format json > file` writes JSON and nothing else', () => {
    const r = redirected(['pnpm', '--silent', 'kpi', 'audit', '--format', 'json', '--db', db], join(d, 'a.json'));
    expect(r.status).toBe(0);
    const audit = JSON.parse(r.text);
    expect(audit.reports.map((x: { file_name: string }) => x.file_name).sort()).toEqual(['cosmic-2024-25-q2-appendix.md', 'cosmic-2024-25-q4-cover.pdf']);
  }, 30_000);

  test('a failing command prints one line on stderr and nothing from pnpm', () => {
    const r = spawnSync('corepack', ['pnpm', 'exec', 'kpi', 'export', '--db', join(d, 'none.sqlite')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`kpi: no database at ${join(d, 'none.sqlite')}; run 'kpi ingest' first\n`);
  }, 30_000);

  test('a reader that stops early (`| head`) ends the output quietly: no EPIPE trace, exit 0', () => {
    const sql = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) SELECT i, i * 2 AS twice FROM n';
    const kpi = join(ROOT, 'packages/cli/src/launch.mjs');
    const r = spawnSync('bash', ['-c', `set -o pipefail; node "${kpi}" query "${sql}" --db "${db}" --format csv | head -n 2`], { encoding: 'utf8' });
    expect(r.stdout).toBe('i,twice\n1,2\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 30_000);
});
