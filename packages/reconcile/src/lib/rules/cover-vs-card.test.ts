import { describe, expect, test } from '@jest/globals';
import { archive, claim, item } from '../../test/hand-made';
import { coverVsCard } from './cover-vs-card';

const paper = (changeRaw: string, commentary: string) =>
  archive([
    { file: 'cover.docx', kind: 'cover', claims: [claim({ kind: 'improved', count: 1, text: '1 indicator improved', items: [item('KPI 1', 'Homes built', 'Completions rose to 1,400 homes this quarter')] })] },
    { file: 'cards.pdf', cards: [{ id: 'KPI 1', title: 'Homes built', current: '1400', previous: '1200', changeRaw, commentary }] },
  ]);

describe('cover-vs-card', () => {
  test("a cover listing a KPI as improved whose card says otherwise is an error; a quoted figure the card lacks a warning", () => {
    const found = coverVsCard.check(paper('Declining', 'Completions rose to 1,300 homes this quarter').ctx);
    expect(found.map((f) => [f.severity, f.evidence.compared])).toEqual([
      ['warning', { field: 'commentary', coverFigures: ['1400'], cardFigures: ['1300'], period: 'Q2 2024/25' }],
      ['error', { field: 'change', cover: 'Improving', card: 'Declining', statement: '1 indicator improved', period: 'Q2 2024/25' }],
    ]);
    // The finding belongs to the cover report, about the card's measure.
    expect(found[1]).toMatchObject({ reportId: 1, observationId: 1, reportedId: 'KPI 1' });
  });

  test('a cover that agrees with the card raises nothing', () => {
    expect(coverVsCard.check(paper('Improving', 'Completions rose to 1,400 homes this quarter').ctx)).toEqual([]);
  });
});
