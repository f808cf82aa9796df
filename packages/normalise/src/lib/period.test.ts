import { describe, expect, test } from '@jest/globals';
import { prov } from '@kpi/extract';
import { fiscalQuarterOf, fiscalStartYear, quarterBounds, quarterReportedIn, resolvePeriod } from './period';

const ev = (source: 'title' | 'covering' | 'statement' | 'card-date' | 'produced', text: string) => ({ source, text, prov: prov() });

describe('UK financial years and quarters', () => {
  test('quarters of calendar months (Q1 = April to June)', () => {
    expect([4, 6, 7, 12, 1, 3].map((m) => fiscalQuarterOf(2024, m))).toEqual([
      { startYear: 2024, quarter: 1 }, { startYear: 2024, quarter: 1 }, { startYear: 2024, quarter: 2 },
      { startYear: 2024, quarter: 3 }, { startYear: 2023, quarter: 4 }, { startYear: 2023, quarter: 4 },
    ]);
    expect(quarterBounds(2024, 4)).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    expect(quarterBounds(2025, 1)).toEqual({ start: '2025-04-01', end: '2025-06-30' });
  });

  test('fiscal year labels in their printed forms', () => {
    expect(['2024/25', '2024-25', '2024/2025', '24/25'].map(fiscalStartYear)).toEqual([2024, 2024, 2024, 2024]);
    expect(fiscalStartYear('2024/26')).toBeNull();
  });

  test('a paper dated May 2025 reports the quarter that ended in March', () => {
    expect(quarterReportedIn(2025, 5)).toEqual({ startYear: 2024, quarter: 4 });
    expect(quarterReportedIn(2025, 9)).toEqual({ startYear: 2025, quarter: 1 });
    expect(quarterReportedIn(2024, 11)).toEqual({ startYear: 2024, quarter: 2 });
    expect(quarterReportedIn(2025, 7)).toEqual({ startYear: 2025, quarter: 1 });
  });

  test('evidence is weighed strongest first', () => {
    expect(resolvePeriod([ev('title', 'Quarter 1, 2025/26'), ev('card-date', 'May 2025')])).toMatchObject({ fiscalYear: '2025/26', quarter: 1, source: 'title' });
    expect(resolvePeriod([ev('covering', 'covering 1 July 2024 to 30 September 2024')])).toMatchObject({ fiscalYear: '2024/25', quarter: 2, periodStart: '2024-07-01', periodEnd: '2024-09-30' });
    expect(resolvePeriod([ev('title', '2024/25 quarter 4')])).toMatchObject({ fiscalYear: '2024/25', quarter: 4 });
    expect(resolvePeriod([ev('card-date', 'May 2025')])).toMatchObject({ fiscalYear: '2024/25', quarter: 4, source: 'card-date' });
    expect(resolvePeriod([ev('covering', 'period April to June 2025')])).toMatchObject({ fiscalYear: '2025/26', quarter: 1 });
    expect(resolvePeriod([ev('title', 'quarter 3 24/25')])).toMatchObject({ fiscalYear: '2024/25', quarter: 3 });
    expect(resolvePeriod([])).toMatchObject({ fiscalYear: null, quarter: null });
  });
});

