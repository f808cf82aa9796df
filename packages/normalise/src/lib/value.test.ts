import { describe, expect, test } from '@jest/globals';
import { parseChange, parseDirection, parseRag, parseValue } from './value';
import { inUnit, unitOf } from './units';

describe('numbers as papers print them', () => {
  test.each([
    ['99,468', 99468, 'count'],
    ['92%', 92, 'percent'],
    ['95%*', 95, 'percent'],
    ['5.76%', 5.76, 'percent'],
    ['£1.2m', 1200000, 'currency'],
    ['£500', 500, 'currency'],
    ['£12k', 12000, 'currency'],
    ['4.5 days', 4.5, 'days'],
    ['337.5 hours', 337.5, 'hours'],
    ['(1,234)', -1234, 'count'],
    ['-3', -3, 'count'],
    ['2409', 2409, 'count'],
  ])('%s → %d %s', (raw, value, unit) => {
    expect(parseValue(raw)).toEqual({ raw, value, unit });
  });

  test.each(['N/A', 'NA', 'Contextual', 'TBC', '-', 'Baseline'])('%s has no number', (raw) => {
    expect(parseValue(raw)).toEqual({ raw, value: null, unit: null });
  });

  test('empty and missing values', () => {
    expect(parseValue(null)).toEqual({ raw: null, value: null, unit: null });
    expect(parseValue('  ')).toEqual({ raw: null, value: null, unit: null });
  });

  test("signs, brackets around the unit, a spaced '%', and counts with their noun", () => {
    expect(['+4%', '(5%)', '92 %', '1,204 cases', '310 households', '12 per 1,000', '5 out of 6'].map((t) => [parseValue(t).value, parseValue(t).unit])).toEqual([
      [4, 'percent'],
      [-5, 'percent'],
      [92, 'percent'],
      [1204, 'count'],
      [310, 'count'],
      [12, 'rate'],
      [null, null],
    ]);
  });

  test('directions, arrows and the symbol-font letters', () => {
    expect(['↑', 'h', 'Higher is better', '▲'].map(parseDirection)).toEqual(['higher', 'higher', 'higher', 'higher']);
    expect(['↓', 'i', 'Lower is better'].map(parseDirection)).toEqual(['lower', 'lower', 'lower']);
    expect(['Contextual', 'NA', 'N/A', ''].map(parseDirection)).toEqual([null, null, null, null]);
    // Wingdings arrows as text extraction reads them (é up, ê down, è level); a word starting so is no arrow.
    expect(['é', 'ê', 'ñ', 'ò', 'é 4%', 'hours'].map(parseDirection)).toEqual(['higher', 'lower', 'higher', 'lower', null, null]);
    expect(['é', 'ê', 'è', '►'].map((r) => parseChange(r))).toEqual(['Improving', 'Declining', 'Unchanged', 'Unchanged']);
    // The arrows mammoth gives Word's Wingdings symbols.
    expect(['🡹', '🡻', '🡺', '🡑', '🡓'].map((r) => parseChange(r))).toEqual(['Improving', 'Declining', 'Unchanged', 'Improving', 'Declining']);
    expect(['🡑', '🡓'].map(parseDirection)).toEqual(['higher', 'lower']);
    expect(['Good is high', 'High is good', 'Bigger is better', 'Aim to maximise', 'High'].map(parseDirection)).toEqual(['higher', 'higher', 'higher', 'higher', 'higher']);
    expect(['Good is low', 'Smaller is better', 'Minimise', 'Reduce', 'Low'].map(parseDirection)).toEqual(['lower', 'lower', 'lower', 'lower', 'lower']);
    expect(['Higher or lower is better', 'Good'].map(parseDirection)).toEqual([null, null]);
    expect(['Higher = better', 'Higher-is-better', 'Higher number is better', 'Lower % is better', 'Higher is better ↑'].map(parseDirection)).toEqual(['higher', 'higher', 'higher', 'lower', 'higher']);
    expect(['Getting better', 'Worse', 'Same', 'Steady', 'No change', 'Up'].map((r) => parseChange(r))).toEqual(['Improving', 'Declining', 'Unchanged', 'Unchanged', 'Unchanged', null]);
    // Other councils' keys: a lone 'Better' in a change column, the size after the arrow, '⇔' and '=' for no
    // change, an arrow with its text-form selector, 'Same as last quarter'.
    expect(['Better', '▲ 0.6', '↑ 5%', '▼ 2', '⇔', '=', '➡', '⬆\uFE0E', '➚', '➘', 'Same as last quarter', 'No significant change'].map((r) => parseChange(r))).toEqual([
      'Improving', 'Improving', 'Improving', 'Declining', 'Unchanged', 'Unchanged', 'Unchanged', 'Improving', 'Improving', 'Declining', 'Unchanged', 'Unchanged',
    ]);
    // A direction cell that repeats its label.
    expect(['Polarity: High', 'Polarity: Low', 'Good is: Low'].map(parseDirection)).toEqual(['higher', 'lower', 'lower']);
    // Pentana's polarity, an aim, a reduction; a side said to be worse is the other side's better.
    expect(['Positive', 'Negative', 'To reduce', 'Reduction', 'Higher is worse', 'Lower is bad'].map(parseDirection)).toEqual(['higher', 'lower', 'lower', 'lower', 'lower', 'higher']);
  });

  test('change labels and RAG ratings into the contract domains', () => {
    expect(['Improving', 'Declining', 'Unchanged', 'Contextual', 'NA', 'N/A', '↑', '↓'].map((r) => parseChange(r))).toEqual(['Improving', 'Declining', 'Unchanged', 'Contextual', 'N/A', 'N/A', 'Improving', 'Declining']);
    expect(['GREEN', 'amber ', 'In development', 'Gr', ''].map(parseRag)).toEqual(['Green', 'Amber', 'In Development', null, null]);
  });

  test('a figure inside what is printed around it: bounds, notes, scales, durations, rates', () => {
    const read = (t: string) => [parseValue(t).value, parseValue(t).unit];
    expect(['≥ 95%', '< 5 days', '85%+', '96% (provisional)', '-£450', '£(2,300)', '£0.5 million', '4 hrs 30 mins', '95pc', '38 per 100k', '12.5 working days', '3 wks', '\u20112.4%'].map(read)).toEqual([
      [95, 'percent'], [5, 'days'], [85, 'percent'], [96, 'percent'], [-450, 'currency'], [-2300, 'currency'], [500000, 'currency'],
      [4.5, 'hours'], [95, 'percent'], [38, 'rate'], [12.5, 'days'], [3, 'weeks'], [-2.4, 'percent'],
    ]);
    // A range or a ratio is no one number: the text is kept, the value is not guessed.
    expect(['90-95%', '1 in 4', '0:45', 'Top quartile', '3/4', '15/10', '01/10', 'Target: 95%'].map(read)).toEqual([[null, null], [null, null], [null, null], [null, null], [null, null], [null, null], [null, null], [null, null]]);
    // Other councils' forms: percentage points, a score out of 5, the period before the figure, a negative sum
    // in millions, a clock time and hours with minutes, an arrow after the figure.
    expect(['3.2pp', '-2.1 pts', '0.5%pts', '4.5 / 5', '4.1 out of 5', 'Q2: 31%', 'Sept: 87%', '£(1.1)m', '00:04:30', '2h 15m', '41.2% ▼', '⬆\uFE0E'].map(read)).toEqual([
      [3.2, 'points'], [-2.1, 'points'], [0.5, 'points'], [4.5, 'score'], [4.1, 'score'], [31, 'percent'], [87, 'percent'], [-1100000, 'currency'], [4.5, 'minutes'], [2.25, 'hours'], [41.2, 'percent'], [null, null],
    ]);
  });

  test('a bare number is a count unless the title names the unit', () => {
    expect(unitOf([parseValue('14')], 'Average time to re-let homes (days)')).toBe('days');
    expect(unitOf([parseValue('92')], 'Percentage of calls answered')).toBe('percent');
    expect(unitOf([parseValue('14')], 'Number of complaints')).toBe('count');
    // A per cent sign standing as a word in the title (a fire authority's '% emergency calls handled …').
    expect(unitOf([parseValue('88.8')], '% emergency calls handled within 90 seconds')).toBe('percent');
    expect(unitOf([parseValue('97.9')], 'Rent collected as % of rent due')).toBe('percent');
    expect(unitOf([parseValue('14')], null)).toBe('count');
    // A unit in brackets; days after a number are a limit, not the unit ('debt over 60 days' is a sum).
    expect(unitOf([parseValue('-1.1')], 'Variance to budget (£m)')).toBe('currency');
    expect(unitOf([parseValue('1,204')], 'Sundry debt over 60 days')).toBe('count');
    expect(unitOf([parseValue('4.2')], 'Average days to process a claim')).toBe('days');
  });

  test("a count or share in brackets after the figure, a period and a dash before it, spaced thousands, minutes and seconds", () => {
    const read = (t: string) => [parseValue(t).value, parseValue(t).unit];
    expect(['85% (17/20)', '93% (186 of 200)', '12 (60%)', '1,180 (1,050 FTE)', 'Q3 – 4,900', '1 234 567', '4m 50s'].map(read)).toEqual([
      [85, 'percent'], [93, 'percent'], [12, 'count'], [1180, 'count'], [4900, 'count'], [1234567, 'count'], [4.833333, 'minutes'],
    ]);
    // A title's '(%)', and a Unicode minus or a note round a bare figure do not hide the title's unit.
    expect(unitOf([parseValue('11.0')], 'Debt over 90 days (%)')).toBe('percent');
    expect(unitOf([parseValue('−0.8')], 'Budget variance (£m)')).toBe('currency');
    expect(unitOf([parseValue('2,345 (provisional)')], 'Savings delivered (£000s)')).toBe('currency');
  });

  test("a card's figures in its KPI's unit: durations converted, bare sums scaled by the title's money unit", () => {
    expect(inUnit(parseValue('90 minutes'), 'hours', null)).toMatchObject({ raw: '90 minutes', value: 1.5, unit: 'hours' });
    expect(inUnit(parseValue('3 weeks'), 'days', null)).toMatchObject({ value: 21, unit: 'days' });
    expect(inUnit(parseValue('−0.8'), 'currency', 'Budget variance (£m)')).toMatchObject({ raw: '−0.8', value: -800000 });
    expect(inUnit(parseValue('2,345'), 'currency', 'Savings delivered (£000s)')).toMatchObject({ value: 2345000 });
    // A count printed in thousands or millions is the number of things (before: 840 footfall stayed 840).
    expect(inUnit(parseValue('840'), 'count', 'Town centre footfall (thousands)')).toMatchObject({ raw: '840', value: 840000, unit: 'count' });
    expect(inUnit(parseValue('1.25'), 'count', 'Bus passenger journeys (millions)')).toMatchObject({ value: 1250000 });
    expect(inUnit(parseValue('12'), 'count', "Library visits ('000s)")).toMatchObject({ value: 12000 });
    expect(inUnit(parseValue('840'), 'count', 'Town centre footfall')).toMatchObject({ value: 840 });
    // A figure printed in full under '(thousands)' is not scaled again.
    expect(inUnit(parseValue('840,000'), 'count', 'Town centre footfall (thousands)')).toMatchObject({ value: 840000 });
    // A figure already in pounds, or a count under a title with no money unit, stays.
    expect(inUnit(parseValue('£450k'), 'currency', 'Reserves (£k)')).toMatchObject({ value: 450000 });
    expect(inUnit(parseValue('-0.2'), 'currency', 'Net spend')).toMatchObject({ value: -0.2 });
  });

  test('unit from the values, else from the title', () => {
    expect(unitOf([parseValue('N/A')], 'Percentage of learners retained')).toBe('percent');
    expect(unitOf([parseValue('Contextual')], 'Number of active library users')).toBe('count');
    expect(unitOf([parseValue('£3m')], 'Spend')).toBe('currency');
  });
});

