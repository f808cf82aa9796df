import { describe, expect, test } from '@jest/globals';
import { textBlocks } from './text';
import { isLayoutText } from './layout-text';
import { parseBlocks } from '../parse/report';

/** `pdftotext -layout` of a page with two cards side by side (a Chromium print of a council's dashboard). */
const SIDE_BY_SIDE = [
  'Resources Committee – Quarter 2 2024/25 performance',
  '',
  'FR01 Council tax collected                          FR02 Business rates collected',
  'Target: 96.5%                                       Target: 98.0%',
  'Current: 57.2%                                      Current: 54.8%',
  'Previous: 29.1%                                     Previous: 30.2%',
  'RAG: Green                                          RAG: Amber',
  'Commentary: Collection is slightly ahead of the     Commentary: Two large accounts are in dispute and',
  'profile for the second quarter, helped by the new   recovery action has started.',
  'direct debit campaign.',
  '',
  '',
  '',
  'FR03 Invoices paid within 30 days                   FR04 Sundry debt over 90 days',
  'Target: 95%                                         Target: £1.2m',
  'Current: 91.3%                                      Current: £1.45m',
  'Previous: 93.0%                                     Previous: £1.38m',
  'RAG: Red                                            RAG: Amber',
  'Commentary: A change of finance system slowed       Commentary: Adult social care debt accounts for',
  'approvals in August.                                most of the increase.',
  '',
  ].join('\n');

describe('text that keeps a PDF page layout (pdftotext -layout)', () => {
  test('two cards side by side on each line are read card by card, each with its own figures and commentary', async () => {
    expect(isLayoutText(SIDE_BY_SIDE)).toBe(true);
    const blocks = await textBlocks(SIDE_BY_SIDE);
    const cards = parseBlocks(blocks).cards;
    expect(cards.map((c) => [c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw, c.rag?.raw, c.commentary])).toEqual([
      ['FR01', '96.5%', '57.2%', '29.1%', 'Green', 'Collection is slightly ahead of the profile for the second quarter, helped by the new direct debit campaign.'],
      ['FR02', '98.0%', '54.8%', '30.2%', 'Amber', 'Two large accounts are in dispute and recovery action has started.'],
      ['FR03', '95%', '91.3%', '93.0%', 'Red', 'A change of finance system slowed approvals in August.'],
      ['FR04', '£1.2m', '£1.45m', '£1.38m', 'Amber', 'Adult social care debt accounts for most of the increase.'],
    ]);
    // Every block says the lines it came from.
    expect(cards[1].start.line).toEqual({ start: 3, end: 3 });
  });

  test("a title right above a table's headings, across the first of them, is not taken into their column (before: 'Ref', 'Measure' and 'Polarity' were lost)", async () => {
    const text = [
      'Cabinet – 12 December 2024',
      '',
      'Appendix A – Performance scorecard, Quarter 2 2024/25',
      'Ref     Measure                              Polarity   Annual       Q1 actual    Q2 actual    Q2 RAG     DoT   Comments',
      '                                                        target',
      ...['ENV 1   Household waste recycled             High            52.0%        49.8%        51.2%   Amber       ↑    Garden waste tonnage up.',
        'ENV 2   Fly-tips removed within 48 hours     High              95%        97.1%        96.4%   Green       ↓    Stable.',
        'ENV 3   Missed bin collections per 100,000   Low                 60           58           83   Red         ↓    Depot fire week.',
        'HSG 1   Homelessness preventions             High              TBC          212          248   Amber       ↑    Target to be set.',
        'HSG 2   Households in temporary housing      Low               180          195          188   Amber       ↑    Slightly better.',
        'HSG 3   Empty homes brought back into use    High               40           12           25   Green       ↑    On track.',
        'HSG 4   Rent collected                       High              98%          96%          97%   Amber       ↑    Improving.'],
      '',
      '                                                                                                      Page 3',
    ].join('\n');
    expect(isLayoutText(text)).toBe(true);
    const table = (await textBlocks(text)).find((b) => b.kind === 'table')!;
    expect(table.rows![0]).toEqual(['Ref', 'Measure', 'Polarity', 'Annual target', 'Q1 actual', 'Q2 actual', 'Q2 RAG', 'DoT', 'Comments']);
    expect(parseBlocks(await textBlocks(text)).scorecard.map((r) => [r.printedId, r.target?.raw, r.current?.raw])).toEqual([
      ['ENV 1', '52.0%', '51.2%'], ['ENV 2', '95%', '96.4%'], ['ENV 3', '60', '83'], ['HSG 1', 'TBC', '248'], ['HSG 2', '180', '188'], ['HSG 3', '40', '25'], ['HSG 4', '98%', '97%'],
    ]);
  });

  test('a text dump with a spaced table under a rule, or a tab-separated one, keeps the plain-text reading', () => {
    const spaced = ['Status          Number of KPIs    Percentage', '---------------------------------------------', 'Red                          1           10%', 'Green                        9           90%', '', 'Commentary: performance held up this quarter.'].join('\n');
    expect(isLayoutText(spaced)).toBe(false);
    expect(isLayoutText(SIDE_BY_SIDE.replace(/ {4,}/g, '\t'))).toBe(false);
  });
});
