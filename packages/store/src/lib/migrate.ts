/** Applying the numbered migrations (./migrations) a database has not had yet. */
import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';

/** Whether the file holds an archive at all (its migrations table); a new or never-finished file does not. */
export function hasArchive(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get() !== undefined;
}

/**
 * Apply pending migrations, recorded in schema_migrations, all in one transaction: a process killed while
 * it creates or upgrades the schema leaves the database as it was (a new file stays empty), never half-built.
 */
export function migrate(db: Database.Database): number[] {
  // Nothing pending: no write lock taken (a second process opening the archive need not wait for it).
  const recorded = hasArchive(db) ? (db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]) : [];
  if (MIGRATIONS.every((m) => recorded.includes(m.version))) return [];
  return db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    }
    return applied;
  }).immediate();
}
