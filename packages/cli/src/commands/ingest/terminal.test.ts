import { describe, expect, test } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
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
