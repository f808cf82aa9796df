import { describe, expect, test } from '@jest/globals';
import { prov, type Card, type ParsedReport } from '@kpi/extract';
import { reconcile } from './reconcile';
import { normaliseReport } from '@kpi/normalise';
import { archiveOf, build, type Archive } from '../test/archive';

const SEEDS = ['seeds/000_66bba3b0226437a7.txt', 'seeds/001_9cdcaec2516adf50.txt', 'seeds/002_a3d3fb89a0e2cb87.txt', 'seeds/003_ba4da1c8b2dd78dd.txt', 'seeds/004_d22b0a3b85e1f331.txt'];

/** Observation → key, by where the card is (file and position), so runs with different ids compare. */
function keysByPlace(a: Archive, keys: Map<number, string>) {
  return Object.fromEntries(a.observations.map((o) => [`${o.fileName}#${o.position}`, keys.get(o.observationId)]));
}
const byId = (a: Archive, id: string) => a.observations.filter((o) => (o.observation.reportedId ?? o.observation.printedId) === id);

describe('indicator identity across the corpus', () => {
  test('renumbered and retitled measures share one key; distinct measures never do', async () => {
    const a = await archiveOf(SEEDS);
    const r = reconcile(a.observations, a.reports);
    const key = (file: string, id: string) => r.keys.get(a.observations.find((o) => o.fileName.includes(file) && o.observation.printedId === id)!.observationId);
    // Indicator 36 (Q2 2024/25) is CoSMIC 003 from Q4 2024/25 on; Indicator 37 is CoSMIC 004 (retitled 'Number of visitors to libraries' in the Q1 scorecard).
    expect(key('003_', 'Indicator 36')).toBe(key('000_', 'CoSMIC 003'));
    expect(key('000_', 'CoSMIC 003')).toBe(key('001_', 'CoSMIC 003'));
    expect(key('003_', 'Indicator 37')).toBe(key('001_', 'CoSMIC 004'));
    expect(key('003_', 'Indicator 219')).toBe(key('000_', 'CoSMIC 008'));
    // Inquests closed over 12 months old is not live investigations over 12 months old.
    expect(key('003_', 'Indicator 179')).not.toBe(key('000_', 'CoSMIC 010'));
    expect(key('003_', 'Indicator 178')).not.toBe(key('003_', 'Indicator 179'));
    // Headless Q1 cards (identified from the scorecard) join their measures too.
    const q1Idva = a.observations.find((o) => o.fileName.includes('001_') && o.observation.reportedId === 'CoSMIC 006')!;
    expect(r.keys.get(q1Idva.observationId)).toBe(key('000_', 'CoSMIC 006'));
    // The Q2 IDVA card has no heading; the Q2 cover names it Indicator 198 and its description matches.
    const q2Idva = a.observations.find((o) => o.fileName.includes('003_') && o.observation.target.raw === '70%' && o.observation.current.raw === '70%')!;
    expect(r.reportedIds.get(q2Idva.observationId)).toEqual({ id: 'Indicator 198', source: 'cover' });
    expect(r.keys.get(q2Idva.observationId)).toBe(key('000_', 'CoSMIC 006'));
    // The enrolments card shares few words with its title, but the cover quotes its commentary.
    const enrolments = a.observations.find((o) => o.fileName.includes('003_') && o.observation.current.raw === '5070')!;
    expect(r.reportedIds.get(enrolments.observationId)).toEqual({ id: 'Indicator 137', source: 'cover' });
    // One report never holds two observations of the same key.
    const perReport = new Map<string, number>();
    for (const o of a.observations) {
      const k = `${o.reportId}|${r.keys.get(o.observationId)}`;
      perReport.set(k, (perReport.get(k) ?? 0) + 1);
    }
    expect(Math.max(...perReport.values())).toBe(1);
  });

  test('the order documents arrive in does not change the result', async () => {
    const forward = await archiveOf(SEEDS);
    const backward = await archiveOf([...SEEDS].reverse());
    const shuffled = await archiveOf([SEEDS[2], SEEDS[0], SEEDS[4], SEEDS[1], SEEDS[3]]);
    const f = keysByPlace(forward, reconcile(forward.observations, forward.reports).keys);
    expect(keysByPlace(backward, reconcile(backward.observations, backward.reports).keys)).toEqual(f);
    expect(keysByPlace(shuffled, reconcile(shuffled.observations, shuffled.reports).keys)).toEqual(f);
    const findings = (a: Archive) => reconcile(a.observations, a.reports).findings.map((x) => `${x.rule}|${x.message}`).sort();
    expect(findings(backward)).toEqual(findings(forward));
  });

  test('committees missing from a paper are inferred from the identifiers it shares', async () => {
    const a = await archiveOf(SEEDS);
    const r = reconcile(a.observations, a.reports);
    const dashboard = a.reports.find((x) => x.fileName.includes('000_'))!;
    expect(r.committees.get(dashboard.reportId)).toEqual({ committee: 'Communities, Social Mobility and Inclusion Committee', source: 'inferred' });
  });

  test('a pinned unlink splits a measure, a pinned link joins two', async () => {
    const a = await archiveOf(SEEDS);
    const base = reconcile(a.observations, a.reports);
    const split = reconcile(a.observations, a.reports, [{ kind: 'unlink', a: 'Indicator 36', b: 'CoSMIC 003' }]);
    const i36 = byId(a, 'Indicator 36')[0].observationId;
    const c3 = a.observations.find((o) => o.fileName.includes('000_') && o.observation.printedId === 'CoSMIC 003')!.observationId;
    expect(base.keys.get(i36)).toBe(base.keys.get(c3));
    expect(split.keys.get(i36)).not.toBe(split.keys.get(c3));
    const joined = reconcile(a.observations, a.reports, [{ kind: 'link', a: 'Indicator 199', b: 'CoSMIC 006' }]);
    const i199 = byId(a, 'Indicator 199')[0].observationId;
    expect(joined.keys.get(i199)).toBe(joined.keys.get(c3 + 3));
  });
});

