import { describe, expect, test } from '@jest/globals';
import { archive } from '../../test/hand-made';
import { summaryCountVsCards } from './summary-count-vs-cards';

const cards = [
  { id: 'KPI 1', rag: 'Red' },
  { id: 'KPI 2', rag: 'Green' },
  { id: 'KPI 3', rag: 'Green' },
  { id: 'KPI 4' },
];
const cover = (summary: { status: string; count: number | null; percentage: number | null }[]) => ({ file: 'cover.md', kind: 'cover', summary: summary.map((s) => ({ ...s, sourceRef: 'p. 1' })) });

describe('summary-count-vs-cards', () => {
  test("a cover's count that the quarter's cards do not bear out is an error naming both counts", () => {
    const { ctx } = archive([cover([{ status: 'Red', count: 2, percentage: null }, { status: 'Green', count: 2, percentage: null }]), { file: 'cards.pdf', cards }]);
    const found = summaryCountVsCards.check(ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', reportId: 1, observationId: null });
    expect(found[0].evidence.compared).toEqual({ status: 'Red', summaryCount: 2, cardCount: 1, unratedCards: 1 });
    expect(found[0].evidence.sources.map((s) => s.what)).toEqual(['summary table', 'KPI 1 RAG']);
  });

  test('a percentage that does not follow from the counts is a warning with the expected figure', () => {
    const { ctx } = archive([cover([{ status: 'Red', count: 1, percentage: 50 }, { status: 'Green', count: 2, percentage: 67 }]), { file: 'cards.pdf', cards }]);
    const found = summaryCountVsCards.check(ctx);
    expect(found.map((f) => f.evidence.compared)).toEqual([{ status: 'Red', count: 1, total: 3, percentage: 50, expected: 33.33 }]);
  });

  test('counts that match the cards, or cards of another quarter, raise nothing', () => {
    const matching = archive([cover([{ status: 'Red', count: 1, percentage: 33 }, { status: 'Green', count: 2, percentage: 67 }]), { file: 'cards.pdf', cards }]);
    expect(summaryCountVsCards.check(matching.ctx)).toEqual([]);
    const otherQuarter = archive([cover([{ status: 'Red', count: 5, percentage: null }]), { file: 'cards.pdf', quarter: 3, cards }]);
    expect(summaryCountVsCards.check(otherQuarter.ctx)).toEqual([]);
  });
});
