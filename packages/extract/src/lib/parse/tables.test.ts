import { describe, expect, test } from '@jest/globals';
import { prov } from '../schema';
import { parseProfile, withProfile } from '../lexicon';
import { readScorecard, tableKind } from './tables';
import { parseBlocks } from './report';
import { markdownBlocks } from '../blocks/markdown';
import { ragWord } from '../vocabulary';

const plain = (rows: string[][]) =>
  readScorecard(rows, prov({ index: 4 })).map((r) => [r.printedId, r.title, r.target?.raw ?? null, r.previous?.raw ?? null, r.current?.raw ?? null, r.change?.raw ?? null, r.rag?.raw ?? null, r.commentary ?? null]);

describe('scorecards in any council’s headings', () => {
  test('a reference column, period columns (the latest is current), DoT, a comments column and a group row', () => {
    const rows = [
      ['Ref', 'Performance Indicator', 'Target', 'Q1 2025/26', 'Q2 2025/26', 'DoT', 'RAG', 'Comments'],
      ['Adult Social Care', '', '', '', '', '', '', ''],
      ['ASC 01', 'Percentage of reviews completed on time', '85%', '78%', '81%', '↑', 'Amber', 'Backlog reduced by a third.'],
      ['ASC 02', 'Number of delayed transfers of care', '20', '26', '31', '↓', 'Red', ''],
    ];
    expect(tableKind(rows)).toBe('scorecard');
    expect(plain(rows)).toEqual([
      ['ASC 01', 'Percentage of reviews completed on time', '85%', '78%', '81%', '↑', 'Amber', 'Backlog reduced by a third.'],
      ['ASC 02', 'Number of delayed transfers of care', '20', '26', '31', '↓', 'Red', null],
    ]);
    const row = readScorecard(rows, prov({ index: 4 }))[0];
    expect([row.currentLabel, row.periodBasis]).toEqual(['Q2 2025/26', 'quarter']);
    expect(row.current!.prov.cell).toEqual({ table: 4, row: 2, col: 4 });
  });

  test("the vocabulary's labels head the figures ('Actual', 'Last year', 'Tolerance', 'Status'); names may be unheaded", () => {
    const rows = [
      ['', 'Target', 'Tolerance', 'Actual', 'Last year', 'Status'],
      ['KPI 4: Invoices paid within 30 days', '95%', '90%', '96.2%', '94.0%', 'On track'],
      ['Calls answered within 60 seconds', '80%', '75%', '71%', '77%', 'Off track'],
    ];
    expect(plain(rows)).toEqual([
      ['KPI 4', 'Invoices paid within 30 days', '95%', '94.0%', '96.2%', null, 'On track', null],
      [null, 'Calls answered within 60 seconds', '80%', '77%', '71%', null, 'Off track', null],
    ]);
    expect(readScorecard(rows, prov())[1].floor?.raw).toBe('75%');
  });

  test("a card's value table (no column of names) and a commentary beside the figures are not scorecards", () => {
    expect(tableKind([['Target', 'Current', 'Previous', 'Commentary'], ['90%', '85%', '80%', 'Improving after the new rota.']])).toBe('value');
    expect(tableKind([['Target', 'Direction for Improvement', 'Current Year', 'Previous Year'], ['92%', '↑', '94%', '93%']])).toBe('value');
  });

  test('a profile teaches a heading for the name column', () => {
    const rows = [
      ['Service', 'Outcome we want', 'Target', 'Actual', 'RAG'],
      ['Housing', 'More homes built', '400', '380', 'Amber'],
      ['Housing', 'Fewer empty homes', '150', '120', 'Green'],
    ];
    // Unheaded, the first column of words is taken for the names; the council's heading says which it is.
    expect(plain(rows).map((r) => r[1])).toEqual(['Housing', 'Housing']);
    withProfile(parseProfile(JSON.stringify({ scorecard: { name: ['Outcome we want'] } })), () => expect(plain(rows).map((r) => r[1])).toEqual(['More homes built', 'Fewer empty homes']));
  });

  test('tables of periods are not scorecards; a calendar year heads a column', () => {
    expect(tableKind([['Month', 'Target', 'Actual', 'RAG'], ['April', '90%', '88%', 'Amber'], ['May', '90%', '91%', 'Green']])).not.toBe('scorecard');
    expect(tableKind([['', 'Target', 'Actual', 'RAG'], ['Quarter 2', '90%', '88%', 'Amber'], ['Year to date', '90%', '89%', 'Amber']])).not.toBe('scorecard');
    // A calendar year heads a column like a period.
    expect(tableKind([['Indicator', 'Target', '2024', 'Current'], ['Rent collected', '98%', '97%', '98.4%'], ['Arrears', '2%', '3%', '2.5%']])).toBe('scorecard');
  });

  test("a one-row scorecard under a card's identified heading is that card's value table", async () => {
    const md = ['## KPI 7: Missed bins', '', '| Indicator | Target | Actual | Status |', '|---|---|---|---|', '| Missed bins per 100,000 collections | 80 | 75 | Green |', '', 'Commentary: Crews were short in August.', '', '## Housing', '', '| Indicator | Target | Actual | Status |', '|---|---|---|---|', '| Homes re-let within 28 days | 90% | 86% | Amber |'].join('\n');
    const r = parseBlocks(await markdownBlocks(md));
    expect(r.cards.map((c) => [c.printedId, c.title, c.current?.raw, c.rag?.raw, c.commentary])).toEqual([['KPI 7', 'Missed bins', '75', 'Green', 'Crews were short in August.']]);
    expect(r.scorecard.map((x) => [x.title, x.current?.raw])).toEqual([['Homes re-let within 28 days', '86%']]);
  });
});