describe('the corpus contradictions, by rule, indicator and figures', () => {
  test('every expected finding is raised with the right figures', async () => {
    const a = await archiveOf(SEEDS);
    const { findings } = reconcile(a.observations, a.reports);
    const find = (rule: string, pred: (f: (typeof findings)[number]) => boolean) => findings.filter((f) => f.rule === rule && pred(f));

    // Q4 2024/25 cover counts against the dashboard cards.
    const counts = find('summary-count-vs-cards', (f) => f.message.includes('002_'));
    expect(counts.map((f) => [f.evidence.compared.status, f.evidence.compared.summaryCount, f.evidence.compared.cardCount])).toEqual([['Amber', 1, 0], ['Green', 6, 7]]);
    // Q1 2025/26 scorecard target 273 against the card's 254.
    const target = find('scorecard-vs-card', (f) => f.evidence.compared.field === 'target');
    expect(target.map((f) => [f.reportedId, f.evidence.compared.scorecard, f.evidence.compared.card])).toEqual([['CoSMIC 010', '273', '254']]);
    // The Q1 scorecard's up arrow for CoSMIC 005, whose figure fell from 498 to 320.
    const arrow = find('change-vs-values', () => true);
    expect(arrow.map((f) => [f.reportedId, f.evidence.compared.printed, f.evidence.compared.previous, f.evidence.compared.current])).toEqual([['CoSMIC 005', '↑', 498, 320]]);
    // Q2 cover: '11 indicators saw an improvement' over a list of 9.
    const list = find('count-vs-list', () => true);
    expect(list.map((f) => [f.evidence.compared.stated, f.evidence.compared.listed])).toEqual([[11, 9]]);
    // The Q4 cover calls CoSMIC 010 Amber, its card Green.
    const cover = find('cover-vs-card', () => true);
    expect(cover.map((f) => [f.reportedId, f.evidence.compared.cover, f.evidence.compared.card])).toEqual([['CoSMIC 010', 'Amber', 'Green']]);
    // RAG keys differ: the Q2 cover and its appendix, the Q4 cover and its dashboard.
    const keys = find('rag-key-differs', () => true).map((f) => f.message);
    expect(keys.some((m) => m.includes('003_') && m.includes('004_'))).toBe(true);
    expect(keys.some((m) => m.includes('000_') && m.includes('002_'))).toBe(true);
    // Renumbering is reported once per measure.
    const renumbered = find('identifier-renumbered', () => true).map((f) => f.evidence.compared);
    expect(renumbered).toContainEqual({ before: 'Indicator 36', after: 'CoSMIC 003' });
    // Rated against the paper's own key (Q2 defines Blue as more than 5% over target).
    const blue = find('rag-vs-rule', (f) => f.reportedId === 'Indicator 221');
    expect(blue.map((f) => [f.evidence.compared.rag, f.evidence.compared.expected])).toEqual([['Green', ['Blue']]]);
    // The enrolments card has no RAG rating.
    expect(find('missing-field', (f) => f.evidence.compared.field === 'rag')).toHaveLength(1);
    // Every finding says where its figures came from.
    for (const f of findings) expect(f.evidence.sources.length).toBeGreaterThan(0);
  });
});

