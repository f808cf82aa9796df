/** Whether the derived tables (keys, findings) are up to date with the stored documents. */
import type Database from 'better-sqlite3';

const set = (db: Database.Database, value: '0' | '1') => db.prepare("INSERT INTO state (name, value) VALUES ('reconciled', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value").run(value);

/** Something changed: reconciliation must run again. */
export const markDirty = (db: Database.Database) => set(db, '0');

/** Reconciliation has just been written. */
export const markReconciled = (db: Database.Database) => set(db, '1');

/** Has anything changed since the last reconciliation? */
export function needsReconcile(db: Database.Database): boolean {
  return db.prepare("SELECT value FROM state WHERE name = 'reconciled'").pluck().get() === '0';
}
