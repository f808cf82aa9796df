/** `kpi blocks <file> [--format json|text]`: the raw blocks an extractor produced, with page, box and lines. */
import { describeProv, readDocument, type Block } from '@kpi/extract';
import { userPath } from '../../lib/paths';
import { UsageError } from '../../lib/errors';

export async function blocks(file: string, options: { format?: string }): Promise<string> {
  const format = options.format ?? 'text';
  if (!['json', 'text'].includes(format)) throw new UsageError(`--format must be json or text (not ${format})`);
  const doc = await readDocument(userPath(file));
  if (format === 'json') return `${JSON.stringify({ file: doc.fileName, format: doc.format, pages: doc.pages, sha256: doc.sha256, blocks: doc.blocks, messages: doc.messages }, null, 2)}\n`;
  return doc.blocks.map(render).join('\n') + '\n';
}

function render(b: Block): string {
  const where = describeProv(b.prov);
  const box = b.prov.box ? ` [${[b.prov.box.x, b.prov.box.y, b.prov.box.w, b.prov.box.h].map((n) => n.toFixed(0)).join(',')}]` : '';
  const role = b.role !== 'content' ? ` (${b.role})` : '';
  const head = `${b.id} ${b.kind}${b.level !== null ? ` ${b.level}` : ''} @ ${where}${box}${role}`;
  if (b.kind === 'table' && b.rows) return `${head}\n${b.rows.map((r) => `  | ${r.join(' | ')} |`).join('\n')}`;
  if (b.kind === 'chart' && b.chart) return `${head} ${b.chart.title ?? ''}\n${b.chart.series.map((s) => `  ${s.name}: ${s.points.map((p) => `${p.label}=${p.raw}`).join(', ')}`).join('\n')}`;
  return `${head}\n  ${b.text.replace(/\n/g, '\n  ')}`;
}
