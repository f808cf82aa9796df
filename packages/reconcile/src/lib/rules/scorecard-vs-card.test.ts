import { describe, expect, test } from '@jest/globals';
import { prov, type ScorecardRow } from '@kpi/extract';
import { archive } from '../../test/hand-made';
import { scorecardVsCard } from './scorecard-vs-card';

const row = (current: string, rag: string): ScorecardRow => ({
  printedId: 'KPI 1',
  title: 'Homes built',
  target: { raw: '80%', prov: prov({ page: 2 }) },
  direction: null,
  current: { raw: current, prov: prov({ page: 2, cell: { table: 0, row: 1, col: 3 } }) },
  previous: null,
  change: null,
  lastUpdated: null,
  rag: { raw: rag, prov: prov({ page: 2 }) },
  prov: prov({ page: 2 }),
});

describe('scorecard-vs-card', () => {
  test('a scorecard value that differs from the card is an error citing the scorecard cell', () => {
    const { ctx } = archive([{ file: 'paper.pdf', cards: [{ id: 'KPI 1', target: '80%', current: '82%', rag: 'Green', scorecard: row('80%', 'Green') }] }]);
    const found = scorecardVsCard.check(ctx);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('error');
    expect(found[0].evidence.compared).toEqual({ field: 'current', scorecard: '80%', card: '82%' });
    // Each source says where it was printed, structured (page, line or cell) as well as in words.
    expect(found[0].evidence.sources).toEqual([
      { what: 'scorecard current value', file: 'paper.pdf', ref: 'p. 2, table 0 row 2 col 4', page: 2, cell: { table: 0, row: 1, col: 3 }, value: '80%' },
      { what: 'card current value', file: 'paper.pdf', ref: 'p. 1, line 3', page: 1, line: { start: 3, end: 3 }, value: '82%' },
    ]);
  });

  test('the same figure or status written differently is no contradiction', () => {
    const { ctx } = archive([{ file: 'paper.pdf', cards: [{ id: 'KPI 1', target: '80%', current: '82%', rag: 'Green', scorecard: row('82.0 %', 'GREEN ') }] }]);
    expect(scorecardVsCard.check(ctx)).toEqual([]);
  });

  test("a table of ratings that gives another previous RAG than the card's is an error", () => {
    const ratings: ScorecardRow = { ...row('82%', 'Green'), target: null, current: null, previousRag: { raw: 'Red', prov: prov({ page: 2, cell: { table: 1, row: 3, col: 1 } }) } };
    const { ctx } = archive([{ file: 'paper.pdf', cards: [{ id: 'KPI 1', target: '80%', current: '82%', rag: 'Green', previousRagRaw: 'Amber', scorecard: ratings }] }]);
    const found = scorecardVsCard.check(ctx);
    expect(found.map((f) => [f.severity, f.evidence.compared])).toEqual([['error', { field: 'previousRag', scorecard: 'Red', card: 'Amber' }]]);
  });
});
