/** Directory of the current bundle (`bin.mjs`, `worker.mjs` and shared chunks), building it when stale. */
export function bundleDir(): Promise<string>;
