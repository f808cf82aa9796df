/** The .docx package: opened with zip-bomb and encryption checks, parts read with entities refused, relationships. */
import type JSZip from 'jszip';
import { ExtractError } from '../../errors';

/** Limits that keep a hostile package from exhausting memory. */
export const DOCX_LIMITS = { maxEntries: 5000, maxUncompressed: 300 * 1024 * 1024, maxRatio: 200, maxXmlDepth: 400 };

/** Open the package, checking entry count, expansion and encryption before anything is inflated. */
export async function openZip(Zip: typeof JSZip, bytes: Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await Zip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    throw new ExtractError('damaged', `not a readable .docx (${(e as Error).message.split('\n')[0]})`);
  }
  const files = Object.values(zip.files);
  if (files.length > DOCX_LIMITS.maxEntries) throw new ExtractError('zip-bomb', `the package has ${files.length} entries`);
  let total = 0;
  for (const f of files) {
    const size = (f as unknown as { _data?: { uncompressedSize?: number; compressedSize?: number } })._data;
    const u = size?.uncompressedSize ?? 0;
    const c = size?.compressedSize ?? 0;
    total += u;
    if (u > 1024 * 1024 && c > 0 && u / c > DOCX_LIMITS.maxRatio) throw new ExtractError('zip-bomb', `${f.name} expands ${Math.round(u / c)}× (a zip bomb?)`);
  }
  if (total > DOCX_LIMITS.maxUncompressed) throw new ExtractError('zip-bomb', `the package expands to ${(total / 1048576).toFixed(0)} MB`);
  if (zip.file('EncryptedPackage') || zip.file('EncryptionInfo')) throw new ExtractError('encrypted', 'the document is password-protected');
  return zip;
}

/** One part's XML; a DOCTYPE or ENTITY (which Word never writes) is refused. */
export async function readPart(zip: JSZip, name: string): Promise<string | null> {
  const f = zip.file(name);
  if (!f) return null;
  const text = await f.async('string');
  // OOXML never needs a DTD; a DOCTYPE can only declare entities (external or exponential), so refuse it.
  if (/<!DOCTYPE|<!ENTITY/i.test(text.slice(0, 4096)) || /<!ENTITY/i.test(text)) throw new ExtractError('damaged', `${name} declares XML entities (DOCTYPE), which Word never writes; refused`);
  return text;
}

/** A part's relationship ids and their targets (word/_rels/document.xml.rels). */
export function relationships(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) out.set(id, target.replace(/^\/?word\//, '').replace(/^\//, ''));
  }
  return out;
}

