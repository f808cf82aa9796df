// Where PDF time goes: text items (floor), block rebuilding, card parsing, normalising.
import { readFileSync } from 'node:fs';
import { blocksFromBytes, parseBlocks, pdfTextItems } from '@kpi/extract';
import { normaliseReport } from '@kpi/normalise';
const files = process.argv.slice(2);
const t = () => Number(process.hrtime.bigint()) / 1e6;
await pdfTextItems(new Uint8Array(readFileSync(files[0])));
const acc = { floor: 0, blocks: 0, parse: 0, normalise: 0 };
for (let rep = 0; rep < 3; rep++) for (const f of files) {
  const bytes = new Uint8Array(readFileSync(f));
  let s = t(); await pdfTextItems(bytes); acc.floor += t() - s;
  s = t(); const doc = await blocksFromBytes(f, 'pdf', bytes); acc.blocks += t() - s;
  s = t(); const r = parseBlocks(doc.blocks); acc.parse += t() - s;
  s = t(); normaliseReport(r); acc.normalise += t() - s;
}
console.log(Object.fromEntries(Object.entries(acc).map(([k, v]) => [k, Math.round(v)])));
