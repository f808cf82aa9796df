/** `--profile FILE`: a team's extra field labels, section labels and RAG words, read and validated once. */
import { readFileSync } from 'node:fs';
import { parseProfile, type Profile } from '@kpi/extract';
import { UsageError } from './errors';
import { userPath } from './paths';

/** Read a profile file; a missing file or a bad entry is a usage error naming the file and the entry. */
export function loadProfile(file: string | undefined): Profile | null {
  if (!file) return null;
  let text: string;
  try {
    text = readFileSync(userPath(file), 'utf8');
  } catch (e) {
    throw new UsageError(`--profile ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  try {
    return parseProfile(text);
  } catch (e) {
    throw new UsageError(`--profile ${file}: ${(e as Error).message}`);
  }
}
