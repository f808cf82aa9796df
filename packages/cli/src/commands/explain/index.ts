/**
 * `kpi explain <file> [--profile FILE] [--format text|json]`: what the parser recognised in one paper —
 * card candidates with their titles and label–value pairs (and where each was printed), why each did or
 * did not become a card, the summary tables read, and the profile entries that would teach it new labels.
 */
import { explainBlocks, readDocument, type Explanation } from '@kpi/extract';
import { UsageError } from '../../lib/errors';
import { userPath } from '../../lib/paths';
import { loadProfile } from '../../lib/profile';

export async function explain(file: string, options: { profile?: string; format?: string }): Promise<string> {
  const format = options.format ?? 'text';
  if (!['json', 'text'].includes(format)) throw new UsageError(`--format must be json or text (not ${format})`);
  const profile = loadProfile(options.profile);
  const doc = await readDocument(userPath(file));
  const result = explainBlocks(doc.blocks, profile);
  if (format === 'json') return `${JSON.stringify({ file: doc.fileName, format: doc.format, pages: doc.pages, ...result }, null, 2)}\n`;
  return render(doc.fileName, doc.blocks.length, result);
}

function render(file: string, blocks: number, x: Explanation): string {
  const out: string[] = [`${file}: ${blocks} blocks, ${x.candidates.length} card candidates, ${x.cards} cards`];
  x.candidates.forEach((c, i) => {
    out.push('', `${i + 1}. ${c.card ? 'card' : 'not a card'}: ${c.title ?? '(no title)'}  [${c.where}]`);
    if (c.reason) out.push(`   why not: ${c.reason}`);
    for (const t of c.valueTables) out.push(`   ${t}`);
    for (const p of c.pairs) out.push(`   ${p.field.padEnd(11)} ${p.label} = ${p.raw}  [${p.where}]`);
    if (c.sections.length) out.push(`   sections: ${c.sections.join(', ')}`);
  });
  out.push('', x.summary.length ? 'Summary counts:' : 'Summary counts: none found');
  for (const s of x.summary) out.push(`   ${s.status}: ${s.count ?? '-'}${s.percentage ? ` (${s.percentage})` : ''}  [${s.where}]`);
  if (x.unknownLabels.length) {
    out.push('', 'Labels printed beside a value that the vocabulary does not know (add them with --profile):');
    for (const u of x.unknownLabels) out.push(`   "${u.label}" = ${u.value}  [${u.where}]  suggested: ${JSON.stringify(u.suggestion.fields)}${u.ratingWord ? ` and map "${u.ratingWord}" to a status under "rag"` : ''}`);
    const merged: Record<string, string[]> = {};
    for (const u of x.unknownLabels) for (const [f, labels] of Object.entries(u.suggestion.fields)) (merged[f] ??= []).push(...(labels ?? []));
    const words = Object.fromEntries(x.unknownLabels.filter((u) => u.ratingWord).map((u) => [u.ratingWord!, 'Green | Amber | Red']));
    const profile = Object.keys(words).length ? { fields: merged, rag: words } : { fields: merged };
    out.push('', 'A profile with these labels (check each field, and choose each status, before you use it):', JSON.stringify(profile, null, 2));
  }
  if (x.scorecard.length) {
    out.push('', `Scorecard rows (${x.scorecard.length}):`);
    for (const r of x.scorecard) out.push(`   ${r.printedId ? `${r.printedId}: ` : ''}${r.title} — current ${r.current ?? '-'}, RAG ${r.rag ?? '-'}  [${r.where}]`);
  }
  if (!x.cards && x.scorecard.length) out.push('', `No cards: the paper's ${x.scorecard.length} KPIs are its scorecard rows, stored as observations from the scorecard.`);
  else if (!x.cards) out.push('', 'No cards: a card needs figures (a value table, or labels such as Target / Actual / Previous beside values). See README "Supported layouts".');
  return `${out.join('\n')}\n`;
}