describe('arrows a paper’s key says show the figure’s movement', () => {
  test('read by the KPI’s direction: up is improving where higher is better, declining where lower is', () => {
    expect(['▲', '▼', '◄►', '↑ 5%'].map((r) => parseChange(r, { direction: 'higher' }))).toEqual(['Improving', 'Declining', 'Unchanged', 'Improving']);
    expect(['▲', '▼', '◄►', '↑ 5%'].map((r) => parseChange(r, { direction: 'lower' }))).toEqual(['Declining', 'Improving', 'Unchanged', 'Declining']);
  });

  test('without a direction an arrow says no change label; words still do', () => {
    expect(['▲', '▼', '→', 'Improving'].map((r) => parseChange(r, { direction: null }))).toEqual([null, null, 'Unchanged', 'Improving']);
  });
});

describe('worded bounds, benchmarks, movements and answers', () => {
  test("a bound in words is its figure, the words kept in the raw text", () => {
    expect(['At least 80%', 'Less than 20 days', '90% or above', 'No more than 8', 'Minimum 90%', 'Up to 10 days', 'Max 10 days', '90% or more', '≥ 90%'].map((t) => [parseValue(t).value, parseValue(t).unit])).toEqual([
      [80, 'percent'], [20, 'days'], [90, 'percent'], [8, 'count'], [90, 'percent'], [10, 'days'], [10, 'days'], [90, 'percent'], [90, 'percent'],
    ]);
    expect(parseValue('At least 80%').raw).toBe('At least 80%');
    // A word only opening the text is no bound ('Overall 10', 'Understaffed').
    expect(['Overall 10', 'Understaffed'].map((t) => parseValue(t).value)).toEqual([null, null]);
  });

  test("'Nil' is zero, its unit the card's other figures'", () => {
    expect(parseValue('Nil')).toEqual({ raw: 'Nil', value: 0, unit: null });
  });

  test('a comparison with a benchmark is no change', () => {
    expect(['Better than national average', 'Worse than the national average', 'Better than comparator'].map((r) => parseChange(r))).toEqual([null, null, null]);
    expect(['Better than last year', 'Better than Q1'].map((r) => parseChange(r))).toEqual(['Improving', 'Improving']);
  });

  test("'Up' and 'Down' read by the KPI's direction, and say nothing without one", () => {
    expect(['Up', 'Down', '↑ Up', 'Fall'].map((r) => parseChange(r, undefined, 'higher'))).toEqual(['Improving', 'Declining', 'Improving', 'Declining']);
    expect(['Up', 'Down', '↑ Up'].map((r) => parseChange(r, undefined, 'lower'))).toEqual(['Declining', 'Improving', 'Declining']);
    expect(['Up', '↑ Up'].map((r) => parseChange(r))).toEqual([null, null]);
  });

  test("directions as an answer ('Yes' under 'Is high good?'), with an article, or as a movement", () => {
    expect(['Yes', 'No', 'A high figure is good', 'A low number is good', 'Fall', 'Rise'].map(parseDirection)).toEqual(['higher', 'lower', 'higher', 'lower', 'lower', 'higher']);
  });
});