describe('figures labelled by the period they cover', () => {
  test("quarters without a year head a scorecard; a quarter no KPI has reached yet leaves the latest filled one current", () => {
    const rows = [
      ['Ind Ref', 'Short Description', 'Target', 'Q1', 'Q2', 'Q3', 'Q4', 'RAG'],
      ['L178', 'Number of household nights in B&B', '100', '98', '104', '111', '', 'Red'],
      ['L180', 'Empty homes brought back into use', '20', '4', '9', '15', '', 'Green'],
    ];
    expect(plain(rows).map((r) => r.slice(0, 5))).toEqual([
      ['L178', 'Number of household nights in B&B', '100', '104', '111'],
      ['L180', 'Empty homes brought back into use', '20', '9', '15'],
    ]);
  });

  test("a quarter other KPIs have filled in but one KPI has not: no figure this quarter for it, the quarter before stays previous", () => {
    const rows = [
      ['Ind Ref', 'Short Description', 'Target', 'Q1', 'Q2', 'Q3', 'Q4', 'RAG'],
      ['L178', 'Number of household nights in B&B', '100', '98', '104', '111', '', 'Red'],
      ['L180', 'Empty homes brought back into use', '20', '4', '9', '15', '22', 'Green'],
    ];
    expect(plain(rows).map((r) => r.slice(0, 5))).toEqual([
      ['L178', 'Number of household nights in B&B', '100', '111', null],
      ['L180', 'Empty homes brought back into use', '20', '15', '22'],
    ]);
  });

  test("a 'Notes' column of a scorecard is each KPI's commentary", () => {
    const rows = [
      ['Ref', 'Measure', 'Target', 'Q2 actual', 'Q2 RAG', 'Notes'],
      ['ENV 1', 'Household waste recycled', '52.0%', '51.2%', 'Amber', 'Garden waste tonnage up.'],
    ];
    expect(plain(rows)).toEqual([['ENV 1', 'Household waste recycled', '52.0%', null, '51.2%', null, 'Amber', 'Garden waste tonnage up.']]);
  });

  test('a code at the start of a scorecard name cell is its identifier, padded or not', () => {
    const rows = [['Indicator', 'Target', 'Previous', 'Actual', 'RAG'], ['HC1 Households in temporary accommodation', '250', '312', '298', 'Red'], ['NI181 Time taken to process claims', '10', '9.1', '8.4', 'Green']];
    expect(plain(rows).map((r) => r.slice(0, 2))).toEqual([['HC1', 'Households in temporary accommodation'], ['NI181', 'Time taken to process claims']]);
  });

  test("'KPI | Measure': the column of codes under 'KPI' holds the references, the other the names (before: the code was the title)", () => {
    const rows = [['KPI', 'Measure', 'Target', 'Actual', 'RAG'], ['HM01', 'Rent collected as % of rent due', '98.5%', '97.9%', 'Amber'], ['HM 03', 'Gas safety certificates in date', '100%', '100%', 'Green']];
    expect(plain(rows).map((r) => r.slice(0, 2))).toEqual([['HM01', 'Rent collected as % of rent due'], ['HM 03', 'Gas safety certificates in date']]);
    // Names under 'KPI' and descriptions beside them: 'KPI' stays the name.
    const named = [['KPI', 'Description', 'Target', 'Actual'], ['Rent collected', 'Rent collected as a share of rent due', '98.5%', '97.9%']];
    expect(plain(named).map((r) => r.slice(0, 2))).toEqual([[null, 'Rent collected']]);
  });

  test("other councils' headings: 'Results', a target at a date, earlier and later periods, Pentana's 'Code & Short Name' and 'Latest Note'", () => {
    // A housing association's board report.
    expect(plain([['Performance Indicator', 'Target', 'Results'], ['Rent Collection', '100%', '99.8%']])).toEqual([[null, 'Rent Collection', '100%', null, '99.8%', null, null, null]]);
    // A police and crime panel: rolling years compared, a target at the year's end.
    const police = [['Crime type', 'Target at 31 March 2024', 'Earlier period May-23 to Apr-24', 'Later period May-24 to Apr-25'], ['All recorded crime', '94,000', '95,509', '92,739']];
    expect(plain(police)).toEqual([[null, 'All recorded crime', '94,000', '95,509', '92,739', null, null, null]]);
    expect(plain([['Measure', 'Previous 12 months', 'Latest 12 months'], ['Staff turnover (%)', '13.1%', '11.7%']])).toEqual([[null, 'Staff turnover (%)', null, '13.1%', '11.7%', null, null, null]]);
    // A Pentana/Covalent export: 'Code & Short Name', 'Latest Note'; its statuses (OK / Warning / Alert) are
    // ordinary words, ratings only where a profile says so.
    const pentana = [['Code & Short Name', 'Q1 2024/25 Value', 'Q2 2024/25 Value', 'Q2 2024/25 Target', 'Status', 'Latest Note'], ['CHN01 Cost per primary school pupil', '£5,310', '£5,402', '£5,300', 'Warning', 'Pay award applied.'], ['CUS02 Complaints answered in 20 working days', '81%', '86%', '85%', 'OK', '']];
    expect(plain(pentana)).toEqual([
      ['CHN01', 'Cost per primary school pupil', '£5,300', '£5,310', '£5,402', null, 'Warning', 'Pay award applied.'],
      ['CUS02', 'Complaints answered in 20 working days', '85%', '81%', '86%', null, 'OK', null],
    ]);
  });

  test("last year's outturn beside quarters without a year: the quarters are this year's, the outturn neither current nor previous", () => {
    const rows = [
      ['Ref', 'KPI', '2023/24 Outturn', 'Q1', 'Q2', 'Q3', 'Q4', 'Year-end Target', 'RAG'],
      ['FB01', 'Percentage of non-domestic rates collected', '97.8%', '30.1%', '58.4%', '', '', '98.0%', 'Green'],
    ];
    expect(plain(rows)).toEqual([['FB01', 'Percentage of non-domestic rates collected', '98.0%', '30.1%', '58.4%', null, 'Green', null]]);
    const labelled = [
      ['PI', 'Description', '2023/24 Outturn', '2024/25 Target', 'Q3 Actual', 'RAG'],
      ['NV 10', 'Number of new homes completed', '612', '650', '141', 'Amber'],
    ];
    expect(plain(labelled)).toEqual([['NV 10', 'Number of new homes completed', '650', null, '141', null, 'Amber', null]]);
  });

  test("the year before the quarter, as Welsh PAM tables head them ('2023/24 Q3 | 2024/25 Q3 | 2024/25 Q3 Target')", () => {
    const rows = [
      ['PI Ref', 'Description', '2023/24 Q3', '2024/25 Q3', '2024/25 Q3 Target', 'Performance compared to target', 'Trend'],
      ['PAM/035', 'Average number of working days to clear fly-tipping incidents', '1.9', '2.6', '2.0', 'Red', 'Declining'],
    ];
    expect(plain(rows)).toEqual([['PAM/035', 'Average number of working days to clear fly-tipping incidents', '2.0', '1.9', '2.6', 'Declining', 'Red', null]]);
  });

  test("last year's outturn beside this year's quarters is neither current nor previous", () => {
    const rows = [
      ['Ref', 'Indicator', 'Outturn 2023/24', 'Q2 2024/25', 'Q3 2024/25', 'Target', 'Status'],
      ['KPI 01', 'Percentage of council tax collected', '97%', '56%', '83%', '82%', 'Green'],
    ];
    expect(plain(rows)).toEqual([['KPI 01', 'Percentage of council tax collected', '82%', '56%', '83%', null, 'Green', null]]);
  });

  test("quarters without a year across the year's end: Q4 beside Q1 is last year's", async () => {
    const text = ['### KPI 1: Council tax collected', '', 'Q4 outturn: 88%  ', 'Q1 outturn: 85%  ', 'RAG: Amber'].join('\n');
    expect(parseBlocks(await markdownBlocks(text)).cards.map((c) => [c.current?.raw, c.previous?.raw])).toEqual([['85%', '88%']]);
  });

  test("periods alone as labels ('Q1 2024/25: 28%') and period headings with a unit ('Q2 2024/25 (%)')", async () => {
    const text = [
      '### KPI 1: Council tax collected',
      '',
      '**Target:** 56%  ',
      '**Q1 2024/25:** 28%  ',
      '**Q2 2024/25:** 54%  ',
      '**RAG:** Amber',
      '',
      '| Ref | Indicator | Target | Q1 2024/25 (%) | Q2 2024/25 (%) | RAG |',
      '|---|---|---|---|---|---|',
      '| R1 | Invoices paid within 30 days | 95% | 92.1% | 96.4% | Green |',
    ].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.cards.map((c) => [c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw])).toEqual([['KPI 1', '56%', '54%', '28%']]);
    expect(r.scorecard.map((c) => [c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw])).toEqual([['R1', '95%', '96.4%', '92.1%']]);
  });

  test("a value label with its period ('Q2 outturn', 'Q1 outturn'), on lines or heading columns: the latest is current", async () => {
    const text = [
      '# Environment Committee – Quarter 2 2024/25',
      '',
      '## ENV1: Percentage of household waste recycled',
      '',
      'Target: 52%  ',
      'Q2 outturn: 49.6%  ',
      'Q1 outturn: 51.2%  ',
      'Status: Amber',
      '',
      '## ENV2: Missed bin collections per 100,000',
      '',
      '| Target | Q1 outturn | Q2 outturn | Status |',
      '|---|---|---|---|',
      '| 50 | 44 | 38 | Green |',
    ].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.cards.map((c) => [c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw, c.rag?.raw])).toEqual([
      ['ENV1', '52%', '49.6%', '51.2%', 'Amber'],
      ['ENV2', '50', '38', '44', 'Green'],
    ]);
  });
});

