import { readDocument, parseBlocks } from '@kpi/extract';
for (const f of process.argv.slice(2)) {
  const doc = await readDocument(f);
  const r = parseBlocks(doc.blocks, doc.fileName);
  console.log(`== ${doc.fileName} kind=${r.kind} committee=${r.committee} produced=${r.producedOn} cards=${r.cards.length} sc=${r.scorecard.length} summary=${r.summary.map((s) => `${s.status}:${s.count?.raw}/${s.percentage?.raw}`).join(',')} key=${r.ragKey.length}`);
  console.log('  period:', r.periodEvidence.map((e) => `${e.source}=${e.text}`).slice(0, 4).join(' | '));
  for (const c of r.cards) {
    console.log(`  [${c.printedId ?? '-'}] ${c.title?.slice(0, 40) ?? ''} | ${c.targetLabel}=${c.target?.raw} dir=${c.direction?.raw} cur=${c.current?.raw} prev=${c.previous?.raw} chg=${c.change?.raw} basis=${c.periodBasis} rag=${c.rag?.raw} conf=${c.confidence} ${c.notes.join(',')} line=${c.start.line?.start}`);
    if (process.env.V) console.log(`     D: ${c.description?.slice(0, 60)}\n     C: ${c.commentary?.slice(0, 60)}\n     P: ${c.pathToGreen?.slice(0, 60)}\n     L: ${c.usefulLinks?.slice(0, 60)}\n     A: ${c.actions?.slice(0, 60)}`);
  }
  for (const cl of r.claims) console.log(`  claim ${cl.kind} n=${cl.count} st=${cl.status} from=${cl.fromStatus} items=${cl.items.map((i) => i.printedId).join(',')}`);
}
