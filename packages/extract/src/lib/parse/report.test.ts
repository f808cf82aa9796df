import { describe, expect, test } from '@jest/globals';
import { ragWord } from '../vocabulary';
import { readDocument } from '../read/document';
import { parseBlocks } from './report';
import { indicatorHeading } from '../identifiers';
import { corpus, DOCUMENTS, Q1_HEADLESS_IN_TEXT, Q1_REPORT, Q2_APPENDIX, Q4_DASHBOARD, Q2_SUMMARY, Q4_SUMMARY } from '../../../../../test/expected';
import { expectCards, summaryOf } from '../../test/expectations';

async function parse(name: string) {
  const doc = await readDocument(corpus(name));
  return parseBlocks(doc.blocks);
}

describe('card parser on the plain-text and markdown papers', () => {
  test('Q4 2024/25 dashboard text dump: every card despite the scrambled order', async () => {
    const r = await parse('seeds/000_66bba3b0226437a7.txt');
    expectCards(r.cards, Q4_DASHBOARD);
    expect(r.kind).toBe('dashboard');
  });

  test('Q1 2025/26 report text: cards that lost their heading are still cards', async () => {
    const r = await parse('seeds/001_9cdcaec2516adf50.txt');
    expectCards(r.cards, Q1_REPORT, Q1_HEADLESS_IN_TEXT);
    expect(r.scorecard).toHaveLength(10);
    const row10 = r.scorecard.find((s) => s.printedId === 'CoSMIC 010')!;
    expect([row10.target?.raw, row10.current?.raw, row10.previous?.raw, row10.change?.raw, row10.rag?.raw]).toEqual(['273', '237', '254', '↑', 'Green']);
    expect(r.producedOn).toBe('17 September 2025');
  });

  test('Q2 2024/25 appendix in markdown and as its text seed', async () => {
    for (const name of ['cosmic-2024-25-q2-appendix.md', 'seeds/003_ba4da1c8b2dd78dd.txt']) {
      const r = await parse(name);
      expectCards(r.cards, Q2_APPENDIX);
      expect(r.cards[8].targetLabel).toBe('Baseline');
    }
  });

  test('cover reports: RAG summary tables, no cards, and the claims they make', async () => {
    const q4 = await parse('seeds/002_a3d3fb89a0e2cb87.txt');
    expect(q4.cards).toHaveLength(0);
    expect(summaryOf(q4.summary)).toEqual(Q4_SUMMARY);
    const improved = q4.claims.find((c) => c.kind === 'improved')!;
    expect(improved.count).toBe(4);
    expect(improved.items.map((i) => i.printedId)).toEqual(['CoSMIC 003', 'CoSMIC 004', 'CoSMIC 008', 'CoSMIC 010']);
    const amber = q4.claims.find((c) => c.kind === 'status-count' && c.status === 'Amber')!;
    expect(amber.items.map((i) => i.printedId)).toEqual(['CoSMIC 010']);

    const q2 = await parse('cosmic-2024-25-q2-cover.md');
    expect(summaryOf(q2.summary)).toEqual(Q2_SUMMARY);
    const eleven = q2.claims.find((c) => c.kind === 'improved' && c.count === 11)!;
    expect(eleven.items).toHaveLength(9);
    const moved = q2.claims.filter((c) => c.kind === 'moved');
    expect(moved.map((c) => [c.fromStatus, c.status, c.items.map((i) => i.printedId)])).toEqual([
      ['Red', 'Green', ['Indicator 219']],
      ['Amber', 'Green', ['Indicator 198', 'Indicator 221']],
    ]);
  });

  test('each paper says its committee, kind and period evidence', async () => {
    for (const [name, want] of Object.entries(DOCUMENTS).filter(([n]) => n.endsWith('.txt') || n.endsWith('.md'))) {
      const r = await parse(name);
      expect({ name, committee: r.committee, kind: r.kind, cards: r.cards.length }).toEqual({ name, committee: want.committee, kind: want.kind, cards: want.cards });
      expect(r.periodEvidence.length).toBeGreaterThan(0);
    }
  });

  test('RAG keys: the definitions each paper prints', async () => {
    const q2 = await parse('cosmic-2024-25-q2-appendix.md');
    expect(q2.ragKey.map((k) => k.status)).toEqual(['Red', 'Amber', 'Green', 'Blue', 'Baseline', 'Contextual', 'In Development']);
    expect(q2.ragKey.find((k) => k.status === 'Blue')!.definition).toBe('current performance exceeds target by more than 5%');
    const q4cover = await parse('seeds/002_a3d3fb89a0e2cb87.txt');
    expect(q4cover.ragKey.find((k) => k.status === 'Red')!.definition).toBe('current performance is 10% or more from target.');
  });

  test('provenance: a card says the line it starts on', async () => {
    const r = await parse('seeds/000_66bba3b0226437a7.txt');
    expect(r.cards[0].start.line).toEqual({ start: 40, end: 40 });
    expect(r.cards[0].current!.prov.line!.start).toBeGreaterThan(40);
  });
});

