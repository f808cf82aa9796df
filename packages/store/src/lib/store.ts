/**
 * The SQLite archive: one transaction per document, WAL so readers only ever see whole documents,
 * foreign keys on, documents keyed by SHA-256.
 */
import Database from 'better-sqlite3';
import { describeProv, type NormalisedReport, type Observation, type Format, type NarrativeClaim } from '@kpi/extract';
import type { ArchiveObservation, ArchiveReport, Reconciliation } from '@kpi/normalise';
import { MIGRATIONS } from './migrations';

export interface DocumentInput {
  path: string;
  fileName: string;
  format: Format;
  sha256: string;
  pages: number | null;
  bytes: number;
  /** File modification time, so an unchanged file can be recognised without reading it. */
  mtimeMs?: number | null;
  report: NormalisedReport;
}

export interface FailureInput {
  path: string;
  fileName: string;
  format: Format | null;
  sha256: string | null;
  bytes: number | null;
  mtimeMs?: number | null;
  error: string;
}

/** An observation as stored, in the shape reconciliation reads (see @kpi/normalise). */
export type StoredObservation = ArchiveObservation & { indicatorKey: string | null };

/** A report as stored, with its claims, summary and key. */
export type StoredReport = ArchiveReport & { documentId: number };

/** What reconciliation derived, written back as a whole. */
export type ReconciliationRows = Reconciliation;

