import { describe, expect, test } from '@jest/globals';
import { prov } from '../schema';
import { linePairs, tablePairs } from './pairs';

const at = prov({ line: { start: 12, end: 12 } });
const plain = (pairs: ReturnType<typeof linePairs>) => pairs?.map(({ field, label, raw, rag }) => [field, label, raw, rag]) ?? null;

describe('label–value pairs on a line', () => {
  test('several pairs, separators and a bracketed RAG for the previous period', () => {
    const pairs = linePairs('Actual: 94%  Target: 90%, Tolerance: 85%  Last quarter: 89% (Amber)', at);
    expect(plain(pairs)).toEqual([
      ['current', 'Actual', '94%', null],
      ['target', 'Target', '90%', null],
      ['floor', 'Tolerance', '85%', null],
      ['previous', 'Last quarter', '89%', 'Amber'],
    ]);
    // Every value keeps the line it was printed on.
    expect(pairs!.every((p) => p.prov.line?.start === 12)).toBe(true);
  });

  test("a bracketed capital is a rating, a bracketed lower-case letter a note ('(r)' revised, '(a)' actual)", () => {
    expect(plain(linePairs('Current: 14.2 (r)  Previous: 13.9 (A)  Target: 75% (a)', at))).toEqual([
      ['current', 'Current', '14.2 (r)', null],
      ['previous', 'Previous', '13.9', 'A'],
      ['target', 'Target', '75% (a)', null],
    ]);
  });

  test("a rating or change in words the vocabulary does not know is kept as printed under its own label, not a sentence", () => {
    expect(plain(linePairs('Status: Delayed', at))).toEqual([['rag', 'Status', 'Delayed', null]]);
    expect(plain(linePairs('DoT: Improvement not sustained', at))).toEqual([['change', 'DoT', 'Improvement not sustained', null]]);
    expect(linePairs('Status: Work continues with the contractor.', at)).toBeNull();
  });

  test("directions under other councils' labels, as an aim or a polarity", () => {
    expect(plain(linePairs('Aim: To reduce', at))).toEqual([['direction', 'Aim', 'To reduce', null]]);
    expect(plain(linePairs('Desired direction: Lower', at))).toEqual([['direction', 'Desired direction', 'Lower', null]]);
    expect(plain(linePairs('Polarity: Positive', at))).toEqual([['direction', 'Polarity', 'Positive', null]]);
  });

  test('bold markdown labels, pairs joined by a middle dot, qualifiers and periods after the label', () => {
    expect(plain(linePairs('**Actual this quarter:** 96.5% · **Target 2025/26:** 95% · **RAG:** Green', at))).toEqual([
      ['current', 'Actual this quarter', '96.5%', null],
      ['target', 'Target 2025/26', '95%', null],
      ['rag', 'RAG', 'Green', null],
    ]);
  });

  test('a label that names two fields takes the one its value fits', () => {
    expect(plain(linePairs('Aim: Higher is better', at))).toEqual([['direction', 'Aim', 'Higher is better', null]]);
    expect(plain(linePairs('Aim: 95%', at))).toEqual([['target', 'Aim', '95%', null]]);
  });

  test('a label and a value without a colon only when they are the whole line', () => {
    expect(plain(linePairs('Target 1,200', at))).toEqual([['target', 'Target', '1,200', null]]);
    expect(linePairs('Target audiences were reached in every district', at)).toBeNull();
    // A line that is itself one value is a value, not a label and a value.
    expect(linePairs('Good is low', at)).toBeNull();
  });

  test('prose before a label, or a value that does not fit its field, is not a pair', () => {
    expect(linePairs('The service met its target: 90% of cases closed', at)).toBeNull();
    expect(linePairs('Target: to reduce delayed discharges', at)).toBeNull();
  });
});

describe('label–value pairs in a vertical table', () => {
  test('label cells beside value cells, in any column pair, with the cell of each value', () => {
    const { pairs, sections } = tablePairs(
      [
        ['Measure', 'Value'],
        ['Target', '20 days', 'Latest', '23.4 days'],
        ['RAG Rating', 'Amber'],
        ['Commentary', 'Backlog reducing.'],
      ],
      prov({ index: 4 }),
    );
    expect(pairs.map((p) => [p.field, p.raw, p.prov.cell])).toEqual([
      ['target', '20 days', { table: 4, row: 1, col: 1 }],
      ['current', '23.4 days', { table: 4, row: 1, col: 3 }],
      ['rag', 'Amber', { table: 4, row: 2, col: 1 }],
    ]);
    expect(sections.map((s) => [s.section, s.text])).toEqual([['commentary', 'Backlog reducing.']]);
  });
});