describe('a clean report raises nothing', () => {
  test('consistent synthetic cover, scorecard and cards', () => {
    const card = (id: string, target: string, current: string, previous: string, change: string, rag: string): Card => ({
      printedId: id, title: `Measure ${id}`, targetLabel: 'Target', target: { raw: target, prov: prov() }, direction: { raw: '↑', prov: prov() },
      current: { raw: current, prov: prov() }, previous: { raw: previous, prov: prov() }, change: { raw: change, prov: prov() }, currentLabel: 'Current Quarter',
      periodBasis: 'quarter', rag: { raw: rag, prov: prov() }, floorLabel: null, floor: null, previousRag: null, description: null, commentary: 'fine', pathToGreen: null, actions: null, usefulLinks: null, dated: null, start: prov({ line: { start: 1, end: 1 } }), confidence: 0.95, notes: [],
    });
    const key = [
      { status: 'Red', definition: 'current performance is off target by more than 10%', prov: prov() },
      { status: 'Amber', definition: 'current performance is off target by 10% or less', prov: prov() },
      { status: 'Green', definition: 'current performance is on target', prov: prov() },
    ];
    const cards = [card('XY 1', '90%', '95%', '91%', 'Improving', 'Green'), card('XY 2', '100', '95', '97', 'Declining', 'Amber'), card('XY 3', '50', '40', '35', 'Improving', 'Red')];
    const parsed = (over: Partial<ParsedReport>): ParsedReport => ({ committee: 'Example Committee', kind: 'appendix', producedOn: null, periodEvidence: [{ source: 'title', text: 'Quarter 2 2024/25', prov: prov() }], cards: [], scorecard: [], summary: [], ragKey: key, claims: [], charts: [], ...over });
    const appendix = normaliseReport(parsed({ cards, scorecard: cards.map((c) => ({ printedId: c.printedId, title: c.title!, target: c.target, direction: c.direction, current: c.current, previous: c.previous, change: { raw: c.change!.raw === 'Improving' ? '↑' : '↓', prov: prov() }, lastUpdated: null, rag: c.rag, prov: prov() })), kind: 'scorecard-and-cards' }));
    const cover = normaliseReport(parsed({
      kind: 'cover',
      summary: [
        { status: 'Red', count: { raw: '1', prov: prov() }, percentage: { raw: '33%', prov: prov() }, prov: prov() },
        { status: 'Amber', count: { raw: '1', prov: prov() }, percentage: { raw: '33%', prov: prov() }, prov: prov() },
        { status: 'Green', count: { raw: '1', prov: prov() }, percentage: { raw: '33%', prov: prov() }, prov: prov() },
      ],
      claims: [{ kind: 'improved', count: 2, status: null, fromStatus: null, items: [{ printedId: 'XY 1', title: 'Measure XY 1', prov: prov() }, { printedId: 'XY 3', title: 'Measure XY 3', prov: prov() }], text: '2 indicators saw an improvement', prov: prov() }],
    }));
    const a = build([{ name: 'appendix.md', sha: 'a', report: appendix }, { name: 'cover.md', sha: 'b', report: cover }]);
    expect(reconcile(a.observations, a.reports).findings).toEqual([]);
  });
});

