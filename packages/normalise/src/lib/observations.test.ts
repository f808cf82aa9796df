import { beforeAll, describe, expect, test } from '@jest/globals';
import { markdownBlocks, parseBlocks } from '@kpi/extract';
import { normaliseReport } from './observations';

// A county paper: each KPI a title, a RAG badge and one line of label–value figures with a floor.
const PAPER = `# Quarterly Performance Report – Quarter 2 2025/26

## Key

- Green: target achieved
- Amber: floor achieved but target not met
- Red: performance below the floor

## Percentage of repairs completed on time    AMBER

Actual: 87%  Target: 90%, Floor: 85%  Last quarter: 89% (Green)

## Average days to re-let a council home    GREEN

Actual: 24 days  Target: 28 days, Tolerance: 32 days
`;

describe('observations from a county paper with floors', () => {
  let report: ReturnType<typeof normaliseReport>;
  beforeAll(async () => {
    report = normaliseReport(parseBlocks(await markdownBlocks(PAPER)));
  });

  test('the floor, its label and the previous RAG are kept beside the target', () => {
    const [repairs] = report.observations;
    expect([repairs.title, repairs.current.value, repairs.target.value, repairs.floorLabel, repairs.floor.value, repairs.previousRag, repairs.rag]).toEqual([
      'Percentage of repairs completed on time', 87, 90, 'Floor', 85, 'Green', 'Amber',
    ]);
    expect(report.ragKey.map((k) => k.status)).toEqual(['Green', 'Amber', 'Red']);
  });

  test('no direction printed: a floor below the target means higher is better, above it lower', () => {
    expect(report.observations.map((o) => [o.direction, o.directionRaw, o.notes.includes('direction:from-floor')])).toEqual([
      ['higher', null, true],
      ['lower', null, true],
    ]);
  });
});

describe('a tolerance printed as a margin round the target, not a level', () => {
  test("says no direction ('Tolerance | 5 days' by a target of 28: before, read as a floor below the target, higher is better)", async () => {
    const paper = ['# Housing Performance Report – Quarter 3 2024/25', '', '| Ref | Measure | Tolerance | Target | Actual | RAG |', '|---|---|---|---|---|---|', '| HM02 | Average days to re-let general needs voids | 5 days | 28 | 41 | Red |', '| HM07 | Rent collected | ±1.5% | 98.5% | 97.9% | Amber |', '| HM09 | Gas safety checks in date | 98% | 100% | 99.2% | Amber |'].join('\n');
    const r = normaliseReport(parseBlocks(await markdownBlocks(paper)));
    expect(r.observations.map((o) => [o.printedId, o.floor.raw, o.direction, o.notes.includes('floor:margin')])).toEqual([
      ['HM02', '5 days', null, true],
      ['HM07', '±1.5%', null, true],
      // A level near its target is a floor: below it, higher is better.
      ['HM09', '98%', 'higher', false],
    ]);
    // A minimum far below its target is still a level, not a margin.
    const minimum = normaliseReport(parseBlocks(await markdownBlocks('## HM10 New homes started\n\nTarget: 200\n\nMinimum: 80\n\nActual: 150\n')));
    expect(minimum.observations.map((o) => [o.floorLabel, o.direction, o.notes.includes('floor:margin')])).toEqual([['Minimum', 'higher', false]]);
  });
});

describe('a KPI tracker titled with its year over columns of yearless quarters', () => {
  test("is the quarter its KPIs' latest figures stand in, in that year ('KPI Tracker 2024/25', Q2 filled: 2024/25 Q2; before: no period)", async () => {
    const paper = ['# KPI Tracker 2024/25', '', 'Audit and Governance Committee', '', '| Ref | KPI | Q1 | Q2 | Q3 | Q4 | Target | RAG |', '|---|---|---|---|---|---|---|---|', '| CS01 | Council tax collected | 28.9% | 56.4% | | | 97.0% | G |', '| CS02 | Sickness days per FTE | 2.6 | 5.3 | | | 8.5 | A |'].join('\n');
    const r = normaliseReport(parseBlocks(await markdownBlocks(paper)));
    expect([r.meta.fiscalYear, r.meta.quarter]).toEqual(['2024/25', 2]);
  });
});