describe('other committees write the same things differently', () => {
  test('Q-form periods, date ranges, and value tables headed Actual / Last Quarter / Direction of Travel / Status', async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const text = [
      '# Adults and Health Committee: Performance Report Q3 2024/25',
      '',
      'This report covers the period from 1 October 2024 to 31 December 2024.',
      '',
      'AHC 07 – Percentage of reviews completed on time',
      '',
      '| Target | Polarity | Actual | Last Quarter | Direction of Travel | Status |',
      '|---|---|---|---|---|---|',
      '| 85% | Higher is better | 81.5% | 79% | Improving | Amber |',
      '',
      'Commentary',
      '',
      'Reviews recovered after agency staff joined.',
    ].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.committee).toBe('Adults and Health Committee');
    expect(r.periodEvidence.map((e) => e.source)).toEqual(expect.arrayContaining(['title', 'covering']));
    expect(r.periodEvidence.find((e) => e.source === 'title')!.text).toMatch(/quarter 3 2024\/25/i);
    const c = r.cards[0];
    expect([c.printedId, c.title, c.target?.raw, c.direction?.raw, c.current?.raw, c.previous?.raw, c.change?.raw, c.periodBasis, c.rag?.raw, c.commentary]).toEqual([
      'AHC 07', 'Percentage of reviews completed on time', '85%', 'Higher is better', '81.5%', '79%', 'Improving', 'quarter', 'Amber', 'Reviews recovered after agency staff joined.',
    ]);
  });
});

describe('value columns headed by periods', () => {
  test('the latest period is the current value and the one before it the previous', async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const text = [
      'Indicator CS 4: Number of complaints resolved',
      '',
      '| Target | Q4 2024/25 | Q1 2025/26 | Trend | RAG |',
      '|---|---|---|---|---|',
      '| 400 | 410 | 455 | Improving | Green |',
      '',
      '| KPI | Target | Jun-25 | May-25 | RAG |',
      '|---|---|---|---|---|',
      '| CS 5: Calls answered | 90% | 93% | 88% | Green |',
    ].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    const c = r.cards[0];
    expect([c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw, c.periodBasis, c.change?.raw, c.rag?.raw]).toEqual(['CS 4', '400', '455', '410', 'quarter', 'Improving', 'Green']);
    expect(r.scorecard.map((s) => [s.printedId, s.current?.raw, s.previous?.raw])).toEqual([['CS 5', '93%', '88%']]);
    // A paper that is only a scorecard is a scorecard report, not a cover.
    const only = parseBlocks(await markdownBlocks(text.split('\n').slice(6).join('\n')));
    expect([only.kind, only.cards.length, only.scorecard.length]).toEqual(['scorecard-and-cards', 0, 1]);
  });
});

