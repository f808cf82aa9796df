/** A store failure with a one-line reason; `code` says which kind. */
export class StoreError extends Error {
  constructor(
    readonly code: 'open-failed' | 'readonly' | 'bad-query' | 'bad-data',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
