import { writeFile } from 'node:fs/promises';
import { userPath } from './paths';

/** Write to --out (resolved against the user's directory) or to stdout. */
export async function emit(text: string, out?: string): Promise<void> {
  if (out) await writeFile(userPath(out), text);
  else process.stdout.write(text);
}
