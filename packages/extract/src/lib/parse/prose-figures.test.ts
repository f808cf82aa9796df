import { describe, expect, test } from '@jest/globals';
import { proseFigures } from './prose-figures';
import { parseBlocks } from './report';
import { prov } from '../schema';

const read = (text: string) => proseFigures(text, prov()).map((p) => [p.field, p.raw]);

describe('figures written as a sentence (exception reports)', () => {
  test('the figure against a target, and the period before', () => {
    expect(read('Performance for the quarter was 24.6 days against a target of 20 days, compared with 22.1 days in Quarter 1.')).toEqual([['current', '24.6 days'], ['target', '20 days'], ['previous', '22.1 days']]);
    expect(read('71% of planned inspections were completed on time (target 90%; Quarter 1: 76%).')).toEqual([['current', '71%'], ['target', '90%'], ['previous', '76%']]);
    expect(read('Collection reached 56.2% compared with a target of 55.5%.')).toEqual([['current', '56.2%'], ['target', '55.5%']]);
  });

  test('a sentence with figures but no target is no card’s figures', () => {
    expect(read('Demand rose by 12% compared with 2023, and 340 households were helped.')).toEqual([]);
    expect(read('The team answered 4,100 calls in September.')).toEqual([]);
  });

  test("an identified heading over such a sentence and a 'Status: Red' line is a card (before: no card, the exception report read nothing)", async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const md = '# Performance Exception Report, Quarter 2 2024/25\n\n### KPI 14 – Average time to process new Housing Benefit claims\n\nStatus: Red\n\nPerformance for the quarter was 24.6 days against a target of 20 days, compared with 22.1 days in Quarter 1.\n\nReason for under-performance: Two experienced assessors left in July.\n\n### Background\n\nThe council processed 4,100 claims against a target of 4,000 last year.\n';
    const cards = parseBlocks(await markdownBlocks(md)).cards;
    // One card: the sentence under a heading with no identifier ('Background') makes none.
    expect(cards.map((c) => [c.printedId, c.current?.raw, c.target?.raw, c.previous?.raw, c.rag?.raw])).toEqual([['KPI 14', '24.6 days', '20 days', '22.1 days', 'Red']]);
    expect(cards[0].commentary).toMatch(/^Two experienced assessors left in July\./);
  });
});