describe('a second label for a field the card already has', () => {
  test("'Baseline' beside 'Target', 'Year to date' beside 'This quarter', 'Last year' beside 'Last quarter': one card, the main label holds", async () => {
    const text = [
      '### KPI 1: Council tax collected',
      '',
      '**Baseline:** 50%  ',
      '**Target:** 56%  ',
      '**This quarter:** 26%  ',
      '**Year to date:** 54%  ',
      '**Same quarter last year:** 53%  ',
      '**Last quarter:** 28%  ',
      '**RAG:** Amber',
      '',
      '**Commentary:** Billing run delayed.',
      '',
      '### KPI 2: Business rates collected',
      '',
      '| Baseline | Target | Actual | Previous | RAG |',
      '|---|---|---|---|---|',
      '| 40% | 45% | 47% | 44% | Green |',
    ].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.cards.map((c) => [c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw, c.rag?.raw, c.commentary])).toEqual([
      ['KPI 1', '56%', '26%', '28%', 'Amber', 'Billing run delayed.'],
      ['KPI 2', '45%', '47%', '44%', 'Green', null],
    ]);
  });

  test("value headings qualified by what they count ('Latest count | Previous count') head a card's figures", async () => {
    const text = ['### HS 04 Rough sleepers', '', '| Target | Latest count | Previous count |', '|---|---|---|', '| 10 | 14 | 17 |', '', 'Commentary: The winter count rose.'].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.cards.map((c) => [c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw, c.commentary])).toEqual([['HS 04', '10', '14', '17', 'The winter count rose.']]);
  });

  test("a table of the measure's months after its figures is the card's history: no second card, the card's figures and commentary kept", async () => {
    const text = [
      '## HS02 – Percentage of calls answered',
      '',
      '| Current | Target | RAG | Previous |',
      '|---|---|---|---|',
      '| 71% | 80% | Red | 76% |',
      '',
      '**Trend data**',
      '',
      '| Month | Apr-24 | May-24 | Jun-24 | Jul-24 | Aug-24 | Sep-24 |',
      '|---|---|---|---|---|---|---|',
      '| Actual | 79 | 78 | 76 | 74 | 72 | 71 |',
      '| Target | 80 | 80 | 80 | 80 | 80 | 80 |',
      '',
      '**Commentary**',
      '',
      'Recruitment continues.',
    ].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.cards.map((c) => [c.printedId, c.current?.raw, c.target?.raw, c.previous?.raw, c.rag?.raw, c.commentary])).toEqual([['HS02', '71%', '80%', '76%', 'Red', 'Recruitment continues.']]);
  });

  test("a direction printed as a phrase on a line of its own ('Bigger is better') is the card's direction", async () => {
    const text = ['### KPI 1 Calls answered', '', 'Bigger is better', '', 'Target: 80%', '', 'Actual: 75%'].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.cards.map((c) => [c.printedId, c.direction?.raw, c.target?.raw, c.current?.raw])).toEqual([['KPI 1', 'Bigger is better', '80%', '75%']]);
  });

  test("a year's target and a quarter's on one card ('Target 2025/26' then 'Target Q2'): one card, the quarter's target", async () => {
    const text = ['### RS 02 Sickness days per FTE', '', 'Target 2025/26: 8.5', '', 'Target Q2: 4.2', '', 'Actual to date: 4.5', '', '### RS 03 Calls answered', '', 'Target: 80%', '', 'Actual: 75%'].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.cards.map((c) => [c.printedId, c.target?.raw, c.targetLabel, c.current?.raw])).toEqual([
      ['RS 02', '4.2', 'Target Q2', '4.5'],
      ['RS 03', '80%', 'Target', '75%'],
    ]);
  });
});

