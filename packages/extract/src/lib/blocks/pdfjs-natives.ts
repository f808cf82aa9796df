/**
 * pdf.js's legacy build installs core-js polyfills over three built-ins on Node 20 — Array.prototype.push
 * and JSON.stringify/parse — when its module loads and again when its worker code loads. They cover edge
 * cases neither pdf.js nor this project meets (lengths over 2^32, JSON.rawJSON) and make every push and
 * every JSON call in the process several times slower. The engine's own are kept here (this module loads
 * before pdf.js, which only loadPdfJs imports) and put back.
 */
const NATIVE = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };

/** Put back the engine's push and JSON functions (call after loading pdf.js and after opening a document). */
export function restoreNatives(): void {
  if (Array.prototype.push !== NATIVE.push) Array.prototype.push = NATIVE.push;
  if (JSON.stringify !== NATIVE.stringify) JSON.stringify = NATIVE.stringify;
  if (JSON.parse !== NATIVE.parse) JSON.parse = NATIVE.parse;
}
