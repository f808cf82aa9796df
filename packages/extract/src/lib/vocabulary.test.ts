import { describe, expect, test } from '@jest/globals';
import { changeWord, indicatorHeading, monthNumber, nameLine, navLine, periodBasisOf, periodHeading, ragLabel, ragWord, summaryStatus } from './vocabulary';

describe("a form's name row", () => {
  test('names the card, with its reference or the identifier in the name', () => {
    expect(nameLine('Measure name: Average time to re-let council homes Ref: CP30')).toEqual({ id: 'CP30', title: 'Average time to re-let council homes' });
    expect(nameLine('Indicator: KPI 7: Missed bin collections')).toEqual({ id: 'KPI 7', title: 'Missed bin collections' });
    expect(nameLine('Performance indicator: Rent collected')).toEqual({ id: null, title: 'Rent collected' });
  });

  test("'Description: …' is the text section, and other labels are no name", () => {
    expect(nameLine('Description: The percentage of FOI requests answered on time.')).toBeNull();
    expect(nameLine('Target: 90%')).toBeNull();
    expect(nameLine('Indicator Description')).toBeNull();
  });
});

describe('identifiers in the forms councils print them', () => {
  test.each([
    ['AHC 12 – Percentage of reviews', 'AHC 12', 'Percentage of reviews'],
    ['FR01 Council tax collected', 'FR01', 'Council tax collected'],
    ['SCS 08 Percentage of calls answered', 'SCS 08', 'Percentage of calls answered'],
    ['KPI 1 Council tax collected', 'KPI 1', 'Council tax collected'],
    ['PI-CS-012 – Complaints answered', 'PI-CS-012', 'Complaints answered'],
    ['CP.1.2 Budget variance', 'CP.1.2', 'Budget variance'],
    ['PAM/012 Percentage of homeless households', 'PAM/012', 'Percentage of homeless households'],
    ['ASCOF 2A(ii) Admissions to care homes', 'ASCOF 2A(ii)', 'Admissions to care homes'],
    ['EH 3 — Food inspections', 'EH 3', 'Food inspections'],
    ['Council tax collected (FR01)', 'FR01', 'Council tax collected'],
    // Figures inside the title, not at its end as a row's; a one-word title after a plain code.
    ['CYP 22 Rate of children looked after per 10,000 under 18', 'CYP 22', 'Rate of children looked after per 10,000 under 18'],
    ['EM 02 Voids', 'EM 02', 'Voids'],
    // A title opening with a per cent sign (Scottish LGBF codes).
    ['SW03a % of people aged 65+ receiving care at home', 'SW03a', '% of people aged 65+ receiving care at home'],
  ])('%s', (line, id, title) => {
    expect(indicatorHeading(line)).toEqual({ id, title });
  });

  test('periods, document parts, labels and table rows are not identifiers', () => {
    for (const line of ['Quarter 2 Performance Report', 'Table 3 Summary of results', 'Priority 1 Housing', 'COVID 19 Recovery', 'Target 2025/26: 58.0%; Outturn: 46.7%', 'HS1 Homes let within 28 days 92% 88%', 'A1 road works', 'COVID-19 Recovery Plan', 'CO2 Emissions from council buildings', 'NHS 111 Calls answered', 'KS2 Results in reading', 'LGA 2024 Peer Challenge', 'Air quality (NO2)', 'HS1 92%', 'HS1 % 92', 'Priority 2 Housing', 'Figure 3 Trends'])
      expect(indicatorHeading(line)).toBeNull();
  });
});

describe('RAG ratings as real keys print them', () => {
  test('status phrases and ratings with their marks', () => {
    const read = (t: string) => ragWord(t, true);
    expect(['Below target', 'Within tolerance', 'Target met', 'Not met', 'Ahead of target', 'Green (on target)', 'Green*', 'Green ✓', '● Red', 'R - Red'].map(read)).toEqual([
      'Red', 'Amber', 'Green', 'Red', 'Green', 'Green', 'Green', 'Green', 'Red', 'Red',
    ]);
    // A RAG label with '=' as its separator, as text dumps print it.
    expect(ragLabel('RAG = Amber')).toEqual({ rest: 'Amber' });
    // A rating opening a sentence after its label is the rating; a sentence that opens otherwise is no label's.
    expect(ragLabel('Status: Green. 45 of these were for social rent.')).toEqual({ rest: 'Green' });
    expect(ragLabel('Status: Work continues. Green shoots are visible.')).toBeNull();
    // Words of ordinary text are no rating unless a profile says so; a letter before a dash names no status.
    expect(['Warning', 'Alert', 'OK'].map(read)).toEqual([null, null, null]);
    expect([summaryStatus('R – Resources'), summaryStatus('Green – on or above target')]).toEqual([null, 'Green']);
    // Tick boxes, one ticked (a Word form's check boxes): the rating after the tick; none ticked, none.
    expect(['☐ Red ☒ Amber ☐ Green', '☐ Red ☐ Amber ☑ Green', '☐ Red ☐ Amber ☐ Green', '☒ Red ☒ Amber'].map(read)).toEqual(['Amber', 'Green', null, null]);
    // Two ratings say neither; a word that starts like one is none.
    expect(['Amber/Green', 'Greenwich', 'Red route'].map(read)).toEqual([null, null, null]);
  });
});

