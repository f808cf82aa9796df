import { isAbsolute, resolve } from 'node:path';

/** The directory the user ran the command from (pnpm runs scripts at the repository root but keeps INIT_CWD). */
export function userDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

/** Resolve a path the user typed against the directory they typed it in. */
export function userPath(p: string): string {
  return isAbsolute(p) ? p : resolve(userDir(), p);
}
