/**
 * The floor: what any reader of these papers must do, as a plain process. PDFs through pdfjs-dist
 * getTextContent on every page (the same options the extractor uses), Word through mammoth, text read
 * and decoded. Usage: node bench/floor.mjs <file>...
 * Like the extractor, it puts back the built-ins pdf.js's legacy build polyfills (push, JSON), so the
 * ratio to the floor measures the pipeline's own work, not that fix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const req = createRequire(new URL('../packages/extract/package.json', import.meta.url));
const NATIVE = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
const restoreNatives = () => {
  Array.prototype.push = NATIVE.push;
  JSON.stringify = NATIVE.stringify;
  JSON.parse = NATIVE.parse;
};
const files = process.argv.slice(2);
const pdfjs = files.some((f) => f.endsWith('.pdf')) ? await import(pathToFileURL(req.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href) : null;
restoreNatives();
const mammoth = files.some((f) => f.endsWith('.docx')) ? (await import(pathToFileURL(req.resolve('mammoth')).href)).default : null;
const STANDARD_FONTS = req.resolve('pdfjs-dist/package.json').replace(/package\.json$/, 'standard_fonts/');

let pages = 0;
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  if (file.endsWith('.pdf')) {
    const doc = await pdfjs.getDocument({ data: bytes, standardFontDataUrl: STANDARD_FONTS, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, stopAtErrors: false }).promise;
    restoreNatives();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      page.cleanup();
      pages++;
    }
    await doc.destroy();
  } else if (file.endsWith('.docx')) await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  else new TextDecoder().decode(bytes);
}
process.stdout.write(`${pages} pages\n`);
