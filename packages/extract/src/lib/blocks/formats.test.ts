import { describe, expect, test } from '@jest/globals';
import { readDocument } from '../read/document';
import { parseBlocks } from '../parse/report';
import { expectCards, summaryOf } from '../../test/expectations';
import { corpus, Q1_REPORT, Q2_APPENDIX, Q4_DASHBOARD, Q4_SUMMARY, Q2_SUMMARY } from '../../../../../test/expected';

async function parse(name: string) {
  const doc = await readDocument(corpus(name));
  return { doc, report: parseBlocks(doc.blocks) };
}


describe('the same report in every format gives the same cards', () => {
  test('Q4 2024/25 dashboard PDF: geometry, symbol-font arrows, one card per page', async () => {
    const { doc, report } = await parse('cosmic-2024-25-q4-dashboard.pdf');
    expect(doc.pages).toBe(11);
    expectCards(report.cards, Q4_DASHBOARD);
    expect(report.cards.map((c) => c.start.page)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // CoSMIC 001 uses the Wingdings-style font ('h'), CoSMIC 003 a real arrow.
    expect(report.cards[0].direction!.raw).toBe('h');
    expect(report.cards[2].direction!.raw).toBe('↑');
  });

  test('Q4 dashboard PDF: chart series, with the hidden stale chart kept out of the data', async () => {
    const { report } = await parse('cosmic-2024-25-q4-dashboard.pdf');
    const idva = report.charts.filter((c) => c.card === 5 && c.series.length);
    expect(idva).toHaveLength(1);
    const points = idva[0].series[0].points;
    expect(points.map((p) => `${p.label}=${p.raw}`)).toEqual([
      'Q1 2022/23=76%', 'Q2 2022/23=70%', 'Q3 2022/23=68%', 'Q4 2022/23=68%', 'Q1 2023/24=68%', 'Q2 2023/24=73%',
      'Q3 2023/24=70%', 'Q4 2023/24=68%', 'Q2 2024/25=70%', 'Q3 2024/25=67%', 'Q4 2024/25=55%',
    ]);
    const retained = report.charts.find((c) => c.card === 0)!;
    expect(retained.series.map((s) => [s.name, s.points.map((p) => `${p.label}=${p.raw}`)])).toEqual([
      ['% of learners that have been retained', ['2022-23=93%', '2023-24=94%']],
      ['Target', ['2022-23=92%', '2023-24=92%']],
    ]);
    // No chart label leaked into a card's text.
    expect(report.cards[5].pathToGreen).not.toMatch(/\d+%\s+\d+%/);
  });

  test('Q1 2025/26 as Word: headings in text boxes and a page header identify every card', async () => {
    const { report } = await parse('cosmic-2025-26-q1.docx');
    expectCards(report.cards, Q1_REPORT);
    expect(report.scorecard.map((r) => r.printedId)).toEqual(Q1_REPORT.map((c) => c.id));
  });

  test('Q1 2025/26 as PDF: the scorecard table is rebuilt from positions', async () => {
    const { report } = await parse('cosmic-2025-26-q1.pdf');
    expectCards(report.cards, Q1_REPORT);
    const sc = report.scorecard.map((r) => [r.printedId, r.target?.raw, r.current?.raw, r.previous?.raw, r.change?.raw, r.rag?.raw]);
    expect(sc[3]).toEqual(['CoSMIC 004', '404357', '380995', '396428', '↓', 'Amber']);
    expect(sc[9]).toEqual(['CoSMIC 010', '273', '237', '254', '↑', 'Green']);
    expect(report.scorecard[5].title).toBe('The percentage of clients engaging with Independent Domestic Violence Advocacy (IDVA) Service');
  });

  test('Q2 2024/25 appendix as Word and as PDF', async () => {
    for (const name of ['cosmic-2024-25-q2-appendix.docx', 'cosmic-2024-25-q2-appendix.pdf']) {
      const { report } = await parse(name);
      expectCards(report.cards, Q2_APPENDIX);
    }
  });

  test('cover reports as Word and PDF keep their RAG summary', async () => {
    expect(summaryOf((await parse('cosmic-2024-25-q4-cover.docx')).report.summary)).toEqual(Q4_SUMMARY);
    expect(summaryOf((await parse('cosmic-2024-25-q4-cover.pdf')).report.summary)).toEqual(Q4_SUMMARY);
    expect(summaryOf((await parse('cosmic-2024-25-q2-cover.docx')).report.summary)).toEqual(Q2_SUMMARY);
  });

  test('PDF blocks carry page and box; Word blocks carry their origin', async () => {
    const pdf = await readDocument(corpus('cosmic-2024-25-q4-dashboard.pdf'));
    for (const b of pdf.blocks) {
      expect(b.prov.page).toBeGreaterThanOrEqual(1);
      expect(b.prov.box).not.toBeNull();
    }
    expect(pdf.blocks.filter((b) => b.role === 'page-footer').map((b) => b.text)).toContain('Page 7 of 11');
    const docx = await readDocument(corpus('cosmic-2025-26-q1.docx'));
    const header = docx.blocks.find((b) => b.text.startsWith('Indicator CoSMIC 007'))!;
    expect(header.prov.origin).toBe('header');
    const box = docx.blocks.find((b) => b.text.startsWith('Indicator CoSMIC 001'))!;
    expect(box.prov.origin).toBe('textbox');
  });
});
