import { describe, expect, test } from '@jest/globals';
import { markdownBlocks, parseBlocks } from '@kpi/extract';
import { normaliseReport } from './observations';
import { parseValue } from './value';
import { inUnit, unitOf } from './units';

const observations = async (md: string) => normaliseReport(parseBlocks(await markdownBlocks(`# Performance Report – Quarter 2 2024/25\n\n${md}\n`))).observations;

describe('a KPI’s unit from its title and its value headings', () => {
  test("'(£000)' in the value headings and \"(£'000)\" in the title scale bare figures to pounds", async () => {
    const obs = await observations(
      '| Ref | Indicator | Target (£000) | Previous (£000) | Current (£000) | RAG |\n|---|---|---|---|---|---|\n| FN01 | Savings delivered | 1,500 | 1,250 | 1,420 | Amber |\n\n## FN04 Business rates collected (£\'000)\n\nTarget: 45,000\n\nActual: 41,250\n\nRAG: Amber',
    );
    expect(obs.map((o) => [o.printedId, o.unit, o.target.value, o.current.value])).toEqual([
      ['FN04', 'currency', 45000000, 41250000],
      ['FN01', 'currency', 1500000, 1420000],
    ]);
  });

  test("a rate per so many is a rate, not a percentage; a time unit in brackets is that unit", () => {
    expect(['Crime rate per 1,000 population', 'Rate of children in need per 10,000', 'Collection rate'].map((t) => unitOf([parseValue('63.4')], t))).toEqual(['rate', 'rate', 'percent']);
    expect(['Average call wait (minutes)', 'Average time to re-let (weeks)', 'Average web chat response (seconds)', 'Average wait for assessment (mins)', 'Average repair time (hours)'].map((t) => unitOf([parseValue('7')], t))).toEqual([
      'minutes', 'weeks', 'seconds', 'minutes', 'hours',
    ]);
  });

  test("a duration converted rounds once: '1h 5m' is 65 minutes", () => {
    expect(inUnit(parseValue('1h 5m'), 'minutes', null)).toMatchObject({ raw: '1h 5m', value: 65, unit: 'minutes' });
    expect(inUnit(parseValue('2m 50s'), 'seconds', null)).toMatchObject({ value: 170, unit: 'seconds' });
  });
});
