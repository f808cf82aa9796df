import { describe, expect, test } from '@jest/globals';
import { textBlocks } from './text';
import { parseBlocks } from '../parse/report';

/** A scorecard's rows as the text reader and the scorecard reader give them. */
const kpis = async (text: string) =>
  parseBlocks(await textBlocks(text)).scorecard.map((r) => ({ id: r.printedId, title: r.title, target: r.target?.raw ?? null, current: r.current?.raw ?? null, previous: r.previous?.raw ?? null, rag: r.rag?.raw ?? null, commentary: r.commentary ?? null }));

// What `pdftotext -layout` prints for a landscape Word scorecard whose narrow columns wrap words.
describe('a table of space-aligned columns without rules (pdftotext -layout)', () => {
  const head = ['Cabinet – 12 December 2024', '', 'Appendix A – Performance scorecard, Quarter 2 2024/25'];
  const rows = [
    'ENV 1   Household waste recycled             High            52.0%        49.8%        51.2%   Amber       ↑    Garden waste tonnage up.',
    'ENV 2   Fly-tips removed within 48 hours     High              95%        97.1%        96.4%   Green       ↓',
    'HSG 1   Homelessness preventions             High              TBC          212          248   Amber       ↑    Target to be set by the Board.',
  ];
  const truth = [
    { id: 'ENV 1', title: 'Household waste recycled', target: '52.0%', current: '51.2%', previous: '49.8%', rag: 'Amber', commentary: 'Garden waste tonnage up.' },
    { id: 'ENV 2', title: 'Fly-tips removed within 48 hours', target: '95%', current: '96.4%', previous: '97.1%', rag: 'Green', commentary: null },
    { id: 'HSG 1', title: 'Homelessness preventions', target: 'TBC', current: '248', previous: '212', rag: 'Amber', commentary: 'Target to be set by the Board.' },
  ];

  test("headings a narrow column wrapped onto a second line are whole ('Annual' / 'target', 'Q2' / 'RAG'; before: no table, or no target)", async () => {
    const text = [
      ...head,
      'Ref     Measure                              Polarity   Annual       Q1 actual    Q2 actual    Q2         DoT   Comments',
      '                                                        target                                 RAG',
      ...rows,
    ].join('\n');
    const table = (await textBlocks(text)).find((b) => b.kind === 'table')!;
    expect(table.rows![0]).toEqual(['Ref', 'Measure', 'Polarity', 'Annual target', 'Q1 actual', 'Q2 actual', 'Q2 RAG', 'DoT', 'Comments']);
    expect(table.rowLines).toEqual([4, 6, 7, 8]);
    expect(await kpis(text)).toEqual(truth);
  });

  test('a group row under the headings is no second line of them', async () => {
    const text = [
      'Ref     Measure                              Polarity   Target       Q1 actual    Q2 actual    RAG        DoT   Comments',
      'Waste',
      ...rows.slice(0, 2),
    ].join('\n');
    const table = (await textBlocks(text)).find((b) => b.kind === 'table')!;
    expect(table.rows![0][0]).toBe('Ref');
    expect(table.rows![1][0]).toBe('Waste');
  });

  const scorecard = (lines: string[]) =>
    ['Corporate Performance Scorecard, Quarter 2 2024/25', '', 'Ref     Performance Indicator                  Target     Q1 2024/25   Q2 2024/25   Status    Comments', ...lines].join('\n');

  test('a row whose name and comment both wrap goes on, the wrapped words joined to its name and comment (before: the table ended there)', async () => {
    const text = scorecard([
      'HO13    Homelessness cases prevented               58%          58%          62%     Amber     Data validated.',
      'HO14    Disabled facilities grants completed       73%          66%          79%     Green     Seasonal dip; recovery plan agreed with',
      '        within 20 weeks                                                                        the service.',
      'HO15    Council tax collected                      97%          28%          56%     Green     On track.',
    ]);
    const got = await kpis(text);
    expect(got.map((k) => k.id)).toEqual(['HO13', 'HO14', 'HO15']);
    expect(got[1]).toMatchObject({ title: 'Disabled facilities grants completed within 20 weeks', commentary: 'Seasonal dip; recovery plan agreed with the service.', current: '79%' });
  });

  test("a name's bracketed end on a line of its own is joined to it ('(rolling 12 months)')", async () => {
    const text = scorecard([
      'HO13    Homelessness cases prevented               58%          58%          62%     Amber     Data validated.',
      '        (rolling 12 months)',
      'HO14    Disabled facilities grants completed       73%          66%          79%     Green     Seasonal dip.',
    ]);
    expect((await kpis(text)).map((k) => k.title)).toEqual(['Homelessness cases prevented (rolling 12 months)', 'Disabled facilities grants completed']);
  });
});
