import { describe, expect, test } from '@jest/globals';
import { archive, claim, item } from '../../test/hand-made';
import { countVsList } from './count-vs-list';

const list = [item('KPI 1', 'Homes built'), item('KPI 2', 'Rough sleepers')];
const cover = (count: number, redCount: number) =>
  archive([
    {
      file: 'cover.docx',
      kind: 'cover',
      summary: [{ status: 'Red', count: 2, percentage: null, sourceRef: 'p. 1' }],
      claims: [claim({ kind: 'improved', count, text: `${count} indicators improved`, items: list }), claim({ kind: 'status-count', status: 'Red', count: redCount, text: `There are ${redCount} Red indicators` })],
    },
  ]);

describe('count-vs-list', () => {
  test('a stated count that differs from the list under it, or from the summary table, is an error', () => {
    const found = countVsList.check(cover(3, 1).ctx);
    expect(found.map((f) => f.evidence.compared)).toEqual([
      { stated: 3, listed: 2, items: ['KPI 1', 'KPI 2'], text: '3 indicators improved' },
      { stated: 1, summary: 2, status: 'Red', text: 'There are 1 Red indicators' },
    ]);
    expect(found.every((f) => f.severity === 'error' && f.reportId === 1 && f.observationId === null)).toBe(true);
  });

  test('counts that match raise nothing', () => {
    expect(countVsList.check(cover(2, 2).ctx)).toEqual([]);
  });
});
