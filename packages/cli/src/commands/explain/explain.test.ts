import { describe, expect, test } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { kpi } from '../../test/run-kpi';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const PAPER = `${ROOT}test/papers/own-words-2025-26-q2.txt`;
const PROFILE = `${ROOT}docs/profile.example.json`;

describe('kpi explain', () => {
  test('a paper in words the vocabulary does not know: no cards, why not, and the profile that would help', async () => {
    const { code, out } = await kpi('explain', PAPER);
    expect(code).toBe(0);
    expect(out).toMatch(/^own-words-2025-26-q2\.txt: \d+ blocks, \d+ card candidates, 0 cards$/m);
    expect(out).toContain('why not: no figures');
    // Each unknown label is named with its value, the line it is on and a suggested field.
    expect(out).toContain('"Position at quarter end" = 18.2 days  [line 6]  suggested: {"current":["Position at quarter end"]}');
    expect(out).toContain('"Position last quarter" = 21.5 days  [line 7]  suggested: {"previous":["Position last quarter"]}');
    expect(out).toContain('"Ambition 2025/26" = 20 days  [line 8]  suggested: {"target":["Ambition 2025/26"]}');
    expect(out).toContain('No cards: a card needs figures');
  });

  test('with the profile the same paper gives its cards, each pair with the line it was printed on', async () => {
    const { code, out } = await kpi('explain', PAPER, '--profile', PROFILE, '--format', 'json');
    expect(code).toBe(0);
    const x = JSON.parse(out);
    expect(x.cards).toBe(2);
    const card = x.candidates.find((c: { card: boolean }) => c.card);
    expect(card.title).toBe('Housing benefit processing time');
    expect(card.pairs.map((p: { field: string; raw: string; where: string }) => [p.field, p.raw, p.where])).toEqual([
      ['current', '18.2 days', 'line 6'],
      ['previous', '21.5 days', 'line 7'],
      ['target', '20 days', 'line 8'],
      ['rag', 'On course', 'line 9'],
    ]);
  });

  test('a profile that does not validate is a usage error naming the entry', async () => {
    const { code, err } = await kpi('explain', PAPER, '--profile', `${ROOT}package.json`);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/--profile .*package\.json: profile/);
  });
});
