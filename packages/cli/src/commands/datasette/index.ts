/** `kpi datasette-metadata [--db kpi.sqlite] [--out metadata.json]`: Datasette metadata for the archive. */
import { basename, extname } from 'node:path';
import { datasetteMetadata } from '@kpi/store';
import { toJson } from '../../lib/format';

/**
 * metadata.json for `datasette kpi.sqlite -m metadata.json`: every view and column described, internal
 * tables hidden, full-text search on v_observations, the README's queries as canned queries.
 */
export function datasette(options: { db: string }): string {
  // Datasette names a database after its file, without the extension.
  const name = basename(options.db, extname(options.db));
  return toJson(datasetteMetadata(name));
}