describe('page numbers in text dumps', () => {
  test('form feeds from pdftotext give every card its page', async () => {
    const { textBlocks } = await import('../blocks/text');
    const text = (await import('node:fs')).readFileSync(corpus('seeds/000_66bba3b0226437a7.txt'), 'utf8').replace(/\n(?= ?Indicator CoSMIC)/g, '\n\f');
    const r = parseBlocks(await textBlocks(text));
    expect(r.cards.map((c) => c.printedId)).toEqual(Q4_DASHBOARD.map((c) => c.id));
    expect(r.cards.map((c) => c.start.page)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('an identifier printed alone above its name (slides, tiles)', () => {
  test("the code on the line above a heading or a plain title line is the card's identifier (before: none)", async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const { textBlocks } = await import('../blocks/text');
    const md = parseBlocks(await markdownBlocks('WR04\n\n### Household waste sent for reuse\n\nTarget: 48.5%\n\nActual: 47.1%\n')).cards;
    expect(md.map((c) => [c.printedId, c.title, c.current?.raw])).toEqual([['WR04', 'Household waste sent for reuse', '47.1%']]);
    const text = parseBlocks(await textBlocks('RB02\nAverage days to process new Housing Benefit claims\nActual: 24.6 days\nTarget: 20.0 days\n')).cards;
    expect(text.map((c) => [c.printedId, c.title, c.current?.raw])).toEqual([['RB02', 'Average days to process new Housing Benefit claims', '24.6 days']]);
  });
});

describe('the meeting a paper goes to', () => {
  const committeeOf = async (line: string) => {
    const { markdownBlocks } = await import('../blocks/markdown');
    return parseBlocks(await markdownBlocks(`${line}\n\nExecutive Summary: the council's performance this quarter.\n`)).committee;
  };

  test.each([
    ['Adults and Health Committee: Performance Report Q3 2024/25', 'Adults and Health Committee'],
    ['To:\tCommunities, Social Mobility and Inclusion Committee', 'Communities, Social Mobility and Inclusion Committee'],
    ['Report to: Cabinet', 'Cabinet'],
    ['Cabinet – 12 December 2024', 'Cabinet'],
    ['Cabinet – Corporate Performance Report Quarter 3 2024/25', 'Cabinet'],
    ['Pwyllgor Craffu / Scrutiny Committee', 'Scrutiny Committee'],
    ['Overview and Scrutiny Committee – Key Performance Indicators 2024/25, Quarter 2', 'Overview and Scrutiny Committee'],
    ['Meeting: Executive', 'Executive'],
    ['Place Overview and Scrutiny Panel', 'Place Overview and Scrutiny Panel'],
    ['Audit and Governance Sub-Committee', 'Audit and Governance Sub-Committee'],
    ['Health and Wellbeing Board', 'Health and Wellbeing Board'],
    ['Overview & Scrutiny Committee 14 November 2024', 'Overview & Scrutiny Committee'],
    ['PEOPLE OVERVIEW AND SCRUTINY COMMITTEE', 'People Overview and Scrutiny Committee'],
    ['CABINET', 'Cabinet'],
    ['Report to: CABINET', 'Cabinet'],
    ['Cabinet Committee – Quarterly Performance Report', 'Cabinet Committee'],
    ['Corporate Performance Scorecard\nOverview and Scrutiny Committee', 'Overview and Scrutiny Committee'],
    ['Communities, Social Mobility and\nInclusion Committee', 'Communities, Social Mobility and Inclusion Committee'],
    ['Communities, Health &\nWellbeing Committee', 'Communities, Health & Wellbeing Committee'],
    // A fire authority meets as itself; named alone over a committee's name, it is the organisation.
    ['Fire and Rescue Authority – 12 December 2024', 'Fire and Rescue Authority'],
    ['Marshford Fire and Rescue Authority\n\nPerformance and Resources Committee – Quarter 2 2024/25', 'Performance and Resources Committee'],
    ['Marshford Fire and Rescue Authority', 'Marshford Fire and Rescue Authority'],
    ['Audit and Scrutiny Committee – Local Government Benchmarking Framework 2023/24', 'Audit and Scrutiny Committee'],
    // The council's name before its meeting's on one line.
    ['Eastbrook Borough Council – Cabinet', 'Cabinet'],
    ['City of York Council: Executive, 18 November 2024', 'Executive'],
    ['Lake District National Park Authority – 3 December 2024', 'Lake District National Park Authority'],
    ['Riverside College Board of Management', 'Riverside College Board of Management'],
  ])('%s → %s', async (line, want) => {
    expect(await committeeOf(line)).toBe(want);
  });

  test('a body word inside a phrase is not a meeting', async () => {
    for (const line of ['Cabinet Member for Housing', 'The Committee is asked to note the report', 'Executive Summary', "Children's Services Improvement Board – progress is good"]) expect(await committeeOf(line)).toBeNull();
  });

  test('two meetings on consecutive lines are not one name; the members of a body are the body', async () => {
    expect(await committeeOf('Overview and Scrutiny Committee\nCabinet')).toBe('Overview and Scrutiny Committee');
    expect(await committeeOf('To: Members of the Cabinet')).toBe('Cabinet');
  });
});


describe('cards of a paper that labels little', () => {
  const paper = (codes: string[]) => `# Housing Scrutiny Panel: performance report, July to September 2024

### ${codes[0]} Average days to relet council homes

Target: 28 days
This quarter: 31 days
Status: Amber

Void turnaround improved for the second quarter running as the new repairs contract bedded in.

Source: housing management system

### ${codes[1]} Emissions from council buildings (tonnes)

Target: 1,200
This quarter: 1,310
Status: Red

Source: energy bills
`;

  test('headings numbered in one series of codes are identifiers even unpadded; one such heading alone is a name', async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const series = parseBlocks(await markdownBlocks(paper(['HS1', 'HS2'])));
    expect(series.cards.map((c) => [c.printedId, c.title])).toEqual([
      ['HS1', 'Average days to relet council homes'],
      ['HS2', 'Emissions from council buildings (tonnes)'],
    ]);
    const alone = parseBlocks(await markdownBlocks(paper(['CO2', 'NO2']).replace('### NO2 ', '### ')));
    expect(alone.cards.map((c) => [c.printedId, c.title])).toEqual([
      [null, 'CO2 Average days to relet council homes'],
      [null, 'Emissions from council buildings (tonnes)'],
    ]);
  });

  test('prose after the figures of a card with no text labels is its commentary; a short note is not', async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const r = parseBlocks(await markdownBlocks(paper(['HS1', 'HS2'])));
    expect(r.cards.map((c) => c.commentary)).toEqual(['Void turnaround improved for the second quarter running as the new repairs contract bedded in.', null]);
  });
});

describe('labels and codes as other councils print them', () => {
  test("dot leaders between a label and its value ('Target .......... 95%'), and an unpadded code after capitals ('FIN 1')", async () => {
    const { textBlocks } = await import('../blocks/text');
    const r = parseBlocks(await textBlocks('PERFORMANCE REPORT Quarter 3 2024/25\n\nFIN 1  Invoices paid within 30 days\n\nTarget .......... 95%\nActual …… 93.4%\nRAG status . . . . Amber\n\nNHS 111 Calls answered in 60 seconds\n\nTarget ____ 90%\nActual ____ 88%\n'));
    expect(r.cards.map((c) => [c.printedId, c.title, c.target?.raw, c.current?.raw, c.rag?.raw ?? null])).toEqual([
      ['FIN 1', 'Invoices paid within 30 days', '95%', '93.4%', 'Amber'],
      [null, 'NHS 111 Calls answered in 60 seconds', '90%', '88%', null],
    ]);
  });

  test('a figure and its unit opening a name is no code; a contents page keeps its page numbers out of the figures', async () => {
    expect(indicatorHeading('EHCP 20 Weeks completion rate')).toBeNull();
    const { textBlocks } = await import('../blocks/text');
    const text = 'Contents\n\n1. Introduction ........ 2\nPerformance ........ 5\nAppendix ........ 9\n\nFIN 1  Invoices paid within 30 days\n\nTarget .......... 95%\nActual .......... 93.4%\n';
    expect(parseBlocks(await textBlocks(text)).cards.map((c) => [c.printedId, c.target?.raw, c.current?.raw])).toEqual([['FIN 1', '95%', '93.4%']]);
  });

  test.each([
    // [heading row, first row, want: id, target, current, previous, rag]
    [['No.', 'Measure', '2023-24 Actual', '2024-25 Target', '2024-25 YTD', 'Status'], ['1', 'Accidental dwelling fires', '398', '390', '301', 'On track'], ['1', '390', '301', '398', 'On track']],
    [['Ref', 'Performance Indicator', 'Annual Target', 'YTD Target', 'YTD Actual', 'RAG'], ['FIN 01', 'Council Tax collected', '97.0%', '65.5%', '64.9%', 'Amber'], ['FIN 01', '65.5%', '64.9%', undefined, 'Amber']],
    [['Ref', 'Indicator', 'Target 24/25', 'Previous', 'Current', 'Traffic Light'], ['AB1', 'Household waste recycled', '50%', '48.1%', '49.0%', 'Amber'], ['AB1', '50%', '49.0%', '48.1%', 'Amber']],
    [['LGBF Code', 'Indicator', 'Profiled Target', '2022/23', '2023/24', 'R/A/G'], ['CORP 6a', 'Sickness absence days per teacher', '6.0', '6.3', '6.1', 'A'], ['CORP 6a', '6.0', '6.1', '6.3', 'A']],
  ])('%j: a year-to-date figure beside last year’s actual, a target for the same span, short years, other RAG and code headings', async (head, row, want) => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const md = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, `| ${row.join(' | ')} |`].join('\n');
    const [r] = parseBlocks(await markdownBlocks(md)).scorecard;
    expect([r.printedId, r.target?.raw, r.current?.raw, r.previous?.raw, r.rag?.raw]).toEqual(want);
  });

  test.each([
    ['Previous Data Period (Q1)', 'Current Data Period (Q2)'],
    ['Performance at Q1', 'Performance at Q2'],
    ['Actual to Q1', 'Actual to Q2'],
    // 'Position' heads a column only: in a card's lines it is as often a word of a sentence.
    ['Position at end of Q1', 'Position at end of Q2'],
    ['Q1 position', 'Q2 position'],
  ])("figures headed '%s | %s': the later is current (before: the whole table was lost)", async (before, latest) => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const md = [`| Ref | Indicator | Target | ${before} | ${latest} | Status |`, '|---|---|---|---|---|---|', '| CC 1 | Calls answered within 60 seconds | 85.00% | 79.40% | 81.20% | Amber |'].join('\n');
    const [r] = parseBlocks(await markdownBlocks(md)).scorecard;
    expect([r.printedId, r.target?.raw, r.current?.raw, r.previous?.raw, r.rag?.raw]).toEqual(['CC 1', '85.00%', '81.20%', '79.40%', 'Amber']);
  });

  test.each([
    // [headings, row, want: current, previous, rag, previous rag]
    [['Ref', 'Measure', 'Sep 2024 (YTD)', 'Target 2024/25', 'Jun 2024', 'Status'], ['RB1', 'Council tax collected', '56.9%', '57.5%', '29.3%', 'Amber'], ['56.9%', '29.3%', 'Amber', undefined]],
    [['Ref', 'Measure', 'Sep 2024', 'Target 2024/25', 'Jun 2024 (Q1)', 'Status'], ['RB1', 'Council tax collected', '56.9%', '57.5%', '29.3%', 'Amber'], ['56.9%', '29.3%', 'Amber', undefined]],
    [['Ref', 'Measure', 'Q2 (YTD)', 'Target 2024/25', 'Q1', 'Status'], ['RB1', 'Council tax collected', '56.9%', '57.5%', '29.3%', 'Amber'], ['56.9%', '29.3%', 'Amber', undefined]],
    [['Ref', 'Measure', 'Jul–Sep 2024 Value', 'Jul–Sep 2024 RAG', 'Apr–Jun 2024 Value', 'Apr–Jun 2024 RAG', 'Target 2024/25'], ['H04', 'Empty homes at quarter end', '157', 'R', '143', 'A', '120'], ['157', '143', 'R', 'A']],
  ])("periods with what their figure is ('Sep 2024 (YTD)', 'Jun 2024 (Q1)', 'Jul–Sep 2024 Value'): %j (before: no KPI, or the previous read as current)", async (head, row, want) => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const md = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, `| ${row.join(' | ')} |`].join('\n');
    const [r] = parseBlocks(await markdownBlocks(md)).scorecard;
    expect([r.current?.raw, r.previous?.raw, r.rag?.raw, r.previousRag?.raw]).toEqual(want);
  });

  test("ticks and crosses under a question ('Achieved?', 'Target met?') rate the rows (before: the column was no RAG's)", async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    for (const heading of ['Achieved?', 'Target met?']) {
      const md = [`| Code | Performance indicator | Quarter 2 2024-25 | Target | Quarter 1 2024-25 | ${heading} |`, '|---|---|---|---|---|---|', '| FIN1 | Council tax collected | 57.1% | 57.6% | 56.8% | ✗ |', '| FIN2 | Business rates collected | 58.9% | 58.0% | 57.2% | ✓ |'].join('\n');
      expect(parseBlocks(await markdownBlocks(md)).scorecard.map((r) => [r.current?.raw, r.previous?.raw, r.rag?.raw && ragWord(r.rag.raw)])).toEqual([['57.1%', '56.8%', 'Red'], ['58.9%', '57.2%', 'Green']]);
    }
  });

  test("an arrow printed after the latest figure ('91.5% ▼' in a cell, 'Current: 97.4% ▲') is the change, the figure the current value (before: '91.5% ▼' kept as the figure, no change)", async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const md = '## KPI 07 Invoices paid within 30 days\n\n| Target | Previous (Q1) | Current (Q2) | RAG |\n|---|---|---|---|\n| 95% | 93.2% | 91.5% ▼ | Amber |\n\n## KPI 08 Council tax collected\n\nTarget: 97%\n\nCurrent: 97.4% ▲\n\nPrevious: 96.1%\n';
    expect(parseBlocks(await markdownBlocks(md)).cards.map((c) => [c.printedId, c.current?.raw, c.change?.raw, c.previous?.raw])).toEqual([
      ['KPI 07', '91.5%', '▼', '93.2%'],
      ['KPI 08', '97.4%', '▲', '96.1%'],
    ]);
  });

  test("label lines in two languages ('Targed / Target 2024-25: 65%', 'Statws / Status: Gwyrdd / Green') read by the side the vocabulary knows (before: target, RAG and change lost)", async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const md = '## PAM/012 Percentage of households prevented from becoming homeless\n\nQuarter 2 2024-25: 67.3%\n\nQuarter 1 2024-25: 70.1%\n\nTarged / Target 2024-25: 65%\n\nStatws / Status: Gwyrdd / Green\n\nTuedd / Trend: Dirywio / Declining\n';
    const [c] = parseBlocks(await markdownBlocks(md)).cards;
    expect([c.printedId, c.current?.raw, c.previous?.raw, c.target?.raw, c.rag?.raw && ragWord(c.rag.raw), c.change?.raw]).toEqual(['PAM/012', '67.3%', '70.1%', '65%', 'Green', 'Declining']);
  });

  test("a status by its name with its meaning ('Amber – within 5% of target'), and slippage words, rate the row", async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const md = ['| Ref | Indicator | Target | Current | RAG |', '|---|---|---|---|---|', '| RW01 | Invoices paid | 95% | 93% | Amber – within 5% of target |', '| RW02 | Calls answered | 80% | 70% | Red – more than 5% below target |', '| RW03 | Repairs on time | 95% | 94% | Minor slippage |', '| RW04 | Appeals dismissed | 66% | 72% | Achieving |', '| RW05 | Bins collected | 99% | 99% | Off track – Green |'].join('\n');
    expect(parseBlocks(await markdownBlocks(md)).scorecard.map((r) => r.rag?.raw && ragWord(r.rag.raw))).toEqual(['Amber', 'Red', 'Amber', 'Green', null]);
  });

  test("unlabelled commentary ending in a figure or a bracket ('… to 49% by Q4.', '(see Appendix B).'), or a short whole sentence, is kept; 'What are we doing about it' is the path to green", async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const card = (id: string, last: string) => `## ${id} Household waste recycled\n\nTarget: 50%\n\nActual: 47.5%\n\nRAG: Amber\n\n${last}\n`;
    const md = [card('PL01', 'Garden waste tonnages fell in a dry summer and recycling should recover to 49% by Q4.'), card('PL02', 'More voids needed major works; two extra void teams start in December (see Appendix B).'), card('PL03', 'What are we doing about it: A food waste campaign will run over the winter months.'), card('PL04', 'Collection ahead of profile.'), card('PL05', 'Data due in')].join('\n');
    expect(parseBlocks(await markdownBlocks(md)).cards.map((c) => [c.printedId, c.commentary, c.pathToGreen])).toEqual([
      ['PL01', 'Garden waste tonnages fell in a dry summer and recycling should recover to 49% by Q4.', null],
      ['PL02', 'More voids needed major works; two extra void teams start in December (see Appendix B).', null],
      ['PL03', null, 'A food waste campaign will run over the winter months.'],
      // A whole sentence of four words is commentary; three words without a full stop are not.
      ['PL04', 'Collection ahead of profile.', null],
      ['PL05', null, null],
    ]);
  });

  test("a RAG key written with '=' ('Green = on target or better'), or in one paragraph split by ';'", async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const keyOf = async (md: string) => parseBlocks(await markdownBlocks(md)).ragKey.map((k) => [k.status, k.definition]);
    expect(await keyOf('Performance is depicted by the following ratings:\n\n- Green = on target or better\n- Amber = off target by 10% or less\n- Red = off target by more than 10%\n')).toEqual([
      ['Green', 'on target or better'],
      ['Amber', 'off target by 10% or less'],
      ['Red', 'off target by more than 10%'],
    ]);
    expect(await keyOf('Key: Green – on target; Amber – within 5% of target; Red – more than 5% off target.\n')).toEqual([
      ['Green', 'on target'],
      ['Amber', 'within 5% of target'],
      ['Red', 'more than 5% off target.'],
    ]);
  });

  test("a figure labelled by an earlier period alone ('2023/24: 198', 'Q4 2023/24: 198') beside 'Actual' is the previous value (before: lost, or a second card)", async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const card = (label: string) => `# Annual Performance Report 2024/25\n\n### Affordable homes delivered\n\nActual: 312\n\nTarget: 250\n\n${label}: 198\n\nStatus: Green\n`;
    for (const label of ['2023/24', 'Q4 2023/24']) {
      const { cards } = parseBlocks(await markdownBlocks(card(label)));
      expect(cards.map((c) => [c.title, c.current?.raw, c.previous?.raw, c.target?.raw, c.rag?.raw])).toEqual([['Affordable homes delivered', '312', '198', '250', 'Green']]);
    }
    // A later period (a forecast) or the paper's own quarter beside a year-to-date figure is no previous, and no card.
    const head = '# Eastbrook District Council – Cabinet\n\n## Quarter 2 Performance Report 2024/25\n\n### KPI 01 Household waste recycled\n\n';
    for (const [line, target] of [['Annual target: 50%\n\nActual: 47%\n\n2025/26: 52%', '50%'], ['Target: 300\n\nActual: 312\n\nQ2 2024/25: 160', '300']]) {
      const { cards } = parseBlocks(await markdownBlocks(`${head}${line}\n\nRAG: Amber\n`));
      expect(cards.map((c) => [c.printedId, c.target?.raw, c.previous?.raw ?? null, c.rag?.raw])).toEqual([['KPI 01', target, null, 'Amber']]);
    }
    // Figures of several years alone: the latest is current, the year before it the previous.
    const years = parseBlocks(await markdownBlocks('### Affordable homes delivered\n\n2022/23: 150\n\n2023/24: 198\n\n2024/25: 312\n\nTarget: 250\n')).cards;
    expect(years.map((c) => [c.current?.raw, c.previous?.raw])).toEqual([['312', '198']]);
  });

  test("a commentary under 'Reason for under-performance', as exception reports head it", async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const md = '### ASC 04 Assessments completed within 28 days\n\n**Target:** 85%  \n**Actual:** 68%  \n**RAG:** Red\n\n**Reason for under-performance:** Vacancies in the duty team have increased the backlog.\n\n**Corrective action:** Two agency social workers started in October.\n';
    const [c] = parseBlocks(await markdownBlocks(md)).cards;
    expect([c.commentary, c.pathToGreen]).toEqual(['Vacancies in the duty team have increased the backlog.', 'Two agency social workers started in October.']);
  });

  test("Pentana's short- and long-term trend columns: the short term is the change", async () => {
    const { markdownBlocks } = await import('../blocks/markdown');
    const md = ['| Ref | Indicator | Target | Q2 Performance | RAG | Long Term DoT | Short Term DoT |', '|---|---|---|---|---|---|---|', '| CP1 | Council tax collected | 56.0% | 55.3% | Amber | ▲ | ▼ |'].join('\n');
    const [row] = parseBlocks(await markdownBlocks(md)).scorecard;
    expect([row.printedId, row.current?.raw, row.change?.raw]).toEqual(['CP1', '55.3%', '▼']);
  });
});