describe('merged rows and tables on their side', () => {
  test("a row merged across a scorecard (Word repeats it in every cell) is a group, or a labelled comment on the KPI above", () => {
    const group = 'Priority 1: Housing';
    const comment = 'Comment: Cable faults took longer to fix because of network operator delays.';
    const rows = [
      ['Ref', 'Measure', 'Target', 'Previous', 'Current', 'Status'],
      Array(6).fill(group),
      ['HS1', 'Percentage of homes meeting Decent Homes Standard', '98%', '96.2%', '97.1%', 'Amber'],
      Array(6).fill(comment),
      ['EN1', 'Percentage of household waste recycled', '50%', '47.3%', '44.1%', 'Red'],
    ];
    expect(plain(rows)).toEqual([
      ['HS1', 'Percentage of homes meeting Decent Homes Standard', '98%', '96.2%', '97.1%', null, 'Amber', 'Cable faults took longer to fix because of network operator delays.'],
      ['EN1', 'Percentage of household waste recycled', '50%', '47.3%', '44.1%', null, 'Red', null],
    ]);
  });

  test("a card's value table: its RAG column under any RAG heading, the latest period's when RAGs are by period", async () => {
    const text = [
      '### HS2: Rent collected',
      '',
      '| Target | Actual | Performance status |',
      '|---|---|---|',
      '| 97% | 95.1% | Amber |',
      '',
      '### HS3: Empty homes re-let',
      '',
      '| Target | Q1 Actual | Q2 Actual | Q1 RAG | Q2 RAG |',
      '|---|---|---|---|---|',
      '| 30 days | 34 days | 28 days | Red | Green |',
    ].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.cards.map((c) => [c.printedId, c.current?.raw, c.previous?.raw, c.rag?.raw, c.previousRag?.raw])).toEqual([
      ['HS2', '95.1%', undefined, 'Amber', undefined],
      ['HS3', '28 days', '34 days', 'Green', 'Red'],
    ]);
  });

  test("period columns beside a comparator ('Same period last year'): the periods give current and previous; of two secondary targets the year's", async () => {
    const text = [
      '### RS 01 Invoices paid in 30 days',
      '',
      '| Baseline | Annual target | Q1 2025/26 | Q2 2025/26 | Same period last year |',
      '|---|---|---|---|---|',
      '| 88% | 95% | 90% | 93% | 89% |',
      '',
      '### RS 02 Calls answered',
      '',
      'Baseline: 60%',
      '',
      'Annual target: 80%',
      '',
      'Actual: 75%',
      '',
      'Last quarter: 70%',
    ].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.cards.map((c) => [c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw, c.targetLabel])).toEqual([
      ['RS 01', '95%', '93%', '90%', 'Annual target'],
      ['RS 02', '80%', '75%', '70%', 'Annual target'],
    ]);
  });

  test("rows breaking down a referenced KPI ('Refuse', 'Recycling' with no reference) are named by the KPI they break down", () => {
    const rows = [
      ['Ref', 'Indicator', 'Target', 'Q1 2024/25', 'Q2 2024/25', 'RAG'],
      ['ENV2', 'Missed bins per 100,000 collections', '40', '52', '38', 'Green'],
      ['', 'Refuse', '40', '61', '44', 'Red'],
      ['', 'of which: garden waste', '40', '43', '32', 'Green'],
      ['ENV3', 'Street cleanliness inspections rated acceptable', '95%', '96%', '97%', 'Green'],
    ];
    expect(plain(rows).map((r) => r.slice(0, 2))).toEqual([
      ['ENV2', 'Missed bins per 100,000 collections'],
      [null, 'Missed bins per 100,000 collections – Refuse'],
      [null, 'Missed bins per 100,000 collections – garden waste'],
      ['ENV3', 'Street cleanliness inspections rated acceptable'],
    ]);
    // KPIs of their own without a reference among referenced ones keep their names, short or long.
    const mixed = [rows[0], rows[1], ['', 'Percentage of household waste sent for reuse or recycling', '50%', '47%', '48%', 'Amber'], rows[2]];
    expect(plain(mixed).map((r) => r[1])).toEqual(['Missed bins per 100,000 collections', 'Percentage of household waste sent for reuse or recycling', 'Refuse']);
    const short = [rows[0], ['HS1', 'Rent collected', '97%', '96%', '97.5%', 'Green'], ['HS2', 'Homes re-let', '28', '31', '27', 'Green'], ['', 'Sickness absence', '8.5', '9.1', '8.9', 'Amber'], ['', 'Staff turnover', '10%', '12%', '11%', 'Amber']];
    expect(plain(short).map((r) => r[1])).toEqual(['Rent collected', 'Homes re-let', 'Sickness absence', 'Staff turnover']);
  });

  test("headings and ratings in two languages ('Targed / Target', 'Ambr / Amber'), as Welsh councils print them", () => {
    const rows = [
      ['Cyf / Ref', 'Dangosydd / Indicator', 'Targed / Target', 'Chwarter 1 / Quarter 1', 'Chwarter 2 / Quarter 2', 'Statws / Status'],
      ['GL 02', 'Diwrnodau salwch / Sickness days per FTE', '4.5', '2.1', '4.9', 'Coch / Red'],
    ];
    expect(plain(rows)).toEqual([['GL 02', 'Diwrnodau salwch / Sickness days per FTE', '4.5', '2.1', '4.9', null, 'Coch / Red', null]]);
    expect(ragWord('Coch / Red', true)).toBe('Red');
    expect(ragWord('Amber / Green', true)).toBeNull();
    // Two headings the vocabulary knows in one cell ('Actual / Target') are neither alone.
    expect(plain([['Ref', 'Indicator', 'Actual / Target', 'RAG'], ['HS1', 'Rent collected', '85% / 90%', 'Amber']])).toEqual([]);
  });

  test("a labelled comment in the first cell only (a PDF's merged row: 'Corrective Action: …') is the KPI above's", () => {
    const rows = [
      ['Indicator', 'Target', 'Q3 2024/25', 'Q3 2023/24', 'RAG'],
      ['Number of households in temporary accommodation', '1,500', '1,742', '1,611', 'Red'],
      ['Corrective Action: A new procurement of nightly-paid accommodation is underway.', '', '', '', ''],
      ['Percentage of council tax collected', '84.0%', '82.1%', '83.0%', 'Amber'],
    ];
    const read = readScorecard(rows, prov({ index: 4 }));
    expect(read.map((r) => [r.title, r.pathToGreen ?? null])).toEqual([
      ['Number of households in temporary accommodation', 'A new procurement of nightly-paid accommodation is underway.'],
      ['Percentage of council tax collected', null],
    ]);
  });

  test("a figure printed twice ('Target: 82%' over a trend table with a Target column) is one card's", async () => {
    const text = ['### ASC 1: Proportion of older people still at home 91 days after discharge', '', 'Target: 82%', '', '| Quarter | Actual | Target |', '|---|---|---|', '| Q1 2024/25 | 80.1% | 82% |', '| Q2 2024/25 | 81.5% | 82% |', '| Q3 2024/25 | 83.2% | 82% |'].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.cards.map((c) => [c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw])).toEqual([['ASC 1', '82%', '83.2%', '81.5%']]);
  });

  test('periods across the top and a row per field, or a row per period: the latest filled period is the card’s', async () => {
    const text = [
      '### FP1: Percentage of invoices paid within 30 days',
      '',
      '|  | Q2 2024/25 | Q3 2024/25 |',
      '|---|---|---|',
      '| Actual | 93% | 91% |',
      '| Target | 95% | 95% |',
      '| RAG | Amber | Red |',
      '',
      '### KPI 4: Calls answered within 60 seconds',
      '',
      '| Quarter | Actual | Target |',
      '|---|---|---|',
      '| Q1 | 80.1% | 85% |',
      '| Q2 | 81.5% | 85% |',
      '| Q3 | 83.2% | 85% |',
      '| Q4 |  | 85% |',
      '',
      'RAG: Amber',
    ].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.scorecard).toEqual([]);
    expect(r.cards.map((c) => [c.printedId, c.target?.raw, c.current?.raw, c.previous?.raw, c.rag?.raw, c.previousRag?.raw ?? null])).toEqual([
      ['FP1', '95%', '91%', '93%', 'Red', 'Amber'],
      ['KPI 4', '85%', '83.2%', '81.5%', 'Amber', null],
    ]);
  });
});

