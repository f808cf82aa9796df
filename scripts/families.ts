// Layout-family accuracy: generate seeded KPI reports in every layout family and format, read them back
// through the pipeline, print cards and fields per family × format and per field.
// Usage: pnpm --silent families [--family b] [--format pdf] [--seed 4] [--seeds 5] [--dump DIR] [--misses]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FORMATS, type Format } from '@kpi/extract';
import { familyTable, fieldTable, runFamilies } from '@kpi/extract/testing';

const OPTIONS = {
  family: { type: 'string', multiple: true },
  format: { type: 'string', multiple: true },
  seed: { type: 'string', multiple: true },
  seeds: { type: 'string' },
  dump: { type: 'string' },
  misses: { type: 'boolean' },
} as const;
let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
try {
  values = parseArgs({ options: OPTIONS }).values;
} catch (e) {
  console.error(`families: ${(e as Error).message.split('\n')[0]}`);
  process.exit(2);
}
const formats = (values.format ?? []) as Format[];
const bad = formats.find((f) => !(FORMATS as readonly string[]).includes(f));
if (bad) {
  console.error(`families: unknown format '${bad}' (expected ${FORMATS.join(', ')})`);
  process.exit(2);
}
const seeds = values.seed?.map(Number) ?? Array.from({ length: Number(values.seeds ?? 3) }, (_, i) => i + 1);
if (!seeds.length || seeds.some((n) => !Number.isInteger(n))) {
  console.error('families: --seed and --seeds take whole numbers');
  process.exit(2);
}
const dump = values.dump ? resolve(process.env.INIT_CWD ?? process.cwd(), values.dump) : undefined;
const results = await runFamilies({ families: values.family, formats, seeds, dump });
console.log('cards found/expected(+spurious) and fields right, per family × format');
console.log(familyTable(results));
console.log('\nfields right per format (fields scored)');
console.log(fieldTable(results));
if (values.misses) for (const r of results) for (const m of r.score.misses) console.log(m);
if (dump) console.log(`\nfiles and their truth written to ${dump}`);