describe('the period as titles print it', () => {
  const periodOf = async (title: string) => {
    const { parseBlocks, markdownBlocks } = await import('@kpi/extract');
    // A line further down names last year's outturn: the title still decides.
    const r = parseBlocks(await markdownBlocks(`# ${title}\n\nCabinet\n\nThe 2023/24 outturn is shown for comparison.\n`));
    const p = resolvePeriod(r.periodEvidence);
    return `${p.fiscalYear} Q${p.quarter}`;
  };

  test("a table's period columns further down do not outweigh the title's dates", async () => {
    const { parseBlocks, markdownBlocks } = await import('@kpi/extract');
    const text = '# Performance Report: Quarter 2 (July to September 2024)\n\n| Ref | Indicator | Q1 2024/25 | Q2 2024/25 | Target |\n|---|---|---|---|---|\n| R1 | Council tax collected | 28% | 54% | 56% |\n';
    expect(resolvePeriod(parseBlocks(await markdownBlocks(text)).periodEvidence)).toMatchObject({ fiscalYear: '2024/25', quarter: 2 });
  });

  test.each([
    // A title with a quarter but no year: that quarter, in the year its table heads it with.
    ['# Quarter 2 Performance Report\n\n| Target | Q1 2025/26 | Q2 2025/26 |\n|---|---|---|\n| 95% | 91% | 93% |\n', '2025/26 Q2'],
    ['# Quarter 2 Performance Report\n\n| Target | Q2 2024/25 | Q2 2025/26 |\n|---|---|---|\n| 95% | 91% | 93% |\n', '2025/26 Q2'],
    // No period in the title: a table row's latest period; prose names the paper's before a later plan's.
    ['# Performance Report\n\n| Target | Q1 2025/26 | Q2 2025/26 |\n|---|---|---|\n| 95% | 91% | 93% |\n', '2025/26 Q2'],
    ['# Performance Report\n\nThis report covers quarter 4 2024/25.\n\nFrom quarter 1 2025/26 onwards a scorecard will be used.\n', '2024/25 Q4'],
    // A sentence saying what the figures are compared with names no period of the paper's (before: filed under 2023/24).
    ['# Fire and Rescue Authority\n\n## Performance Monitoring Report – Quarter 2 (July to September 2024)\n\nPerformance is compared with the same quarter last year, Q2 2023/24.\n\n| PI | Description | Q2 2024/25 | Q2 2023/24 | Q2 Target |\n|---|---|---|---|---|\n| SV01 | Primary fires | 312 | 338 | 325 |\n', '2024/25 Q2'],
    ['# Fire and Rescue Authority\n\n## Performance Monitoring Report – Quarter 2 (July to September 2024)\n\nTrend: *Better* means fewer incidents than in Q2 2023/24.\n\n| PI | Description | Q2 2024/25 | Q2 2023/24 |\n|---|---|---|---|\n| SV01 | Primary fires | 312 | 338 |\n', '2024/25 Q2'],
    // A title with a year alone over columns of years, the latest the title's: that year's end (before: no period).
    ['# Benchmarking Framework 2023/24\n\n| Code | Indicator | 2021/22 | 2022/23 | 2023/24 | Scotland 2023/24 |\n|---|---|---|---|---|---|\n| ENV6 | Household waste recycled | 44.9% | 45.2% | 46.8% | 43.5% |\n| C&L5a | Adults satisfied with libraries | 74.3% | 72.0% | 70.1% | 69.3% |\n', '2023/24 Q4'],
    // Over quarters, the latest quarter the figures stand in.
    ['# KPI Tracker 2024/25\n\n| Ref | KPI | Q1 | Q2 | Target |\n|---|---|---|---|---|\n| CS01 | Council tax collected | 28.9% | 56.4% | 97.0% |\n', '2024/25 Q2'],
  ])('periods in the head of a paper: %j', async (text, want) => {
    const { parseBlocks, markdownBlocks } = await import('@kpi/extract');
    const p = resolvePeriod(parseBlocks(await markdownBlocks(text)).periodEvidence);
    expect(`${p.fiscalYear} Q${p.quarter}`).toBe(want);
  });

  test.each([
    ['Quarter 2 Performance Report (July – September 2024)', '2024/25 Q2'],
    ['Performance Report: July to September 2024', '2024/25 Q2'],
    ['Performance Report Jul-Sep 2024', '2024/25 Q2'],
    ['Q2 24/25 Performance', '2024/25 Q2'],
    ['Quarter Two 2024/25', '2024/25 Q2'],
    ['Quarter 1 Performance Report 2025/26', '2025/26 Q1'],
    ['Council Plan Performance 2024-25: Quarter 3', '2024/25 Q3'],
    ['Mid-year performance report 2024/25', '2024/25 Q2'],
    ['Year-end performance report 2023/24', '2023/24 Q4'],
    ['Annual Performance Report 2023/24', '2023/24 Q4'],
    ['Annual report 2022-23', '2022/23 Q4'],
    // Words that begin like a month or a half are no other period ('market', 'Midlands', 'decisions').
    ['Housing Market Annual Report 2023/24', '2023/24 Q4'],
    ['East Midlands Annual Performance Report 2023/24: decisions and separate returns', '2023/24 Q4'],
    ['Housing Annual Report to Tenants 2024/25 – Half-year position (April to September 2024)', '2024/25 Q2'],
    ['Annual Report on Complaints 2024/25: Quarter 2 monitoring', '2024/25 Q2'],
    ['Corporate performance as at 30 September 2024', '2024/25 Q2'],
    ['Quarterly performance report – period ending 31 December 2024', '2024/25 Q3'],
    ['Performance report quarter 4 (January to March 2025)', '2024/25 Q4'],
    ['Qtr 2 2024/25 performance', '2024/25 Q2'],
    ['Quarter 2 Outturn Report 2024/25', '2024/25 Q2'],
    ['Corporate Plan 2022-2026: Quarter 2 Performance Report 2024/25', '2024/25 Q2'],
    ['Q2 (July – September) 2024/25', '2024/25 Q2'],
    // Fiscal months and periods, 'FY' years, months to a date, a range with a short year, a month alone.
    ['Month 6 2025/26 Performance Report', '2025/26 Q2'],
    ['P9 2025/26 Performance Report', '2025/26 Q3'],
    ['FY25/26 Quarter 2 Performance Report', '2025/26 Q2'],
    ['Q2 FY25/26 Performance Report', '2025/26 Q2'],
    ['Performance for the six months to September 2025', '2025/26 Q2'],
    ['Performance Report Jul – Sep 25', '2025/26 Q2'],
    ['Corporate Performance Report – December 2025', '2025/26 Q3'],
    // A meeting's date is no month of the title's ('11th December 2025', 'Tuesday 9 December').
    ['Corporate Performance Report – Cabinet 11th December 2025', 'null Qnull'],
    ['Performance for the quarter ending 30 September 2024', '2024/25 Q2'],
    // A range's end month with the financial year it falls in: 'March 2023/24' is March 2024 (not 2023).
    ['Performance for January to March 2023/24', '2023/24 Q4'],
    ['Core Performance - October to December 2023/24', '2023/24 Q3'],
    ['Performance Report as at March 2023/24', '2023/24 Q4'],
    // GOV.UK's years, ordinal quarters, 'FY24' alone, halves, a range with short years, outturn, year to date.
    ['Corporate Performance Report – Quarter 3, 2023 to 2024', '2023/24 Q3'],
    ['3rd Quarter Performance Report 2023/24', '2023/24 Q3'],
    ['Performance Report FY24 Q3', '2023/24 Q3'],
    ['Performance Report H1 2024/25', '2024/25 Q2'],
    ['Performance Report – Half Year 1 2024/25', '2024/25 Q2'],
    ['Performance Report – Oct 23 – Dec 23', '2023/24 Q3'],
    ['Performance Outturn Report 2023/24', '2023/24 Q4'],
    // A forecast outturn is a mid-year paper's: no year-end quarter from it.
    ['Forecast Outturn Report 2024/25 – Quarter 2', '2024/25 Q2'],
    ['Performance Report: Year-to-date to 31 December 2023', '2023/24 Q3'],
    // An indicator's code is no half ('H1 Households in temporary accommodation' in a report line).
    ['H1 Homelessness performance report', 'null Qnull'],
  ])('%s → %s', async (title, want) => {
    expect(await periodOf(title)).toBe(want);
  });
});
