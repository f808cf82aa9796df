/** Test support: golden-card comparison, summary figures, and one-line extraction failures. */
import { expect } from '@jest/globals';
import type { Card, SummaryCount } from '../lib/schema';
import { ExtractError } from '../lib/errors';
import type { ExpectedCard } from '../../../../test/expected';

/** Direction as the card prints it: arrows (including the symbol-font letters h/i) or words. */
const parseDirection = (raw?: string | null) => (!raw ? null : /^(?:↑|h|higher)/i.test(raw) ? 'higher' : /^(?:↓|i|lower)/i.test(raw) ? 'lower' : null);

/** Compare every card with the golden list, field by field, with the card named in the failure. */
export function expectCards(cards: Card[], expected: ExpectedCard[], headless: string[] = []) {
  expect(cards.map((c) => c.printedId ?? c.current?.raw)).toEqual(expected.map((e) => (e.id && !headless.includes(e.id) ? e.id : e.current)));
  cards.forEach((c, i) => {
    const e = expected[i];
    const got = {
      id: c.printedId,
      target: c.target?.raw ?? null,
      direction: parseDirection(c.direction?.raw),
      current: c.current?.raw ?? null,
      previous: c.previous?.raw ?? null,
      change: c.change?.raw === 'NA' ? 'N/A' : c.change?.raw ?? null,
      basis: c.periodBasis,
      rag: c.rag?.raw ?? null,
      commentary: c.commentary?.slice(0, e.commentary?.length ?? 0) ?? null,
    };
    expect({ card: i, ...got }).toEqual({ card: i, ...e, id: e.id && headless.includes(e.id) ? null : e.id });
  });
}


/** A RAG summary table as printed figures ('-' for none kept as printed), for comparing with the golden counts. */
export const summaryOf = (summary: SummaryCount[]) =>
  summary.map((s) => ({ status: s.status, count: s.count?.raw ?? null, percentage: s.percentage?.raw ?? null }));

/** Run an extraction that must fail; returns 'code: message' after checking it is one ExtractError line. */
export async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'no error';
  } catch (e) {
    expect(e).toBeInstanceOf(ExtractError);
    expect((e as Error).message).not.toMatch(/\n/);
    return `${(e as ExtractError).code}: ${(e as Error).message}`;
  }
}
