import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const CLI = ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts')];
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
// Chromium comes from Debian's packages; .ci/run installs it. Without it this check is reported as skipped.
const withBrowser = CHROMIUM ? test : test.skip;

describe('the HTML audit in a real browser', () => {
  withBrowser('renders in headless Chromium with no script or console errors', () => {
    const d = mkdtempSync(join(tmpdir(), 'kpi-html-'));
    const db = join(d, 'k.sqlite');
    expect(spawnSync(process.execPath, [...CLI, 'ingest', join(ROOT, 'fixtures'), '--db', db, '--jobs', '1', '--quiet'], { cwd: ROOT }).status).toBe(0);
    const html = join(d, 'audit.html');
    expect(spawnSync(process.execPath, [...CLI, 'audit', '--db', db, '--format', 'html', '--out', html], { cwd: ROOT }).status).toBe(0);
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(d, 'profile')}`, '--enable-logging=stderr', '--v=0'];
    const dom = spawnSync(CHROMIUM!, [...flags, '--dump-dom', `file://${html}`], { encoding: 'utf8', timeout: 60_000 });
    expect(dom.stdout).toContain('<h1>KPI archive audit</h1>');
    expect(dom.stdout).toContain('cover-vs-card');
    expect((dom.stdout.match(/<svg class="trend"/g) ?? []).length).toBeGreaterThan(5);
    expect(dom.stderr).not.toMatch(/Uncaught|CONSOLE.*(error|Error)|Refused to/);
    // The severity summary, contents and paper sections are in the rendered page.
    expect(dom.stdout).toMatch(/<table class="overview">/);
    expect(dom.stdout).toMatch(/<h2>Contents<\/h2>/);
    expect(dom.stdout).toContain('also archived as');
    // Desktop and phone widths (looked at while building; kept here as a smoke check that both render).
    for (const [name, size] of [['desktop', '1280,2000'], ['phone', '390,2000']]) {
      const png = join(d, `audit-${name}.png`);
      spawnSync(CHROMIUM!, [...flags, '--hide-scrollbars', `--screenshot=${png}`, `--window-size=${size}`, `file://${html}`], { encoding: 'utf8', timeout: 60_000 });
      expect(statSync(png).size).toBeGreaterThan(20_000);
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    }
  }, 120_000);
});
