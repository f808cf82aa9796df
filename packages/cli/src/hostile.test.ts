import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { openStore } from '@kpi/store';
import { CORPUS } from '../../../test/expected';
import { makePdf } from '@kpi/extract/testing';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = ['--import', 'tsx', join(ROOT, 'packages/cli/src/bin.ts')];

/** An archive of broken and hostile files generated here, mixed with good papers. */
async function hostileArchive(): Promise<string> {
  const d = mkdtempSync(join(tmpdir(), 'kpi-hostile-'));
  const bad = join(d, 'in box ü ✓');
  mkdirSync(bad);
  // Good papers, some under awkward names and encodings.
  copyFileSync(join(CORPUS, 'cosmic-2024-25-q4-dashboard.pdf'), join(bad, 'Q4 dashboard (final) é.pdf'));
  copyFileSync(join(CORPUS, 'cosmic-2025-26-q1.docx'), join(bad, 'q1 report.docx'));
  const cover = readFileSync(join(CORPUS, 'cosmic-2024-25-q2-cover.md'), 'utf8');
  writeFileSync(join(bad, 'cover-utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cover, 'utf16le')]));
  const seed = readFileSync(join(CORPUS, 'seeds/002_a3d3fb89a0e2cb87.txt'), 'utf8').replace(/’/g, "'");
  writeFileSync(join(bad, 'cover-1252.txt'), Buffer.from(`${seed}\nCost: £1.2m\n`, 'latin1'));
  // Broken PDFs.
  const pdf = readFileSync(join(CORPUS, 'cosmic-2024-25-q4-cover.pdf'));
  writeFileSync(join(bad, 'truncated.pdf'), pdf.subarray(0, 3000));
  writeFileSync(join(bad, 'empty.pdf'), '');
  writeFileSync(join(bad, 'random.pdf'), Buffer.from(Array.from({ length: 20000 }, (_, i) => (i * 2654435761) % 256)));
  const plain = Buffer.from(makePdf([{ texts: [{ x: 40, top: 40, text: 'secret' }] }])).toString('latin1');
  const encrypted = plain.replace('trailer\n<< ', `trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /O <${'41'.repeat(32)}> /U <${'42'.repeat(32)}> /P -4 >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] `);
  writeFileSync(join(bad, 'encrypted.pdf'), Buffer.from(encrypted, 'latin1'));
  const tiny = Array.from({ length: 3000 }, (_, n) => ({ texts: Array.from({ length: 40 }, (__, k) => ({ x: 20 + (k % 4) * 130, top: 20 + Math.floor(k / 4) * 8, text: `p${n} t${k} 12.5%`, size: 2 })) }));
  writeFileSync(join(bad, 'thousands.pdf'), makePdf(tiny));
  // Broken and hostile Word files.
  const bomb = new JSZip();
  bomb.file('word/document.xml', `<w:document>${'<w:p/>'.repeat(5_000_000)}</w:document>`);
  writeFileSync(join(bad, 'bomb.docx'), await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
  const xxe = new JSZip();
  xxe.file('word/document.xml', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>');
  writeFileSync(join(bad, 'xxe.docx'), await xxe.generateAsync({ type: 'uint8array' }));
  writeFileSync(join(bad, 'not-a-zip.docx'), 'hello');
  // Text that is not a paper.
  writeFileSync(join(bad, 'binary.md'), Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 256)));
  writeFileSync(join(bad, 'huge.md'), Buffer.alloc(100 * 1024 * 1024, 'a'));
  writeFileSync(join(bad, 'notes.xlsx'), 'x');
  // A symlink loop and a dangling self-link.
  symlinkSync(bad, join(bad, 'loop'));
  symlinkSync(join(bad, 'self'), join(bad, 'self'));
  return d;
}

describe('hostile and broken inputs', () => {
  test('each bad file gets a one-line reason in the output and v_documents; every good file is stored', async () => {
    const d = await hostileArchive();
    const db = join(d, 'k.sqlite');
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [...CLI, 'ingest', d, '--db', db, '--jobs', '2', '--timeout', '8', '--quiet'], { encoding: 'utf8', cwd: ROOT, timeout: 170_000 });
    const seconds = (Date.now() - t0) / 1000;
    expect(r.status).toBe(1);
    expect(seconds).toBeLessThan(150);
    const con = openStore(db, { readonly: true });
    const docs = con.query('SELECT file_name, status, error FROM v_documents ORDER BY file_name').rows as { file_name: string; status: string; error: string | null }[];
    const byName = Object.fromEntries(docs.map((x) => [x.file_name, x]));
    for (const good of ['Q4 dashboard (final) é.pdf', 'q1 report.docx', 'cover-utf16.md', 'cover-1252.txt']) expect({ good, status: byName[good]?.status, error: byName[good]?.error }).toEqual({ good, status: 'ok', error: null });
    const reason = (name: string) => byName[name]?.error ?? `(no row for ${name})`;
    expect(reason('truncated.pdf')).toMatch(/^(damaged|no-text):/);
    expect(reason('empty.pdf')).toBe('empty: the file is empty');
    expect(reason('random.pdf')).toMatch(/^damaged: not a PDF/);
    expect(reason('encrypted.pdf')).toBe('encrypted: the PDF is password-protected');
    expect(reason('thousands.pdf')).toMatch(/^(timeout|too-large|no-text):/);
    expect(reason('bomb.docx')).toMatch(/^zip-bomb:/);
    expect(reason('xxe.docx')).toMatch(/^damaged: .*entities/);
    expect(reason('not-a-zip.docx')).toBe('damaged: not a .docx (not a zip archive)');
    expect(reason('binary.md')).toMatch(/^binary:/);
    expect(reason('huge.md')).toMatch(/^too-large:/);
    expect(reason('notes.xlsx')).toMatch(/^unsupported-format:/);
    expect(reason('self')).toMatch(/symbolic link loop|cannot read/);
    for (const x of docs) if (x.error) expect(x.error).not.toMatch(/\n/);
    // Every failure was also printed on one line.
    const failed = r.stderr.split('\n').filter((l) => l.startsWith('failed'));
    expect(failed.length).toBe(docs.filter((x) => x.status === 'failed').length);
    // The good papers' values are right despite the encodings.
    const summary = con.query("SELECT status, count FROM v_summary_counts WHERE file_name = 'cover-utf16.md' ORDER BY status").rows;
    // Statuses printed with a dash count 0 (the contract), so the dashes of this cover are rows too.
    expect(summary).toEqual([
      { status: 'Amber', count: 0 },
      { status: 'Baseline', count: 0 },
      { status: 'Contextual', count: 10 },
      { status: 'Green', count: 9 },
      { status: 'In Development', count: 0 },
      { status: 'Red', count: 1 },
      { status: 'Suspended', count: 0 },
    ]);
    expect(con.query("SELECT count(*) AS n FROM v_observations WHERE file_name = 'Q4 dashboard (final) é.pdf'").rows[0].n).toBe(10);
    con.close();
  }, 180_000);
});