describe('ratings in words the paper’s own key defines', () => {
  test("a Pentana export's OK / Warning / Alert read by its key (before: no rating), noted as the key's", async () => {
    const paper = ['# Performance Report – Quarter 2 2024/25', '', 'Status key: OK = on target; Warning = within tolerance; Alert = outwith tolerance', '', '| Code & Short Name | Q2 2024/25 Value | Q2 2024/25 Target | Status |', '|---|---|---|---|', '| CHN01 Cost per primary school pupil | £5,402 | £5,300 | Warning |', '| HSN1b Gross rent arrears as % of rent due | 7.9% | 6.5% | Alert |', '| CUS02 Complaints answered in 20 working days | 86% | 85% | OK |'].join('\n');
    const r = normaliseReport(parseBlocks(await markdownBlocks(paper)));
    expect(r.observations.map((o) => [o.printedId, o.ragRaw, o.rag, o.notes.includes('rag:from-key')])).toEqual([
      ['CHN01', 'Warning', 'Amber', true],
      ['HSN1b', 'Alert', 'Red', true],
      ['CUS02', 'OK', 'Green', true],
    ]);
  });

  test("'Exceeded' where the key has no Blue and says 'Green – target met or exceeded' is Green (before: Blue, and the RAG summary's counts disagreed)", async () => {
    const table = ['| Ref | Indicator | Target | Current | Status |', '|---|---|---|---|---|', '| PR01 | Invoices paid within 30 days | 95% | 97% | Exceeded |', '| PR02 | Calls answered in 60 seconds | 80% | 78% | Amber |'];
    const keyed = normaliseReport(parseBlocks(await markdownBlocks(['# Performance Report – Quarter 2 2024/25', '', 'RAG key: Green – target met or exceeded; Amber – within 5% of target; Red – more than 5% below target.', '', ...table].join('\n'))));
    expect(keyed.observations.map((o) => [o.printedId, o.rag, o.notes.includes('rag:from-key')])).toEqual([['PR01', 'Green', true], ['PR02', 'Amber', false]]);
    // A key with a Blue of its own, or no key: the vocabulary's reading stands.
    const blue = normaliseReport(parseBlocks(await markdownBlocks(['# Performance Report', '', 'Key: Blue – target exceeded; Green – target met; Red – target missed.', '', ...table].join('\n'))));
    const none = normaliseReport(parseBlocks(await markdownBlocks(['# Performance Report', '', ...table].join('\n'))));
    expect([blue.observations[0].rag, none.observations[0].rag]).toEqual(['Blue', 'Blue']);
    // A definition that denies the word is not the status it defines ('Red – unlikely to be completed by the deadline').
    const denied = normaliseReport(parseBlocks(await markdownBlocks(['# Performance Report', '', 'Key: Green – on track to deliver by the deadline; Amber – some slippage but recoverable; Red – unlikely to be completed by the deadline', '', '| Ref | Indicator | Target | Actual | Status |', '|---|---|---|---|---|', '| P1 | Library refurbishment milestones met | 100% | 100% | Completed |'].join('\n'))));
    expect(denied.observations.map((o) => o.rag)).toEqual(['Blue']);
  });
});

// A district paper with no cards: the KPIs are rows of a scorecard under the council's own headings.
const SCORECARD_ONLY = `# Performance Monitoring Report Quarter 2 2025/26

## Housing

| PI Ref | Performance Indicator | Target | Tolerance | Q1 2025/26 | Q2 2025/26 | DoT | Status | Management action/comment |
|---|---|---|---|---|---|---|---|---|
| HS01 | Average days to re-let a council home | 28 days | 32 days | 31 days | 26 days | é | Green | Voids team back to full strength. |
| HS02 | Households in temporary accommodation | 120 | 135 | 141 | 150 | ê | Red | Demand rose after two hostel closures. |
`;

