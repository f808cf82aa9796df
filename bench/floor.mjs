/**
 * The floor: what any reader of these papers must do, as a plain process. PDFs through pdfjs-dist
 * getTextContent on every page (the same options the extractor uses), Word through mammoth, text read
 * and decoded. Usage: node bench/floor.mjs <file>...
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const req = createRequire(new URL('../packages/extract/package.json', import.meta.url));
const pdfjs = await import(pathToFileURL(req.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href);
const mammoth = (await import(pathToFileURL(req.resolve('mammoth')).href)).default;
const STANDARD_FONTS = req.resolve('pdfjs-dist/package.json').replace(/package\.json$/, 'standard_fonts/');

let pages = 0;
for (const file of process.argv.slice(2)) {
  const bytes = new Uint8Array(readFileSync(file));
  if (file.endsWith('.pdf')) {
    const doc = await pdfjs.getDocument({ data: bytes, standardFontDataUrl: STANDARD_FONTS, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, stopAtErrors: false }).promise;
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