describe('a rating word ending a title', () => {
  test("is the name's own word in ordinary case ('… projects rated Green'), never the card's rating", async () => {
    const { textBlocks } = await import('../blocks/text');
    const cards = parseBlocks(await textBlocks('PM03 Percentage of capital projects rated Green\nTarget: 90%\nActual: 84%\n')).cards;
    expect(cards.map((c) => [c.title, c.rag?.raw ?? null])).toEqual([['Percentage of capital projects rated Green', null]]);
  });
});

describe('a plan part above a KPI', () => {
  test("'Objective 3' over a theme's name is no identifier: the KPI keeps its own title", async () => {
    const { textBlocks } = await import('../blocks/text');
    const cards = parseBlocks(await textBlocks('Objective 3\nClean and green neighbourhoods\n\nHousehold waste recycled\nTarget: 52%\nActual: 49%\n')).cards;
    expect(cards.map((c) => [c.printedId, c.title])).toEqual([[null, 'Household waste recycled']]);
  });
});

describe('a rating set apart after an identified title', () => {
  test("'KPI 7 Delayed discharges from hospital      Green' (a text dump's badge) is the card's rating, not the name's last word", async () => {
    const { textBlocks } = await import('../blocks/text');
    const cards = parseBlocks(await textBlocks('KPI 7 Delayed discharges from hospital      Green\nTarget: 90%\nActual: 85%\n')).cards;
    expect(cards.map((c) => [c.printedId, c.title, c.rag?.raw])).toEqual([['KPI 7', 'Delayed discharges from hospital', 'Green']]);
  });
});
