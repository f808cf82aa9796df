/** A store failure with a one-line reason; `code` says which kind. */
export class StoreError extends Error {
  constructor(
    readonly code: 'open-failed' | 'no-archive' | 'readonly' | 'bad-query' | 'bad-data',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