export class StoreError extends Error {
  constructor(
    readonly code: 'open-failed' | 'readonly' | 'bad-query',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

const num = (v: number | null | undefined) => (v === undefined ? null : v);

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

export class Store {
  constructor(
    readonly db: Database.Database,
    readonly readonly: boolean,
  ) {
    db.pragma('busy_timeout = 10000');
    if (readonly) {
      db.pragma('query_only = ON');
      return;
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    this.migrate();
  }

  /** Apply pending migrations, each in its own transaction; returns the versions applied. */
  migrate(): number[] {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set(this.db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      })();
      applied.push(m.version);
    }
    return applied;
  }

  /** Is a document with these bytes already stored (ok or failed)? */
  hasSha(sha256: string): boolean {
    return this.db.prepare('SELECT 1 FROM documents WHERE sha256 = ?').get(sha256) !== undefined;
  }

  /** Stored files by path with size and modification time: an unchanged file need not be read again. */
  knownFiles(): Map<string, { bytes: number | null; mtimeMs: number | null; sha256: string | null; status: string; error: string | null }> {
    const rows = this.db.prepare('SELECT path, bytes, mtime_ms AS mtimeMs, sha256, status, error FROM documents').all() as { path: string; bytes: number | null; mtimeMs: number | null; sha256: string | null; status: string; error: string | null }[];
    return new Map(rows.map((r) => [r.path, r]));
  }

  /** Store one document and everything parsed from it, atomically; replaces an older version of the same path. */
  writeDocument(input: DocumentInput): number {
    return this.db.transaction(() => {
      this.removeDocuments(input.path, input.sha256);
      const now = new Date().toISOString();
      const docId = Number(
        this.db
          .prepare('INSERT INTO documents (path, file_name, sha256, format, pages, bytes, mtime_ms, status, error, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)')
          .run(input.path, input.fileName, input.sha256, input.format, input.pages, input.bytes, input.mtimeMs ?? null, 'ok', now).lastInsertRowid,
      );
      const { meta, observations, summary, ragKey, claims, charts, messages } = input.report;
      const reportId = Number(
        this.db
          .prepare(
            `INSERT INTO reports (document_id, committee, committee_source, fiscal_year, quarter, period_start, period_end, period_source, kind, produced_on)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(docId, meta.committee, meta.committee ? 'printed' : null, meta.fiscalYear, meta.quarter, meta.periodStart, meta.periodEnd, meta.periodSource, meta.kind, meta.producedOn).lastInsertRowid,
      );
      const insertObs = this.db.prepare(
        `INSERT INTO observations (report_id, position, origin, printed_id, reported_id, reported_id_source, title, target_label, target_raw, target_value,
           direction_raw, direction, current_raw, current_value, previous_raw, previous_value, unit, period_basis, current_label, change_raw, change,
           rag_raw, rag, floor_label, floor_raw, floor_value, previous_rag_raw, previous_rag,
           description, commentary, path_to_green, actions, useful_links, dated, source_page, source_ref, confidence, notes, detail)
         VALUES (@reportId, @position, @origin, @printedId, @reportedId, @reportedIdSource, @title, @targetLabel, @targetRaw, @targetValue,
           @directionRaw, @direction, @currentRaw, @currentValue, @previousRaw, @previousValue, @unit, @periodBasis, @currentLabel, @changeRaw, @change,
           @ragRaw, @rag, @floorLabel, @floorRaw, @floorValue, @previousRagRaw, @previousRag,
           @description, @commentary, @pathToGreen, @actions, @usefulLinks, @dated, @sourcePage, @sourceRef, @confidence, @notes, @detail)`,
      );
      const obsIds: number[] = [];
      observations.forEach((o, position) => {
        obsIds.push(
          Number(
            insertObs.run({
              reportId,
              position,
              origin: o.origin,
              printedId: o.printedId,
              reportedId: o.reportedId,
              reportedIdSource: o.reportedIdSource,
              title: o.title,
              targetLabel: o.targetLabel,
              targetRaw: o.target.raw,
              targetValue: num(o.target.value),
              directionRaw: o.directionRaw,
              direction: o.direction,
              currentRaw: o.current.raw,
              currentValue: num(o.current.value),
              previousRaw: o.previous.raw,
              previousValue: num(o.previous.value),
              unit: o.unit,
              periodBasis: o.periodBasis,
              currentLabel: o.currentLabel,
              changeRaw: o.changeRaw,
              change: o.change,
              ragRaw: o.ragRaw,
              rag: o.rag,
              floorLabel: o.floorLabel,
              floorRaw: o.floor.raw,
              floorValue: num(o.floor.value),
              previousRagRaw: o.previousRagRaw,
              previousRag: o.previousRag,
              description: o.description,
              commentary: o.commentary,
              pathToGreen: o.pathToGreen,
              actions: o.actions,
              usefulLinks: o.usefulLinks,
              dated: o.dated,
              sourcePage: o.sourcePage,
              sourceRef: o.sourceRef,
              confidence: o.confidence,
              notes: o.notes.length ? o.notes.join(',') : null,
              detail: JSON.stringify({ where: o.where, scorecard: o.scorecard }),
            }).lastInsertRowid,
          ),
        );
      });
      const insertSummary = this.db.prepare('INSERT INTO summary_counts (report_id, status, count_raw, count, percentage_raw, percentage, source_ref) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const s of summary) {
        const count = s.count ? Number.parseInt(s.count.raw.replace(/,/g, ''), 10) : null;
        const pct = s.percentage ? Number.parseFloat(s.percentage.raw.replace(/[^\d.]/g, '')) : null;
        insertSummary.run(reportId, s.status, s.count?.raw ?? null, Number.isNaN(count) ? null : count, s.percentage?.raw ?? null, Number.isNaN(pct) ? null : pct, describeProv(s.prov));
      }
      const insertKey = this.db.prepare('INSERT INTO rag_key (report_id, status, definition, source_page, source_ref) VALUES (?, ?, ?, ?, ?)');
      for (const k of ragKey) insertKey.run(reportId, k.status, k.definition, k.prov.page, describeProv(k.prov));
      const insertClaim = this.db.prepare('INSERT INTO claims (report_id, kind, count, status, from_status, text, items, source_page, source_ref, prov) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
      for (const c of claims) insertClaim.run(reportId, c.kind, c.count, c.status, c.fromStatus, c.text, JSON.stringify(c.items), c.prov.page, describeProv(c.prov), JSON.stringify(c.prov));
      const insertPoint = this.db.prepare('INSERT INTO chart_points (report_id, observation_id, chart_title, series, period_label, raw, value, source_page, source_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
      for (const chart of charts) {
        const obsId = chart.card !== null ? obsIds[chart.card] ?? null : null;
        for (const series of chart.series) {
          for (const p of series.points) {
            const value = Number.parseFloat(p.raw.replace(/[^\d.-]/g, ''));
            insertPoint.run(reportId, obsId, chart.title, series.name, p.label, p.raw, Number.isNaN(value) ? null : value, chart.prov.page, describeProv(chart.prov));
          }
        }
      }
      const insertMessage = this.db.prepare('INSERT INTO messages (document_id, rule, severity, message, source_ref) VALUES (?, ?, ?, ?, ?)');
      for (const m of messages) insertMessage.run(docId, m.rule, m.severity, m.message, describeProv(m.prov));
      this.markDirty();
      return docId;
    })();
  }

  /** Record a document that could not be read, keeping its one-line reason. */
  writeFailure(input: FailureInput): number {
    return this.db.transaction(() => {
      this.removeDocuments(input.path, input.sha256);
      return Number(
        this.db
          .prepare('INSERT INTO documents (path, file_name, sha256, format, pages, bytes, mtime_ms, status, error, ingested_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)')
          .run(input.path, input.fileName, input.sha256, input.format, input.bytes, input.mtimeMs ?? null, 'failed', input.error, new Date().toISOString()).lastInsertRowid,
      );
    })();
  }

  /** Drop earlier versions of a path (or a forced re-ingest of the same bytes). */
  private removeDocuments(path: string, sha256: string | null) {
    this.db.prepare('DELETE FROM documents WHERE path = ? OR (sha256 IS NOT NULL AND sha256 = ?)').run(path, sha256);
  }

  private markDirty() {
    this.db.prepare("INSERT INTO state (name, value) VALUES ('reconciled', '0') ON CONFLICT(name) DO UPDATE SET value = '0'").run();
  }

  /** Has anything changed since the last reconciliation? */
  needsReconcile(): boolean {
    const row = this.db.prepare("SELECT value FROM state WHERE name = 'reconciled'").pluck().get() as string | undefined;
    return row === '0';
  }

  /** Every observation with its report's identity, for reconciliation. */
  observations(): StoredObservation[] {
    const rows = this.db
      .prepare(
        `SELECT o.*, r.fiscal_year, r.quarter, r.committee, r.kind, d.sha256 AS document_sha, d.file_name
         FROM observations o JOIN reports r USING (report_id) JOIN documents d USING (document_id)`,
      )
      .all() as Record<string, unknown>[];
    return rows.map((r) => {
      const detail = JSON.parse(String(r.detail)) as { where: Observation['where']; scorecard: Observation['scorecard'] };
      const v = (raw: unknown, value: unknown) => ({ raw: (raw as string) ?? null, value: (value as number) ?? null, unit: (r.unit as string) ?? null });
      const observation: Observation = {
        origin: r.origin as Observation['origin'],
        printedId: r.printed_id as string | null,
        reportedId: r.reported_id as string | null,
        reportedIdSource: r.reported_id_source as string | null,
        title: r.title as string | null,
        targetLabel: r.target_label as string | null,
        target: v(r.target_raw, r.target_value),
        directionRaw: r.direction_raw as string | null,
        direction: r.direction as Observation['direction'],
        current: v(r.current_raw, r.current_value),
        previous: v(r.previous_raw, r.previous_value),
        unit: r.unit as string | null,
        periodBasis: r.period_basis as Observation['periodBasis'],
        currentLabel: r.current_label as string | null,
        changeRaw: r.change_raw as string | null,
        change: r.change as string | null,
        ragRaw: r.rag_raw as string | null,
        rag: r.rag as string | null,
        floorLabel: r.floor_label as string | null,
        floor: v(r.floor_raw, r.floor_value),
        previousRagRaw: r.previous_rag_raw as string | null,
        previousRag: r.previous_rag as string | null,
        description: r.description as string | null,
        commentary: r.commentary as string | null,
        pathToGreen: r.path_to_green as string | null,
        actions: r.actions as string | null,
        usefulLinks: r.useful_links as string | null,
        dated: r.dated as string | null,
        sourcePage: r.source_page as number | null,
        sourceRef: r.source_ref as string,
        confidence: r.confidence as number,
        notes: r.notes ? String(r.notes).split(',') : [],
        where: detail.where,
        scorecard: detail.scorecard,
      };
      return {
        observationId: r.observation_id as number,
        reportId: r.report_id as number,
        documentSha: r.document_sha as string,
        position: r.position as number,
        fiscalYear: r.fiscal_year as string | null,
        quarter: r.quarter as number | null,
        committee: r.committee as string | null,
        kind: r.kind as string,
        fileName: r.file_name as string,
        observation,
        indicatorKey: r.indicator_key as string | null,
      };
    });
  }

  /** Every report with its claims, summary and key, for reconciliation. */
  reports(): StoredReport[] {
    const reports = this.db
      .prepare('SELECT r.*, d.sha256 AS document_sha, d.file_name FROM reports r JOIN documents d USING (document_id) ORDER BY d.sha256')
      .all() as Record<string, unknown>[];
    const claims = this.db.prepare('SELECT * FROM claims WHERE report_id = ? ORDER BY claim_id');
    const summary = this.db.prepare('SELECT status, count, percentage, source_ref FROM summary_counts WHERE report_id = ?');
    const key = this.db.prepare('SELECT status, definition, source_ref FROM rag_key WHERE report_id = ?');
    return reports.map((r) => ({
      reportId: r.report_id as number,
      documentId: r.document_id as number,
      documentSha: r.document_sha as string,
      fileName: r.file_name as string,
      committee: r.committee as string | null,
      committeeSource: r.committee_source as string | null,
      fiscalYear: r.fiscal_year as string | null,
      quarter: r.quarter as number | null,
      kind: r.kind as string,
      claims: (claims.all(r.report_id) as Record<string, unknown>[]).map((c) => ({
        kind: c.kind as NarrativeClaim['kind'],
        count: c.count as number | null,
        status: c.status as string | null,
        fromStatus: c.from_status as string | null,
        text: c.text as string,
        items: JSON.parse(String(c.items)),
        prov: JSON.parse(String(c.prov)),
      })),
      summary: (summary.all(r.report_id) as Record<string, unknown>[]).map((s) => ({
        status: s.status as string,
        count: s.count as number | null,
        percentage: s.percentage as number | null,
        sourceRef: s.source_ref as string | null,
      })),
      ragKey: (key.all(r.report_id) as Record<string, unknown>[]).map((k) => ({ status: k.status as string, definition: k.definition as string, sourceRef: k.source_ref as string | null })),
    }));
  }

  /** Chart points tied to an observation, for the series-vs-card check. */
  chartPoints(): { observationId: number; series: string; periodLabel: string; raw: string; sourceRef: string }[] {
    return this.db
      .prepare('SELECT observation_id AS observationId, series, period_label AS periodLabel, raw, source_ref AS sourceRef FROM chart_points WHERE observation_id IS NOT NULL ORDER BY point_id')
      .all() as { observationId: number; series: string; periodLabel: string; raw: string; sourceRef: string }[];
  }

  /** Pinned identity decisions. */
  userLinks(): { kind: 'link' | 'unlink'; a: string; b: string }[] {
    return this.db.prepare('SELECT kind, a, b FROM user_links ORDER BY link_id').all() as { kind: 'link' | 'unlink'; a: string; b: string }[];
  }

  /** Pin two indicators together (`link`) or apart (`unlink`); kept across re-ingests. */
  addUserLink(kind: 'link' | 'unlink', a: string, b: string): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM user_links WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)').run(a, b, b, a);
      this.db.prepare('INSERT INTO user_links (kind, a, b, created_at) VALUES (?, ?, ?, ?)').run(kind, a, b, new Date().toISOString());
      this.markDirty();
    })();
  }

  /** Write everything reconciliation derived, replacing the previous derivation, in one transaction. */
  writeReconciliation(rows: ReconciliationRows): void {
    this.db.transaction(() => {
      this.db.prepare("UPDATE observations SET indicator_key = NULL, reported_id = printed_id, reported_id_source = CASE WHEN printed_id IS NULL THEN NULL ELSE 'printed' END WHERE origin = 'card' AND reported_id_source IS NOT 'scorecard'").run();
      const setKey = this.db.prepare('UPDATE observations SET indicator_key = ? WHERE observation_id = ?');
      for (const [id, key] of rows.keys) setKey.run(key, id);
      const setId = this.db.prepare('UPDATE observations SET reported_id = ?, reported_id_source = ? WHERE observation_id = ?');
      for (const [id, r] of rows.reportedIds) setId.run(r.id, r.source, id);
      this.db.prepare("UPDATE reports SET committee = NULL, committee_source = NULL WHERE committee_source = 'inferred'").run();
      const setCommittee = this.db.prepare('UPDATE reports SET committee = ?, committee_source = ? WHERE report_id = ?');
      for (const [id, c] of rows.committees) setCommittee.run(c.committee, c.source, id);
      this.db.prepare('DELETE FROM aliases').run();
      const insertAlias = this.db.prepare('INSERT INTO aliases (indicator_key, identifier, title, method, score, observation_id) VALUES (?, ?, ?, ?, ?, ?)');
      for (const a of rows.aliases) insertAlias.run(a.indicatorKey, a.identifier, a.title, a.method, a.score, a.observationId);
      this.db.prepare('UPDATE reports SET rendition_of = NULL WHERE rendition_of IS NOT NULL').run();
      const setRendition = this.db.prepare('UPDATE reports SET rendition_of = ? WHERE report_id = ?');
      for (const [id, primary] of rows.renditionOf) setRendition.run(primary, id);
      this.db.prepare('DELETE FROM findings').run();
      const insertFinding = this.db.prepare('INSERT INTO findings (rule, severity, report_id, observation_id, indicator_key, reported_id, message, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      for (const f of rows.findings) insertFinding.run(f.rule, f.severity, f.reportId, f.observationId, f.indicatorKey, f.reportedId, f.message, JSON.stringify(f.evidence));
      this.db.prepare("INSERT INTO state (name, value) VALUES ('reconciled', '1') ON CONFLICT(name) DO UPDATE SET value = '1'").run();
    })();
  }

  /** Run a read-only statement; refuses anything that would write. */
  query(sql: string, params: unknown[] = []): { columns: string[]; rows: Record<string, unknown>[] } {
    let stmt: Database.Statement;
    try {
      stmt = this.db.prepare(sql);
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

  close(): void {
    this.db.close();
  }
}
