import { describe, expect, test } from '@jest/globals';
import { textBlocks, unquoted } from './text';
import { parseBlocks } from '../parse/report';

/** A performance update forwarded in an email reply: the paper's text quoted with '> ' marks. */
const EMAIL = [
  'From: Performance Team',
  'Subject: RE: Q2 2024/25 KPI update for Resources Committee',
  '',
  'Hi all, figures below as requested.',
  '',
  '> Resources Committee',
  '> Performance Report – Quarter 2 2024/25',
  '>',
  '> KPI 07 - Percentage of invoices paid within 30 days',
  '> Target: 95%',
  '> Previous (Q1): 93.2%',
  '> Current (Q2): 91.5%',
  '> RAG rating: Amber',
  '> Commentary: Backlog cleared in August; agency staff joined in September.',
  '>',
  '>> KPI 08 - Council tax collected',
  '>> Target: 97%',
  '>> Current (Q2): 97.4%',
  '>> RAG rating: Green',
  '',
  'Thanks',
].join('\n');

describe("an email's quoted text", () => {
  test("loses its '>' marks, so its cards are read, each value on its own line of the file (before: no card)", async () => {
    const report = parseBlocks(await textBlocks(EMAIL));
    expect(report.committee).toBe('Resources Committee');
    expect(report.cards.map((c) => [c.printedId, c.title, c.target?.raw, c.previous?.raw ?? null, c.current?.raw, c.rag?.raw])).toEqual([
      ['KPI 07', 'Percentage of invoices paid within 30 days', '95%', '93.2%', '91.5%', 'Amber'],
      ['KPI 08', 'Council tax collected', '97%', null, '97.4%', 'Green'],
    ]);
    expect(report.cards[0].commentary).toBe('Backlog cleared in August; agency staff joined in September.');
    expect(report.cards[1].current?.prov.line).toEqual({ start: 18, end: 18 });
  });

  test("a figure that starts with '>' ('> 95%', more than) is not a quote", () => {
    const text = 'Target\n> 95%\n\nCurrent\n96.2%';
    expect(unquoted(text)).toBe(text);
    expect(unquoted('> 95%\n> 97%')).toBe('> 95%\n> 97%');
  });
});
