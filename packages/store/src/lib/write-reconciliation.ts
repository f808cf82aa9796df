/** Writing what reconciliation derived (keys, deduced identifiers, inferred committees, aliases, findings) as a whole. */
import type Database from 'better-sqlite3';
import type { Reconciliation } from '@kpi/reconcile';
import { markDirty, markReconciled } from './state';

/** Replace the previous derivation with `rows`, in one transaction. */
export function writeReconciliation(db: Database.Database, rows: Reconciliation): void {
  db.transaction(() => {
    db.prepare("UPDATE observations SET indicator_key = NULL, reported_id = printed_id, reported_id_source = CASE WHEN printed_id IS NULL THEN NULL ELSE 'printed' END WHERE origin = 'card' AND reported_id_source IS NOT 'scorecard'").run();
    const setKey = db.prepare('UPDATE observations SET indicator_key = ? WHERE observation_id = ?');
    for (const [id, key] of rows.keys) setKey.run(key, id);
    const setId = db.prepare('UPDATE observations SET reported_id = ?, reported_id_source = ? WHERE observation_id = ?');
    for (const [id, r] of rows.reportedIds) setId.run(r.id, r.source, id);
    db.prepare("UPDATE reports SET committee = NULL, committee_source = NULL WHERE committee_source = 'inferred'").run();
    const setCommittee = db.prepare('UPDATE reports SET committee = ?, committee_source = ? WHERE report_id = ?');
    for (const [id, c] of rows.committees) setCommittee.run(c.committee, c.source, id);
    db.prepare('DELETE FROM aliases').run();
    const insertAlias = db.prepare('INSERT INTO aliases (indicator_key, identifier, title, method, score, observation_id) VALUES (?, ?, ?, ?, ?, ?)');
    for (const a of rows.aliases) insertAlias.run(a.indicatorKey, a.identifier, a.title, a.method, a.score, a.observationId);
    db.prepare('UPDATE reports SET rendition_of = NULL WHERE rendition_of IS NOT NULL').run();
    const setRendition = db.prepare('UPDATE reports SET rendition_of = ? WHERE report_id = ?');
    for (const [id, primary] of rows.renditionOf) setRendition.run(primary, id);
    db.prepare('DELETE FROM findings').run();
    const insertFinding = db.prepare('INSERT INTO findings (rule, severity, report_id, observation_id, indicator_key, reported_id, message, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const f of rows.findings) insertFinding.run(f.rule, f.severity, f.reportId, f.observationId, f.indicatorKey, f.reportedId, f.message, JSON.stringify(f.evidence));
    markReconciled(db);
  })();
}

/** Pin two indicators together (`link`) or apart (`unlink`); kept across re-ingests. */
export function addUserLink(db: Database.Database, kind: 'link' | 'unlink', a: string, b: string): void {
  db.transaction(() => {
    db.prepare('DELETE FROM user_links WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)').run(a, b, b, a);
    db.prepare('INSERT INTO user_links (kind, a, b, created_at) VALUES (?, ?, ?, ?)').run(kind, a, b, new Date().toISOString());
    markDirty(db);
  })();
}
