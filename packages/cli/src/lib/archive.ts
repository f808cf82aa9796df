import { existsSync } from 'node:fs';
import { openStore, type Store } from '@kpi/store';
import { userPath } from './paths';
import { UsageError } from './errors';

/** Open an existing archive read-only; a missing file is a usage error (nothing is created). */
export function openArchive(db: string): Store {
  const path = userPath(db);
  if (!existsSync(path)) throw new UsageError(`no database at ${db}; run 'kpi ingest' first`);
  return openStore(path, { readonly: true });
}
