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

  test('a text dump with a spaced table under a rule, or a tab-separated one, keeps the plain-text reading', () => {
    const spaced = ['Status          Number of KPIs    Percentage', '---------------------------------------------', 'Red                          1           10%', 'Green                        9           90%', '', 'Commentary: performance held up this quarter.'].join('\n');
    expect(isLayoutText(spaced)).toBe(false);
    expect(isLayoutText(SIDE_BY_SIDE.replace(/ {4,}/g, '\t'))).toBe(false);
  });
});
