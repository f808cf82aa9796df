/**
 * The SQLite archive: one transaction per document, WAL so readers only ever see whole documents,
 * foreign keys on, documents keyed by SHA-256. The class opens the database and hands each job to
 * its module: write-document, read-archive, write-reconciliation, query, migrate.
 */
import Database from 'better-sqlite3';
import type { Reconciliation } from '@kpi/reconcile';
import { StoreError } from './errors';
import { hasArchive, migrate } from './migrate';
import { runQuery } from './query';
import { readChartPoints, readObservations, readReports, readUserLinks, type StoredObservation, type StoredReport } from './read-archive';
import { needsReconcile } from './state';
import { writeDocument, writeFailure, type DocumentInput, type FailureInput } from './write-document';
import { addUserLink, writeReconciliation } from './write-reconciliation';

/** What reconciliation derived, written back as a whole. */
export type ReconciliationRows = Reconciliation;

/** Open (and migrate) an archive; `readonly` opens an existing file without any write. */
export function openStore(path: string, options: { readonly?: boolean } = {}): Store {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw new StoreError('open-failed', `cannot open database ${path}: ${(e as Error).message}`);
  }
  return new Store(db, options.readonly ?? false);
}

/** The first read of an opened file: a file that is no SQLite database is a one-line StoreError. */
function readable<T>(db: Database.Database, read: () => T): T {
  try {
    return read();
  } catch (e) {
    db.close();
    throw new StoreError('open-failed', `cannot open database ${db.name}: ${(e as Error).message}`);
  }
}

/** An open archive. */
export class Store {
  constructor(
    readonly db: Database.Database,
    readonly readonly: boolean,
  ) {
    db.pragma('busy_timeout = 10000');
    if (readonly) {
      db.pragma('query_only = ON');
      // A file whose first ingest never finished (or any other SQLite file) holds no archive to read.
      if (!readable(db, () => hasArchive(db))) {
        db.close();
        throw new StoreError('no-archive', `${db.name} holds no archive yet (its first ingest did not finish); run 'kpi ingest'`);
      }
      return;
    }
    readable(db, () => db.pragma('journal_mode = WAL'));
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    this.migrate();
  }

  /** Apply pending migrations; returns the versions applied. */
  migrate(): number[] {
    return migrate(this.db);
  }

  /** Stored files by path with size and modification time: an unchanged file need not be read again. */
  knownFiles(): Map<string, { bytes: number | null; mtimeMs: number | null; sha256: string | null; status: string; error: string | null }> {
    const rows = this.db.prepare('SELECT path, bytes, mtime_ms AS mtimeMs, sha256, status, error FROM documents').all() as { path: string; bytes: number | null; mtimeMs: number | null; sha256: string | null; status: string; error: string | null }[];
    return new Map(rows.map((r) => [r.path, r]));
  }

  /** Store one document and everything parsed from it, atomically; replaces an older version of the same path. */
  writeDocument(input: DocumentInput): number {
    return writeDocument(this.db, input);
  }

  /** Record a document that could not be read, keeping its one-line reason. */
  writeFailure(input: FailureInput): number {
    return writeFailure(this.db, input);
  }

  /** Has anything changed since the last reconciliation? */
  needsReconcile(): boolean {
    return needsReconcile(this.db);
  }

  /** Every observation with its report's identity, for reconciliation. */
  observations(): StoredObservation[] {
    return readObservations(this.db);
  }

  /** Every report with its claims, summary and key, for reconciliation. */
  reports(): StoredReport[] {
    return readReports(this.db);
  }

  /** Chart points tied to an observation, for the series-vs-card check. */
  chartPoints() {
    return readChartPoints(this.db);
  }

  /** Pinned identity decisions. */
  userLinks() {
    return readUserLinks(this.db);
  }

  /** Pin two indicators together (`link`) or apart (`unlink`); kept across re-ingests. */
  addUserLink(kind: 'link' | 'unlink', a: string, b: string): void {
    addUserLink(this.db, kind, a, b);
  }

  /** Write everything reconciliation derived, replacing the previous derivation, in one transaction. */
  writeReconciliation(rows: ReconciliationRows): void {
    writeReconciliation(this.db, rows);
  }

  /** Run a read-only statement; refuses anything that would write. */
  query(sql: string, params: unknown[] = []): { columns: string[]; rows: Record<string, unknown>[] } {
    return runQuery(this.db, sql, params);
  }

  close(): void {
    this.db.close();
  }
}
