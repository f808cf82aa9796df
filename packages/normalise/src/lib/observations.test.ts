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
