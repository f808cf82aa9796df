/** A document that cannot be read; `code` is stable for scripts, `message` is one line for people. */
export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message.replace(/\s+/g, ' ').trim());
    this.name = 'ExtractError';
  }
}

export type ExtractErrorCode =
  | 'unsupported-format'
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'too-large'
  | 'encrypted'
  | 'damaged'
  | 'no-text'
  | 'zip-bomb'
  | 'timeout'
  | 'unreadable';

/** One line saying why a document failed, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof ExtractError) return `${error.code}: ${error.message}`;
  const text = error instanceof Error ? error.message : String(error);
  return `unreadable: ${text.split('\n')[0].slice(0, 300)}`;
}
