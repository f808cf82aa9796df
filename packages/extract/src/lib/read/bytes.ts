/** A file's bytes before any reader sees them: the size limit and the content hash. */
import { createHash } from 'node:crypto';

/** Files larger than this are refused before reading (a per-document memory bound). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** SHA-256 of bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
