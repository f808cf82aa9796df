/** The family scorer: matching by title then order, printed-text comparison, canonical RAGs, summary counts. */
import { describe, expect, test } from '@jest/globals';
import { prov, type Card } from '../../lib/schema';
import type { ParsedReport } from '../../lib/parse/report';
import type { CardModel, ReportModel } from './model';
import { canonicalRag, fieldRatio, scoreReport } from './score';

const cell = (raw: string) => ({ raw, prov: prov() });
const truthCard = (title: string, over: Partial<CardModel> = {}): CardModel => ({
  printedId: null, title, target: '90%', floor: null, current: '1,234', previous: null, previousRag: null, direction: 'higher',
  directionText: null, change: null, rag: 'Green', description: null, commentary: null, pathToGreen: null, actions: null, ...over,
});
const card = (title: string | null, over: Partial<Card> = {}): Card => ({
  printedId: null, title, targetLabel: null, target: cell('90%'), direction: null, current: cell('1,234'), previous: null, change: null, currentLabel: null,
  periodBasis: null, rag: cell('G'), floorLabel: null, floor: null, previousRag: null, description: null, commentary: null, pathToGreen: null, actions: null,
  usefulLinks: null, dated: null, start: prov(), confidence: 1, notes: [], ...over,
});
const report = (cards: Card[], summary: [string, string][] = []): ParsedReport => ({
  committee: 'c', kind: 'scorecard-and-cards', producedOn: null, periodEvidence: [], cards, scorecard: [], ragKey: [], claims: [], charts: [],
  summary: summary.map(([status, raw]) => ({ status, count: cell(raw), percentage: null, prov: prov() })),
});
const truth = (cards: CardModel[], summary: ReportModel['summary'] = null): ReportModel => ({
  seed: 1, council: 'c', committee: 'c', fiscalYear: '2025/26', quarter: 2, title: 't', periods: { current: 'Q2 2025/26', previous: 'Q1 2025/26' }, ragStyle: 'letter', summary, cards,
});

describe('family scorer', () => {
  test('RAG letters and upper case are their canonical word', () => {
    expect([canonicalRag('G'), canonicalRag('AMBER'), canonicalRag(' red '), canonicalRag(null)]).toEqual(['Green', 'Amber', 'Red', null]);
  });

  test('values compare as printed: case and spaces fold, thousands separators do not', () => {
    const s = scoreReport(report([card('Homes  DELIVERED', { current: cell('1234') })]), truth([truthCard('Homes delivered')]));
    expect([s.found, s.spurious, s.fields.title.right, s.fields.current, s.fields.rag.right]).toEqual([1, 0, 1, { right: 0, total: 1 }, 1]);
  });

  test('cards match by title first, then by agreeing fields; a card agreeing on nothing is spurious and the truth card missing', () => {
    const s = scoreReport(report([card('B'), card('Chart axis', { current: cell('Jan 2025'), target: null, rag: null }), card('A')]), truth([truthCard('A'), truthCard('B'), truthCard('C', { current: '5' })]));
    expect([s.cards, s.found, s.spurious]).toEqual([3, 2, 1]);
    expect(s.misses).toContain('card 3 title: want "C" got (no card)');
  });

  test('untitled cards: a card the parser missed does not shift the next one onto its figures', () => {
    const got = [card(null, { current: cell('10') }), card(null, { current: cell('30'), target: cell('35%') })];
    const s = scoreReport(report(got), truth([truthCard('A', { current: '10' }), truthCard('B', { current: '20', target: '25%' }), truthCard('C', { current: '30', target: '35%' })]));
    expect([s.found, s.spurious, s.fields.current, s.fields.target]).toEqual([2, 0, { right: 2, total: 3 }, { right: 2, total: 3 }]);
  });

  test('a field neither printed nor extracted is not scored; one extracted but not printed is wrong', () => {
    const s = scoreReport(report([card('A', { commentary: 'invented' })]), truth([truthCard('A')]));
    expect([s.fields.description.total, s.fields.commentary]).toEqual([0, { right: 0, total: 1 }]);
  });

  test('summary counts: a dash is zero, statuses by canonical word, a missing status is wrong', () => {
    const t = truth([], [{ status: 'Green', count: 3 }, { status: 'Amber', count: 0 }, { status: 'Red', count: 1 }]);
    const s = scoreReport(report([], [['G', '3'], ['AMBER', '–'], ['Total', '4']]), t);
    expect(s.fields.summary).toEqual({ right: 2, total: 3 });
    // The committee (right here) is scored with the summary.
    expect(fieldRatio(s)).toEqual({ right: 3, total: 4 });
  });

  test('no report (the file could not be read): every printed field is wrong', () => {
    const s = scoreReport(null, truth([truthCard('A')]));
    expect([s.found, fieldRatio(s)]).toEqual([0, { right: 0, total: 5 }]);
  });

  test('the committee is scored once per paper, as printed', () => {
    const s = scoreReport({ ...report([card('A')]), committee: 'Cabinet Member for Housing' }, { ...truth([truthCard('A')]), committee: 'Cabinet' });
    expect(s.fields.committee).toEqual({ right: 0, total: 1 });
    expect(s.misses).toContain('committee: want "Cabinet" got "Cabinet Member for Housing"');
  });
});
