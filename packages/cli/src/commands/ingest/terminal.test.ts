import { describe, expect, test } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '@kpi/store';
import { CORPUS } from '../../../../../test/expected';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/src/bin.ts');
const papers = () => {
  const d = mkdtempSync(join(tmpdir(), 'kpi-term-'));
  cpSync(CORPUS, join(d, 'papers'), { recursive: true });
  return d;
};
// util-linux's `script` gives the command a real terminal.
const withPty = existsSync('/usr/bin/script') ? test : test.skip;

describe('ingest on a terminal and when interrupted', () => {
  withPty('shows a progress bar on a terminal, and none when output is piped', () => {
    const d = papers();
    const tty = spawnSync('/usr/bin/script', ['-qfc', `${process.execPath} --import tsx ${BIN} ingest ${join(d, 'papers')} --db ${join(d, 'a.sqlite')} --jobs 1`, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    expect(tty.stdout).toMatch(/ingest \[[█░]+\] 15\/15 documents \| 53 pages \| 0 failed/);
    const piped = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'ingest', join(d, 'papers'), '--db', join(d, 'b.sqlite'), '--jobs', '1'], { cwd: ROOT, encoding: 'utf8' });
    expect(piped.stdout + piped.stderr).not.toMatch(/ingest \[/);
    expect(piped.stdout).toMatch(/13 stored, 2 unchanged, 0 failed/);
  }, 90_000);

  withPty('a failure line printed under the progress bar is never drawn over', () => {
    const d = mkdtempSync(join(tmpdir(), 'kpi-term-'));
    mkdirSync(join(d, 'papers'));
    writeFileSync(join(d, 'papers', 'a-sheet.xlsx'), 'not a paper');
    for (const f of ['cosmic-2024-25-q2-appendix.md', 'cosmic-2024-25-q2-cover.md', 'seeds/002_a3d3fb89a0e2cb87.txt']) cpSync(join(CORPUS, f), join(d, 'papers', f.replace('seeds/', '')));
    const tty = spawnSync('/usr/bin/script', ['-qfc', `${process.execPath} --import tsx ${BIN} ingest ${join(d, 'papers')} --db ${join(d, 'a.sqlite')} --jobs 1`, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    const raw = tty.stdout;
    const at = raw.indexOf('failed     ');
    expect(at).toBeGreaterThan(-1);
    expect(raw.slice(at)).toMatch(/^failed {5}.*a-sheet\.xlsx: unsupported-format/);
    // cli-progress saves the cursor (ESC 7) where the bar starts and returns there (ESC 8) when it stops:
    // after the line, every return must be to a place saved after it, or the line would be overwritten.
    const after = raw.slice(at);
    const firstRestore = after.indexOf('\x1b8');
    const firstSave = after.indexOf('\x1b7');
    expect(firstSave).toBeGreaterThan(-1);
    if (firstRestore > -1) expect(firstSave).toBeLessThan(firstRestore);
    expect(raw).toMatch(/3 stored, 0 unchanged, 1 failed/);
  }, 90_000);

  test('Ctrl-C stops cleanly: exit 130, what was stored is whole, and a re-run finishes the job', async () => {
    const d = papers();
    const db = join(d, 'k.sqlite');
    const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'ingest', join(d, 'papers'), '--db', db, '--jobs', '1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b) => {
      out += String(b);
      if (/^stored/m.test(out) && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
    expect(code).toBe(130);
    expect(out).toMatch(/^interrupted: \d+ stored/m);
    const s = openStore(db, { readonly: true });
    expect(s.query('PRAGMA integrity_check').rows[0].integrity_check).toBe('ok');
    const stored = Number(s.query("SELECT count(*) AS n FROM v_documents WHERE status = 'ok'").rows[0].n);
    s.close();
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(13);
    const again = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'ingest', join(d, 'papers'), '--db', db, '--jobs', '1', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`${13 - stored} stored`));
  }, 90_000);
});