describe('months', () => {
  test('whole or cut short, with or without a stop', () => {
    expect(['Jan', 'January', 'Sept', 'September', 'sep.', 'JUNE', 'May'].map(monthNumber)).toEqual([1, 1, 9, 9, 9, 6, 5]);
  });

  test('words that only begin like a month are none', () => {
    expect(['Market', 'Decrease', 'Mayor', 'Junior', 'Separate', 'Novel', 'Augment'].map(monthNumber)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(periodHeading('Sep-25')?.key).toBe(202509);
    expect(periodHeading('Market 25')).toBeNull();
    expect(navLine('September 2025')).toEqual({ dated: 'September 2025' });
    expect(navLine('Decrease 2024')).toBeNull();
  });
});

describe('periods heading columns, as councils print them', () => {
  test.each([
    // Quarters: 'Qtr', a bracketed or short year; three months to a year's month are their financial quarter.
    ['Q4 2023/24', 202312, 'quarter'],
    ['Qtr 4 2023/24', 202312, 'quarter'],
    ['Qtr 4 23-24', 202312, 'quarter'],
    ['Q4 (2023/24)', 202312, 'quarter'],
    ['Jan - Mar 2024', 202312, 'quarter'],
    ['Jan-Mar 24', 202312, 'quarter'],
    ['Apr – Jun 2024', 202403, 'quarter'],
    // A rolling figure to a month's end is that month's.
    ['Rolling 12 months to Mar-24', 202403, 'month'],
    ['12 months to March 2024', 202403, 'month'],
    ['End of Mar 24', 202403, 'month'],
  ])('%s', (text, key, basis) => {
    expect(periodHeading(text)).toEqual({ key, basis });
  });

  test('four months, or three from another month (a rolling three months), are no quarter', () => {
    expect(periodHeading('Jan - Apr 2024')).toBeNull();
    expect(periodHeading('Feb - Apr 2024')).toBeNull();
  });
});

describe('ratings and changes in other councils’ words', () => {
  test.each([
    ['Significantly off track', 'Red'],
    ['Not on target', 'Red'],
    ['Target not achieved', 'Red'],
    ['Outside tolerance', 'Red'],
    ['Slightly off track', 'Amber'],
    ['Within target', 'Green'],
    ['Target exceeded', 'Green'],
    ['Off Track - Red', 'Red'],
    ['Green – on track', 'Green'],
    ['R (off track)', 'Red'],
    ['✅ Achieved', 'Green'],
    ['🟢', 'Green'],
    ['🔴', 'Red'],
  ])('%s → %s', (text, rag) => {
    expect(ragWord(text, true)).toBe(rag);
  });

  test('a rating and a meaning that disagree, or two ratings, say neither', () => {
    expect(ragWord('Red - on track', true)).toBeNull();
    expect(ragWord('Amber/Green', true)).toBeNull();
  });

  test('changes in words, glossed, and negated', () => {
    expect(['Improvement', 'Deteriorated slightly', 'Up (improving)', 'Down (worsening)', 'Slightly worse', 'Better than Q1'].map(changeWord)).toEqual([
      'improving', 'declining', 'improving', 'declining', 'declining', 'improving',
    ]);
    // Denied, needed or planned, or a comparison with the target (a rating): no change said.
    expect(['Improvement not sustained', 'Not improving', 'Performance is up', 'Improvement required', 'Improvement plan in place', 'Better than target'].map(changeWord)).toEqual([null, null, null, null, null, null]);
  });

  test('an arrow before a change in words: the words decide; a benchmark compared is no change', () => {
    expect(['↑ improved on same period last year', '▼ Deteriorated'].map(changeWord)).toEqual(['improving', 'declining']);
    expect(['Better than national average', 'Worse than the regional average', 'Better than England'].map(changeWord)).toEqual([null, null, null]);
  });

  test("a quarter a year before ('Same quarter last year') is a quarter's figure", () => {
    expect(['Same quarter last year', 'Same month last year', 'Last year', 'Current Year', 'Current Quarter'].map(periodBasisOf)).toEqual(['quarter', 'month', 'year', 'year', 'quarter']);
  });
});
