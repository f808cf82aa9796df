import { aboutReport, defineRule, sourceAt, type Draft } from './finding';

/** 'N indicators saw an improvement' followed by a list of a different length. */
export const countVsList = defineRule('count-vs-list', (ctx) => {
  const out: Draft[] = [];
  for (const r of ctx.reports) {
    for (const c of r.claims) {
      if (c.count === null) continue;
      if (['improved', 'declined', 'unchanged', 'moved'].includes(c.kind) && c.items.length && c.items.length !== c.count) {
        out.push({
          severity: 'error',
          ...aboutReport(r),
          message: `${r.fileName} says ${c.count} indicator${c.count === 1 ? '' : 's'} ${verb(c.kind)} but lists ${c.items.length}`,
          evidence: { compared: { stated: c.count, listed: c.items.length, items: c.items.map((i) => i.printedId ?? i.title), text: c.text }, sources: [sourceAt('statement', r.fileName, c.prov), ...c.items.map((i) => sourceAt(i.printedId ?? i.title, r.fileName, i.prov))] },
        });
      }
      if (c.kind === 'status-count' && c.status) {
        const row = r.summary.find((s) => s.status === c.status);
        if (row && row.count !== null && row.count !== c.count) {
          out.push({
              severity: 'error',
            ...aboutReport(r),
            message: `${r.fileName} says there ${c.count === 1 ? 'is' : 'are'} ${c.count} ${c.status} indicator${c.count === 1 ? '' : 's'}, but its summary table counts ${row.count}`,
            evidence: { compared: { stated: c.count, summary: row.count, status: c.status, text: c.text }, sources: [sourceAt('statement', r.fileName, c.prov), { what: 'summary table', file: r.fileName, ref: row.sourceRef ?? '' }] },
          });
        }
      }
    }
  }
  return out;
});

const verb = (kind: string) => ({ improved: 'improved', declined: 'declined', unchanged: 'were unchanged', moved: 'moved status' })[kind] ?? kind;
