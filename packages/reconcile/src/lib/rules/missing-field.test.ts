import { describe, expect, test } from '@jest/globals';
import { archive } from '../../test/hand-made';
import { missingField } from './missing-field';

describe('missing-field', () => {
  test('a card without a RAG rating, a heading, or a numeric target where it is rated is reported field by field', () => {
    const { ctx } = archive([{ file: 'paper.pdf', cards: [{ current: '82%', target: '80%', rag: 'n/a' }, { id: 'KPI 2', current: '82%', target: 'TBC', rag: 'Green' }] }]);
    const found = missingField.check(ctx);
    expect(found.map((f) => [f.severity, f.observationId, f.evidence.compared])).toEqual([
      ['warning', 1, { field: 'rag', printed: 'n/a' }],
      ['info', 1, { field: 'heading', deduced: null, method: null }],
      ['warning', 2, { field: 'target', printed: 'TBC', rag: 'Green' }],
    ]);
  });

  test('a complete card, or a scorecard-only row, raises nothing', () => {
    const { ctx } = archive([{ file: 'paper.pdf', cards: [{ id: 'KPI 1', current: '82%', target: '80%', rag: 'Green' }, { origin: 'scorecard', current: '1' }] }]);
    expect(missingField.check(ctx)).toEqual([]);
  });
});