describe('values under a label, printed any way a council prints them', () => {
  test('bounds, notes, durations and phrases for no figure are values; a sentence is not', () => {
    const one = (line: string) => plain(linePairs(line, at))?.map(([field, , raw]) => [field, raw]) ?? null;
    expect(['Target: ≥ 95%', 'Target: 90-95%', 'Target: Top quartile', 'Actual: 96% (provisional)', 'Actual: Data not available', 'Actual: -£450', 'Actual: 4 hrs 30 mins', 'Actual: 1 in 4'].map(one)).toEqual([
      [['target', '≥ 95%']], [['target', '90-95%']], [['target', 'Top quartile']], [['current', '96% (provisional)']],
      [['current', 'Data not available']], [['current', '-£450']], [['current', '4 hrs 30 mins']], [['current', '1 in 4']],
    ]);
    expect(one('Target: to be confirmed once the baseline is known.')).toBeNull();
    // A comparison in brackets after the figure (a Scottish statutory indicator card): the figure decides.
    expect(one('Actual: 17 days (Q3 2023/24: 22 days)')).toEqual([['current', '17 days (Q3 2023/24: 22 days)']]);
    expect(one('Actual: performance held up well (Q3 2023/24: 22 days)')).toBeNull();
  });

  test("a spaced dash or '=' separates a label from its value; change and direction in words", () => {
    const one = (line: string) => plain(linePairs(line, at))?.map(([field, , raw]) => [field, raw]) ?? null;
    expect(['Target – 95%', 'RAG = Amber', 'DoT: Getting worse', 'Polarity: Aim to Maximise', 'Good performance: High', 'Status Q2: Green'].map(one)).toEqual([
      [['target', '95%']], [['rag', 'Amber']], [['change', 'Getting worse']], [['direction', 'Aim to Maximise']], [['direction', 'High']], [['rag', 'Green']],
    ]);
  });
});

describe("a form's row whose cells ran together (no colons)", () => {
  test('labels each followed by a plain value of its field are pairs; prose is not', () => {
    const one = (line: string) => plain(linePairs(line, at))?.map(([field, , raw]) => [field, raw]) ?? null;
    expect(one('Polarity Higher is better Annual target 82% Current 83.2% RAG Green Direction of travel ↑')).toEqual([
      ['direction', 'Higher is better'], ['target', '82%'], ['current', '83.2%'], ['rag', 'Green'], ['change', '↑'],
    ]);
    // The rating printed in its own box after the last label.
    expect(one('Target 82% Current 83.2% RAG')).toEqual([['target', '82%'], ['current', '83.2%']]);
    for (const prose of ['Performance improved this quarter due to staffing', 'Current performance is below target this quarter', 'Target 82% was met in the quarter']) expect(one(prose)).toBeNull();
    expect(one('Target 98% RAG Green')).toEqual([['target', '98%'], ['rag', 'Green']]);
    // A spaced dash, or a period alone as the label, takes one plain value, never a phrase.
    for (const line of ['Current position - 12 families in B&B', 'Performance - 3 of 4 milestones met', 'March 2024 – 3 new sites opened']) expect(one(line)).toBeNull();
  });
});

describe('worded bounds under a label', () => {
  test("'Target: At least 80%' and 'Target: Less than 20 days' are the target, as printed", () => {
    expect(plain(linePairs('Target: At least 80%', at))).toEqual([['target', 'Target', 'At least 80%', null]]);
    expect(plain(linePairs('Target: Less than 20 days', at))).toEqual([['target', 'Target', 'Less than 20 days', null]]);
  });
});


describe('a date line is no label and value', () => {
  test("'Performance as at 30 September 2024' ends its date with the year (before: a KPI named by the committee with current 2024)", async () => {
    const { linePairs } = await import('./pairs');
    const { prov } = await import('../schema');
    expect(linePairs('Performance as at 30 September 2024', prov({ index: 0 }))).toBeNull();
    expect(linePairs('Performance to 31 March 2025', prov({ index: 0 }))).toBeNull();
    expect(linePairs('Performance 91.5%', prov({ index: 0 }))?.map((p) => [p.field, p.raw])).toEqual([['current', '91.5%']]);
  });
});