describe("a card's title where Word papers print it", () => {
  test('a plain line right above the figures titles its card, not the document heading above it', async () => {
    const text = ['# Housing Committee', '', 'Quarter 2 2024/25', '', 'Percentage of rent collected', '', '| Target | Actual | Previous | RAG |', '|---|---|---|---|', '| 97% | 96% | 95% | Amber |', '', 'Average days to re-let empty homes', '', '| Target | Actual | Previous | RAG |', '|---|---|---|---|', '| 28 | 41 | 37 | Red |'].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.cards.map((c) => [c.title, c.current?.raw])).toEqual([['Percentage of rent collected', '96%'], ['Average days to re-let empty homes', '41']]);
  });

  test("a card's own heading keeps its title over a note line above its figures", async () => {
    const text = ['## Percentage of rent collected', '', 'Description: The proportion of rent due in the year that was collected.', '', 'Data is cumulative', '', '| Target | Actual | RAG |', '|---|---|---|', '| 97% | 96% | Amber |'].join('\n');
    expect(parseBlocks(await markdownBlocks(text)).cards.map((c) => c.title)).toEqual(['Percentage of rent collected']);
  });

  test("a title merged across a form table's first row (repeated in every cell) names the card", async () => {
    const text = ['# Housing Committee – Quarter 2 2024/25', '', '| HC01 – Percentage of rent collected | HC01 – Percentage of rent collected | HC01 – Percentage of rent collected | HC01 – Percentage of rent collected |', '|---|---|---|---|', '| Target | 97.5% | Current | 96.1% |', '| Previous | 95.8% | Status | Amber |'].join('\n');
    const r = parseBlocks(await markdownBlocks(text));
    expect(r.cards.map((c) => [c.printedId, c.title, c.target?.raw, c.current?.raw, c.previous?.raw, c.rag?.raw])).toEqual([['HC01', 'Percentage of rent collected', '97.5%', '96.1%', '95.8%', 'Amber']]);
  });
});

