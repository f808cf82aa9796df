import { describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kpi } from '../../test/run-kpi';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const PAPER = join(ROOT, 'test/papers/own-words-2025-26-q2.txt');
const PROFILE = join(ROOT, 'docs/profile.example.json');
const rows = async (db: string) =>
  JSON.parse((await kpi('query', 'SELECT title, current_raw, previous_raw, target_raw, rag_raw, rag, commentary FROM v_observations ORDER BY observation_id', '--db', db, '--format', 'json')).out);

describe('ingest --profile', () => {
  test('without the profile the paper is read but holds no KPI it can recognise', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'kpi-profile-')), 'k.sqlite');
    const r = await kpi('ingest', PAPER, '--db', db, '--jobs', '1');
    expect(r.out + r.err).toMatch(/no KPI content/);
    expect(await rows(db)).toEqual([]);
  });

  test.each(['1', '2'])('with it (--jobs %s) the cards are stored with their printed figures and RAG words', async (jobs) => {
    const db = join(mkdtempSync(join(tmpdir(), 'kpi-profile-')), 'k.sqlite');
    const r = await kpi('ingest', PAPER, '--db', db, '--jobs', jobs, '--profile', PROFILE);
    expect(r.code).toBe(0);
    expect(await rows(db)).toEqual([
      { title: 'Housing benefit processing time', current_raw: '18.2 days', previous_raw: '21.5 days', target_raw: '20 days', rag_raw: 'On course', rag: 'Green', commentary: 'Processing times fell after the new claims system went live in August.' },
      { title: 'Council tax collected', current_raw: '54.1%', previous_raw: '28.0%', target_raw: '55.0%', rag_raw: 'Some slippage', rag: 'Amber', commentary: 'Collection is slightly behind profile because of the later billing run.' },
    ]);
  });

  test('a profile that does not exist is bad usage, before anything is read', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'kpi-profile-')), 'k.sqlite');
    const r = await kpi('ingest', PAPER, '--db', db, '--profile', join(ROOT, 'no-such-profile.json'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^kpi: --profile .*no-such-profile\.json: no such file\n$/);
  });
});
