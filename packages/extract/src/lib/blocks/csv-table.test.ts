import { describe, expect, test } from '@jest/globals';
import { textBlocks } from './text';
import { parseBlocks } from '../parse/report';

// A KPI tracker saved from a spreadsheet as comma-separated text: a title row, headings, group rows.
const TRACKER = [
  'KPI Tracker 2024/25 — Audit and Governance Committee,,,,,,,,',
  'Ref,KPI,Owner,Polarity,Q1,Q2,Target 2024/25,RAG,Commentary',
  'Corporate Services,,,,,,,,',
  'CS01,Percentage of council tax collected,Head of Revenues,Higher,28.9%,56.4%,97.0%,G,On profile; cumulative measure.',
  'CS02,"Average working days lost to sickness, per FTE",HR Manager,Lower,2.6,5.3,8.5,A,"Long-term absence in the ""Waste"" team."',
  'Housing and Environment,,,,,,,,',
  'HE03,Number of households in temporary accommodation,Housing Options Manager,Lower,118,131,100,R,Demand pressures continue.',
].join('\n');

describe('a spreadsheet as comma-separated text', () => {
  test('is a table under its headings: quoted fields whole, group rows kept, each KPI its own figures (before: one paragraph, no KPI)', async () => {
    const blocks = await textBlocks(TRACKER);
    const table = blocks.find((b) => b.kind === 'table')!;
    expect(table.rows![0]).toEqual(['Ref', 'KPI', 'Owner', 'Polarity', 'Q1', 'Q2', 'Target 2024/25', 'RAG', 'Commentary']);
    expect(table.rows![3][1]).toBe('Average working days lost to sickness, per FTE');
    expect(table.rowLines).toEqual([2, 3, 4, 5, 6, 7]);
    expect(parseBlocks(blocks).scorecard.map((r) => [r.printedId, r.target?.raw, r.previous?.raw, r.current?.raw, r.rag?.raw, r.commentary])).toEqual([
      ['CS01', '97.0%', '28.9%', '56.4%', 'G', 'On profile; cumulative measure.'],
      ['CS02', '8.5', '2.6', '5.3', 'A', 'Long-term absence in the "Waste" team.'],
      ['HE03', '100', '118', '131', 'R', 'Demand pressures continue.'],
    ]);
  });

  test('prose with commas, even naming headings, is no table', async () => {
    const prose = 'Target, actual and RAG are shown, as before.\nSickness, turnover and agency spend fell, in line with the plan.\nThe service, the board and the panel agreed the targets, as before.';
    expect((await textBlocks(prose)).filter((b) => b.kind === 'table')).toEqual([]);
  });
});
