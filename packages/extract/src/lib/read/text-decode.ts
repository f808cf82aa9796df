import { ExtractError } from '../errors';

/** Decode a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM; rejects binary data. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ExtractError('empty', 'the file is empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let controls = 0;
  for (const b of sample) {
    if (b === 0) throw new ExtractError('binary', 'binary data (NUL bytes), not text');
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > sample.length * 0.05) throw new ExtractError('binary', 'binary data, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Old archives hold Windows-1252 text; decode it rather than refuse it.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new ExtractError('empty', 'the file holds no text');
  return text.replace(/\r\n?/g, '\n');
}
