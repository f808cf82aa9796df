/**
 * @kpi/extract/files — what a command needs to find, hash and skip files before any reader is loaded:
 * importing the package's main entry compiles every reader, zod and the vocabulary (most of `kpi ingest`'s
 * start-up when nothing needs reading).
 */
export { ExtractError, describeError, type ExtractErrorCode } from './lib/errors';
export { formatOfPath } from './lib/read/detect';
export { MAX_FILE_BYTES, sha256 } from './lib/read/bytes';
export type { Format } from './lib/schema';
