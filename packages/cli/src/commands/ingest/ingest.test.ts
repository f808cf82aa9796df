import { describe, expect, test } from '@jest/globals';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CORPUS } from '../../../../../test/expected';
import { kpi } from '../../test/run-kpi';

const dir = () => mkdtempSync(join(tmpdir(), 'kpi-ingest-'));
const docs = async (db: string) => JSON.parse((await kpi('query', 'SELECT file_name, status, error FROM v_documents ORDER BY file_name', '--db', db, '--format', 'json')).out) as { file_name: string; status: string; error: string | null }[];

describe('ingest: what every path the user gave becomes', () => {
  test('a path that does not exist is bad usage: exit 2, one line, nothing stored (not even the database)', async () => {
    const d = dir();
    const db = join(d, 'k.sqlite');
    writeFileSync(join(d, 'real.md'), '# nothing\n');
    const r = await kpi('ingest', join(d, 'real.md'), join(d, 'nosuchfile.pdf'), '--db', db);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`kpi: no such file or directory: ${join(d, 'nosuchfile.pdf')} (nothing was ingested)\n`);
    expect(r.out).toBe('');
    expect(existsSync(db)).toBe(false);
  });

  test('two files with the same bytes: the second says which stored document it duplicates, a failure is given to both', async () => {
    const d = dir();
    const db = join(d, 'k.sqlite');
    copyFileSync(join(CORPUS, 'cosmic-2024-25-q2-appendix.md'), join(d, 'a-cover.md'));
    copyFileSync(join(CORPUS, 'cosmic-2024-25-q2-appendix.md'), join(d, 'b-cover copy.md'));
    writeFileSync(join(d, 'c-empty.txt'), '');
    writeFileSync(join(d, 'd-empty.txt'), '');
    const r = await kpi('ingest', d, '--db', db, '--jobs', '1');
    expect(r.code).toBe(1);
    // Paths are shown relative to where the command ran; names are enough here.
    const lines = (r.out + r.err).split('\n').filter((l) => l.includes(basename(d))).map((l) => l.replaceAll(new RegExp(`\\S*${basename(d)}/`, 'g'), '').replace(/ {2,}/, ' ')).sort();
    // Which of two identical files is stored first depends on which is read first; the other names it.
    const [firstEmpty, secondEmpty] = lines.filter((l) => l.includes('empty.txt'));
    expect([firstEmpty, secondEmpty].map((l) => l.replace(/[cd]-empty/g, 'X')).sort()).toEqual(['failed X.txt: empty: the file is empty', 'failed X.txt: empty: the file is empty (same bytes as X.txt)']);
    const [stored, duplicate] = [lines.find((l) => l.startsWith('stored')), lines.find((l) => l.startsWith('duplicate'))];
    expect(stored).toMatch(/^stored (a-cover|b-cover copy)\.md \(appendix, Q2 2024\/25, \d+ KPIs\)$/);
    expect(duplicate).toMatch(/^duplicate (a-cover|b-cover copy)\.md: same bytes as stored (a-cover|b-cover copy)\.md$/);
    expect(lines).toHaveLength(4);
    // Failures go to stderr, results to stdout.
    expect(r.err).toMatch(/^failed {5}.*d-empty\.txt/m);
    expect(r.out).not.toMatch(/^failed/m);
    expect((await docs(db)).map((x) => `${x.status}:${x.error}`)).toEqual(['ok:null', 'failed:empty: the file is empty']);
    // A later ingest of a third copy names the stored document too.
    copyFileSync(join(CORPUS, 'cosmic-2024-25-q2-appendix.md'), join(d, 'e.md'));
    const again = await kpi('ingest', join(d, 'e.md'), '--db', db);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^duplicate {2}.*e\.md: same bytes as stored .*(a-cover|b-cover copy)\.md$/m);
  });

  test('--format json prints one machine-readable summary with every path', async () => {
    const d = dir();
    copyFileSync(join(CORPUS, 'cosmic-2024-25-q2-appendix.md'), join(d, 'a.md'));
    copyFileSync(join(CORPUS, 'cosmic-2024-25-q2-appendix.md'), join(d, 'b.md'));
    writeFileSync(join(d, 'sheet.xlsx'), 'x');
    const r = await kpi('ingest', d, '--db', join(d, 'k.sqlite'), '--jobs', '1', '--format', 'json');
    expect(r.code).toBe(1);
    const s = JSON.parse(r.out);
    expect({ stored: s.stored, unchanged: s.unchanged, duplicates: s.duplicates, failed: s.failed, interrupted: s.interrupted }).toEqual({ stored: 1, unchanged: 1, duplicates: 1, failed: 1, interrupted: false });
    expect(s.observations).toBeGreaterThan(0);
    const byName = Object.fromEntries(s.paths.map((p: { path: string }) => [p.path.split('/').pop(), p]));
    expect(byName['a.md'].status).toBe('stored');
    expect(byName['b.md']).toEqual({ path: expect.stringMatching(/b\.md$/), status: 'duplicate', duplicateOf: expect.stringMatching(/a\.md$/) });
    expect(byName['sheet.xlsx']).toEqual({ path: expect.stringMatching(/sheet\.xlsx$/), status: 'failed', error: expect.stringMatching(/^unsupported-format: /) });
    // The failure is still said on stderr for a person watching.
    expect(r.err).toMatch(/^failed .*sheet\.xlsx/m);
  });
});
