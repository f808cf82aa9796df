import { readDocument } from '@kpi/extract';
import { toItems } from '../packages/extract/src/lib/parse/items';
const doc = await readDocument(process.argv[2]);
const items = toItems(doc.blocks);
const [a, b] = process.argv.slice(3).map(Number);
items.forEach((it, i) => { if (it.prov.line && it.prov.line.start >= a && it.prov.line.start <= b) console.log(i, it.prov.line.start, it.cls.type, JSON.stringify(it.text.slice(0, 70))); });
