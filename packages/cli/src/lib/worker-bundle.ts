/**
 * Worker threads start from the JavaScript bundle (see bundle.mjs), built once and cached by the
 * sources' stat: a worker then starts in milliseconds instead of transpiling every module again.
 */
import { join } from 'node:path';
import { bundleDir } from './bundle.mjs';

/** Path of the bundled worker, building the bundle when the sources changed. */
export async function workerBundle(): Promise<string> {
  return join(await bundleDir(), 'worker.mjs');
}
