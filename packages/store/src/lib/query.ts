/** Read-only statements for `kpi query` and the commands that report from views. */
import type Database from 'better-sqlite3';
import { StoreError } from './errors';

/** Run a statement that returns rows; refuses anything that would write, with a one-line reason. */
export function runQuery(db: Database.Database, sql: string, params: unknown[] = []): { columns: string[]; rows: Record<string, unknown>[] } {
  let stmt: Database.Statement;
  try {
    stmt = db.prepare(sql);
  } catch (e) {
    throw new StoreError('bad-query', (e as Error).message);
  }
  if (!stmt.reader) throw new StoreError('readonly', 'query only runs statements that return rows (SELECT, WITH, PRAGMA reads); nothing was changed');
  if (!stmt.readonly) throw new StoreError('readonly', 'this statement would change the database; query opens it read-only');
  const columns = stmt.columns().map((c) => c.name);
  try {
    return { columns, rows: stmt.all(...params) as Record<string, unknown>[] };
  } catch (e) {
    throw new StoreError('bad-query', (e as Error).message);
  }
}