describe("a card's text in boxes of its own", () => {
  test("a table holding 'Commentary' and its text in one cell, or a 'Commentary | text' row, gives the card its sections", async () => {
    const blocks = await markdownBlocks(['## KPI 1: Percentage of invoices paid within 30 days', '', '| Target | Current | Previous | RAG |', '|---|---|---|---|', '| 95% | 91% | 93% | Amber |', '', '| Performance |  |', '|---|---|', '| Commentary | Backlog after the finance system change. |', '| Corrective action | Daily approval reports to budget holders. |'].join('\n'));
    const r = parseBlocks(blocks);
    expect(r.cards.map((c) => [c.printedId, c.current?.raw, c.commentary, c.pathToGreen])).toEqual([['KPI 1', '91%', 'Backlog after the finance system change.', 'Daily approval reports to budget holders.']]);
    // One cell: the label on its first line (a Word box table).
    const boxed = [...blocks.slice(0, 2), { ...blocks[2], rows: [['Commentary\nBacklog after the finance system change.']], text: 'Commentary\nBacklog after the finance system change.' }];
    expect(parseBlocks(boxed).cards.map((c) => c.commentary)).toEqual(['Backlog after the finance system change.']);
  });
});

describe('tiles: a label and its value in one cell', () => {
  test("'Target' over '400' in a cell, or 'Target: 65%', is a pair; a heading over its period is not", async () => {
    const blocks = await markdownBlocks(['## ES1: Number of businesses supported', '', '| a | b |', '|---|---|', '| x | y |'].join('\n'));
    const tile = (rows: string[][]) => parseBlocks([blocks[0], { ...blocks[1], rows, text: '' }]).cards.map((c) => [c.target?.raw ?? null, c.current?.raw ?? null, c.previous?.raw ?? null, c.rag?.raw ?? null]);
    expect(tile([['Target\n400', 'Actual\n452', 'Previous\n388', 'RAG\nGreen']])).toEqual([['400', '452', '388', 'Green']]);
    expect(tile([['Target: 65%', 'Actual: 58%', 'Previous: 61%', 'RAG: Red']])).toEqual([['65%', '58%', '61%', 'Red']]);
    expect(tile([['Target\n2024/25', 'Notes\nSee appendix']])).toEqual([]);
  });
});