describe('observations from a scorecard-only paper', () => {
  test('each scorecard row is an observation with its period, floor, direction of travel and comment', async () => {
    const r = normaliseReport(parseBlocks(await markdownBlocks(SCORECARD_ONLY)));
    expect(r.observations.map((o) => [o.origin, o.printedId, o.title, o.current.value, o.previous.value, o.floor.raw, o.floorLabel, o.change, o.rag, o.periodBasis, o.commentary])).toEqual([
      ['scorecard', 'HS01', 'Average days to re-let a council home', 26, 31, '32 days', 'Tolerance', 'Improving', 'Green', 'quarter', 'Voids team back to full strength.'],
      ['scorecard', 'HS02', 'Households in temporary accommodation', 150, 141, '135', 'Tolerance', 'Declining', 'Red', 'quarter', 'Demand rose after two hostel closures.'],
    ]);
    expect(r.observations[0].where.current?.cell).toEqual({ table: expect.any(Number), row: 1, col: 5 });
  });
});

// A county paper's per-service tables give each KPI's previous and latest RAG by name, beside the cards.
const WITH_RATINGS = `# Quarterly Performance Report – Quarter 2 2025/26

## Adult Social Care

| Indicator | Previous RAG | Latest RAG |
|---|---|---|
| Percentage of repairs completed on time | Green | Amber |
| Average days to re-let a council home | Amber | Red |

## Percentage of repairs completed on time    AMBER

Actual: 87%  Target: 90%  Last quarter: 89% (Green)

## Average days to re-let a council home    GREEN

Actual: 24 days  Target: 28 days  Last quarter: 26 days (Amber)
`;

describe('a table of each KPI’s previous and latest RAG', () => {
  test('is joined to the cards by title: no extra observations, the table rating kept for the audit', async () => {
    const r = normaliseReport(parseBlocks(await markdownBlocks(WITH_RATINGS)));
    expect(r.observations.map((o) => [o.origin, o.title, o.ragRaw, o.scorecard?.rag?.raw, o.previousRagRaw, o.scorecard?.previousRag?.raw])).toEqual([
      ['card', 'Percentage of repairs completed on time', 'AMBER', 'Amber', 'Green', 'Green'],
      ['card', 'Average days to re-let a council home', 'GREEN', 'Red', 'Amber', 'Amber'],
    ]);
  });
});

describe('directions and changes a scorecard prints in words', () => {
  test("'Is high good? | Yes' is higher is better; 'Up' and 'Down' read by the polarity; an arrow-led DoT line is the change", async () => {
    const r = normaliseReport(
      parseBlocks(
        await markdownBlocks(`# Performance Report – Quarter 2 2024/25

| Ref | Indicator | Is high good? | Target | Previous | Current | RAG |
|---|---|---|---|---|---|---|
| DP01 | Household waste recycled | Yes | 50% | 48% | 47% | Amber |
| DP02 | Days to re-let voids | No | 28 | 35 | 31 | Red |

| Ref | Indicator | Polarity | Target | Previous | Current | DoT | RAG |
|---|---|---|---|---|---|---|---|
| CW01 | Household waste recycled | Higher is better | 50% | 46% | 47% | Up | Amber |
| CW02 | Days to re-let voids | Lower is better | 28 | 35 | 31 | Down | Red |

## CW04 Affordable homes delivered

Target: 250

Actual: 212

DoT: ↑ improved on same period last year

RAG: Amber
`),
      ),
    );
    expect(r.observations.map((o) => [o.printedId, o.direction, o.change])).toEqual([
      ['CW04', null, 'Improving'],
      ['DP01', 'higher', null],
      ['DP02', 'lower', null],
      ['CW01', 'higher', 'Improving'],
      ['CW02', 'lower', 'Improving'],
    ]);
  });
});