describe('chart points against cards', () => {
  test('a chart label that disagrees with the card for the same quarter is reported', async () => {
    const a = await archiveOf(['seeds/000_66bba3b0226437a7.txt', 'cosmic-2024-25-q2-appendix.md']);
    const idva = a.observations.find((o) => o.observation.printedId === 'CoSMIC 006')!;
    const points = [
      { observationId: idva.observationId, series: 'IDVA engagement', periodLabel: 'Q4 2024/25', raw: '55%', sourceRef: 'p. 7' },
      { observationId: idva.observationId, series: 'IDVA engagement', periodLabel: 'Q3 2024/25', raw: '66%', sourceRef: 'p. 7' },
      { observationId: idva.observationId, series: 'IDVA engagement', periodLabel: 'Q2 2024/25', raw: '72%', sourceRef: 'p. 7' },
      { observationId: idva.observationId, series: 'Target', periodLabel: 'Q2 2024/25', raw: '10%', sourceRef: 'p. 7' },
    ];
    const f = reconcile(a.observations, a.reports, [], points).findings.filter((x) => x.rule === 'series-vs-card');
    expect(f.map((x) => [x.evidence.compared.period, x.evidence.compared.chart, x.evidence.compared.card, x.evidence.compared.field])).toEqual([
      ['Q3 2024/25', 66, 67, 'previous'],
      ['Q2 2024/25', 72, 70, 'current'],
    ]);
  });
});

describe('narrative arithmetic', () => {
  test('the corpus commentary adds up; a wrong percentage is flagged with both figures', async () => {
    const a = await archiveOf(['seeds/001_9cdcaec2516adf50.txt']);
    const births = a.observations.find((o) => o.observation.printedId === 'CoSMIC 008')!;
    expect(births.observation.commentary).toContain('99 (5.76%) of the Cambridgeshire registrations');
    expect(reconcile(a.observations, a.reports).findings.filter((f) => f.rule === 'narrative-arithmetic')).toEqual([]);
    // The corpus sentence is checked against the total stated before it: 99 of 1,717 is 5.766%, printed 5.76%.
    births.observation.commentary = births.observation.commentary!.replace('99 (5.76%)', '99 (6.76%)');
    let f = reconcile(a.observations, a.reports).findings.filter((x) => x.rule === 'narrative-arithmetic');
    expect(f.map((x) => [x.reportedId, x.severity, x.evidence.compared.part, x.evidence.compared.whole, x.evidence.compared.printedPercent])).toEqual([['CoSMIC 008', 'info', 99, 1717, 6.76]]);
    births.observation.commentary = 'Of all births, 99 (6.2%) of 1,717 were late; 12 (50%) out of 24 were on time.';
    f = reconcile(a.observations, a.reports).findings.filter((x) => x.rule === 'narrative-arithmetic');
    expect(f.map((x) => [x.reportedId, x.severity, x.evidence.compared.part, x.evidence.compared.whole, x.evidence.compared.printedPercent])).toEqual([['CoSMIC 008', 'warning', 99, 1717, 6.2]]);
  });
});

describe('figures a cover quotes', () => {
  test('a figure in the quoted commentary of a cover that the card does not give is reported', async () => {
    const a = await archiveOf(['seeds/003_ba4da1c8b2dd78dd.txt', 'seeds/004_d22b0a3b85e1f331.txt']);
    const quoted = (x: ReturnType<typeof reconcile>) => x.findings.filter((f) => f.rule === 'cover-vs-card' && f.evidence.compared.field === 'commentary');
    expect(quoted(reconcile(a.observations, a.reports))).toEqual([]);
    const deaths = a.observations.find((o) => o.observation.current.raw === '37%')!;
    deaths.observation.commentary = deaths.observation.commentary!.replace('performance for September was 81%', 'performance for September was 79%');
    const f = quoted(reconcile(a.observations, a.reports));
    expect(f.map((x) => [x.reportedId, x.evidence.compared.coverFigures])).toEqual([['Indicator 220', ['81%']]]);
  });
});
