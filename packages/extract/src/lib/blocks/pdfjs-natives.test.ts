import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// A plain process, not jest's sandbox: the built-ins are taken before anything is imported, compared after.
const script = `
const before = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
const { pdfTextItems } = await import(${JSON.stringify(fileURLToPath(new URL('./pdf/index.ts', import.meta.url)))});
const { makePdf } = await import(${JSON.stringify(fileURLToPath(new URL('../../test/make-pdf.ts', import.meta.url)))});
const { pages } = await pdfTextItems(makePdf([{ texts: [{ x: 40, top: 40, text: 'Target 92%' }] }]));
console.log(JSON.stringify({ text: pages[0].items.map((s) => s.text), push: Array.prototype.push === before.push, stringify: JSON.stringify === before.stringify, parse: JSON.parse === before.parse }));
`;

test("after pdf.js has loaded and opened a document, push and JSON are the engine's own again", () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(JSON.parse(r.stdout)).toEqual({ text: ['Target 92%'], push: true, stringify: true, parse: true });
});
