/**
 * Numbered schema migrations (long: the whole schema's SQL, in order, in one place). Each runs once,
 * inside a transaction, and is recorded in `schema_migrations`; running them again on an up-to-date
 * database does nothing.
 * Views are dropped and recreated by every migration that changes them (they hold no data).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const VIEWS_V1 = `
DROP VIEW IF EXISTS v_documents;
CREATE VIEW v_documents AS
  SELECT document_id, path, file_name, sha256, format, pages, status, error, ingested_at
  FROM documents;

DROP VIEW IF EXISTS v_reports;
CREATE VIEW v_reports AS
  SELECT r.report_id, r.document_id, d.file_name, r.committee, r.fiscal_year, r.quarter,
         r.period_start, r.period_end, r.kind, r.produced_on,
         r.committee_source, r.period_source
  FROM reports r JOIN documents d USING (document_id);

DROP VIEW IF EXISTS v_observations;
CREATE VIEW v_observations AS
  SELECT o.observation_id, o.report_id, d.file_name, r.committee, r.fiscal_year, r.quarter,
         o.indicator_key, o.printed_id, o.reported_id, o.title, o.target_label, o.target_raw, o.target_value,
         o.direction, o.current_raw, o.current_value, o.previous_raw, o.previous_value, o.unit, o.period_basis,
         o.change, o.rag, o.description, o.commentary, o.path_to_green, o.actions, o.useful_links,
         o.source_page, o.source_ref, o.confidence,
         o.direction_raw, o.change_raw, o.rag_raw, o.current_label, o.reported_id_source, o.origin, o.dated, o.notes
  FROM observations o JOIN reports r USING (report_id) JOIN documents d USING (document_id);

DROP VIEW IF EXISTS v_summary_counts;
CREATE VIEW v_summary_counts AS
  SELECT s.report_id, d.file_name, s.status, s.count, s.percentage, s.count_raw, s.percentage_raw, s.source_ref
  FROM summary_counts s JOIN reports r USING (report_id) JOIN documents d USING (document_id);

DROP VIEW IF EXISTS v_findings;
CREATE VIEW v_findings AS
  SELECT f.finding_id, f.rule, f.severity, d.file_name, r.fiscal_year, r.quarter, f.indicator_key,
         f.reported_id, f.message, f.evidence, f.report_id
  FROM findings f LEFT JOIN reports r USING (report_id) LEFT JOIN documents d USING (document_id);

DROP VIEW IF EXISTS v_series;
CREATE VIEW v_series AS
  SELECT o.indicator_key, r.fiscal_year, r.quarter, r.period_end,
         COALESCE(o.reported_id, o.printed_id) AS reported_id, o.title, o.current_raw, o.current_value,
         o.target_raw, o.target_value, o.unit, o.period_basis, o.rag, o.change, d.file_name,
         o.source_page, o.source_ref, o.observation_id
  FROM observations o JOIN reports r USING (report_id) JOIN documents d USING (document_id)
  WHERE o.indicator_key IS NOT NULL;

DROP VIEW IF EXISTS v_chart_points;
CREATE VIEW v_chart_points AS
  SELECT c.point_id, c.report_id, d.file_name, o.indicator_key, COALESCE(o.reported_id, o.printed_id) AS reported_id,
         c.chart_title, c.series, c.period_label, c.raw, c.value, c.source_page, c.source_ref
  FROM chart_points c JOIN reports r USING (report_id) JOIN documents d USING (document_id)
  LEFT JOIN observations o ON o.observation_id = c.observation_id;
`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE documents (
  document_id INTEGER PRIMARY KEY,
  path        TEXT NOT NULL,
  file_name   TEXT NOT NULL,
  sha256      TEXT UNIQUE,
  format      TEXT,
  pages       INTEGER,
  bytes       INTEGER,
  status      TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  error       TEXT,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_path ON documents(path);

CREATE TABLE reports (
  report_id        INTEGER PRIMARY KEY,
  document_id      INTEGER NOT NULL UNIQUE REFERENCES documents(document_id) ON DELETE CASCADE,
  committee        TEXT,
  committee_source TEXT,
  fiscal_year      TEXT,
  quarter          INTEGER CHECK (quarter BETWEEN 1 AND 4),
  period_start     TEXT,
  period_end       TEXT,
  period_source    TEXT,
  kind             TEXT NOT NULL CHECK (kind IN ('dashboard', 'cover', 'scorecard-and-cards', 'appendix')),
  produced_on      TEXT
);

CREATE TABLE observations (
  observation_id     INTEGER PRIMARY KEY,
  report_id          INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
  position           INTEGER NOT NULL,
  origin             TEXT NOT NULL CHECK (origin IN ('card', 'scorecard')),
  indicator_key      TEXT,
  printed_id         TEXT,
  reported_id        TEXT,
  reported_id_source TEXT,
  title              TEXT,
  target_label       TEXT,
  target_raw         TEXT,
  target_value       REAL,
  direction_raw      TEXT,
  direction          TEXT CHECK (direction IN ('higher', 'lower')),
  current_raw        TEXT,
  current_value      REAL,
  previous_raw       TEXT,
  previous_value     REAL,
  unit               TEXT,
  period_basis       TEXT CHECK (period_basis IN ('year', 'quarter', 'month')),
  current_label      TEXT,
  change_raw         TEXT,
  change             TEXT CHECK (change IN ('Improving', 'Declining', 'Unchanged', 'Contextual', 'N/A')),
  rag_raw            TEXT,
  rag                TEXT CHECK (rag IN ('Red', 'Amber', 'Green', 'Blue', 'Contextual', 'Baseline', 'In Development')),
  description        TEXT,
  commentary         TEXT,
  path_to_green      TEXT,
  actions            TEXT,
  useful_links       TEXT,
  dated              TEXT,
  source_page        INTEGER,
  source_ref         TEXT NOT NULL,
  confidence         REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  notes              TEXT,
  detail             TEXT NOT NULL
);
CREATE INDEX observations_key ON observations(indicator_key);
CREATE INDEX observations_report ON observations(report_id);

CREATE TABLE summary_counts (
  report_id      INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
  status         TEXT NOT NULL,
  count_raw      TEXT,
  count          INTEGER,
  percentage_raw TEXT,
  percentage     REAL,
  source_ref     TEXT
);

CREATE TABLE rag_key (
  report_id   INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
  status      TEXT NOT NULL,
  definition  TEXT NOT NULL,
  source_page INTEGER,
  source_ref  TEXT
);

CREATE TABLE claims (
  claim_id    INTEGER PRIMARY KEY,
  report_id   INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  count       INTEGER,
  status      TEXT,
  from_status TEXT,
  text        TEXT NOT NULL,
  items       TEXT NOT NULL,
  source_page INTEGER,
  source_ref  TEXT,
  prov        TEXT NOT NULL
);

CREATE TABLE chart_points (
  point_id       INTEGER PRIMARY KEY,
  report_id      INTEGER NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
  observation_id INTEGER REFERENCES observations(observation_id) ON DELETE CASCADE,
  chart_title    TEXT,
  series         TEXT NOT NULL,
  period_label   TEXT NOT NULL,
  raw            TEXT NOT NULL,
  value          REAL,
  source_page    INTEGER,
  source_ref     TEXT
);

CREATE TABLE messages (
  document_id INTEGER NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
  rule        TEXT NOT NULL,
  severity    TEXT NOT NULL,
  message     TEXT NOT NULL,
  source_ref  TEXT
);

-- Derived by reconciliation (rewritten as a whole after each ingest).
CREATE TABLE findings (
  finding_id     INTEGER PRIMARY KEY,
  rule           TEXT NOT NULL,
  severity       TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  report_id      INTEGER REFERENCES reports(report_id) ON DELETE CASCADE,
  observation_id INTEGER REFERENCES observations(observation_id) ON DELETE SET NULL,
  indicator_key  TEXT,
  reported_id    TEXT,
  message        TEXT NOT NULL,
  evidence       TEXT NOT NULL
);

CREATE TABLE aliases (
  indicator_key TEXT NOT NULL,
  identifier    TEXT,
  title         TEXT,
  method        TEXT NOT NULL,
  score         REAL,
  observation_id INTEGER REFERENCES observations(observation_id) ON DELETE CASCADE
);

-- A user's pinned decisions about identity, kept across re-ingests (by identifier or title, not row id).
CREATE TABLE user_links (
  link_id    INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('link', 'unlink')),
  a          TEXT NOT NULL,
  b          TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE state (name TEXT PRIMARY KEY, value TEXT);

CREATE VIRTUAL TABLE observations_fts USING fts5(
  title, description, commentary, path_to_green, actions,
  content='observations', content_rowid='observation_id'
);
CREATE TRIGGER observations_ai AFTER INSERT ON observations BEGIN
  INSERT INTO observations_fts(rowid, title, description, commentary, path_to_green, actions)
  VALUES (new.observation_id, new.title, new.description, new.commentary, new.path_to_green, new.actions);
END;
CREATE TRIGGER observations_ad AFTER DELETE ON observations BEGIN
  INSERT INTO observations_fts(observations_fts, rowid, title, description, commentary, path_to_green, actions)
  VALUES ('delete', old.observation_id, old.title, old.description, old.commentary, old.path_to_green, old.actions);
END;
CREATE TRIGGER observations_au AFTER UPDATE OF title, description, commentary, path_to_green, actions ON observations BEGIN
  INSERT INTO observations_fts(observations_fts, rowid, title, description, commentary, path_to_green, actions)
  VALUES ('delete', old.observation_id, old.title, old.description, old.commentary, old.path_to_green, old.actions);
  INSERT INTO observations_fts(rowid, title, description, commentary, path_to_green, actions)
  VALUES (new.observation_id, new.title, new.description, new.commentary, new.path_to_green, new.actions);
END;
${VIEWS_V1}`,
  },
  {
    version: 2,
    name: 'file modification time, for fast no-op re-ingests',
    sql: `ALTER TABLE documents ADD COLUMN mtime_ms REAL;`,
  },
  {
    version: 3,
    name: 'second thresholds (floor, tolerance) and the previous period\'s RAG',
    sql: `
ALTER TABLE observations ADD COLUMN floor_label TEXT;
ALTER TABLE observations ADD COLUMN floor_raw TEXT;
ALTER TABLE observations ADD COLUMN floor_value REAL;
ALTER TABLE observations ADD COLUMN previous_rag_raw TEXT;
ALTER TABLE observations ADD COLUMN previous_rag TEXT;
DROP VIEW IF EXISTS v_observations;
CREATE VIEW v_observations AS
  SELECT o.observation_id, o.report_id, d.file_name, r.committee, r.fiscal_year, r.quarter,
         o.indicator_key, o.printed_id, o.reported_id, o.title, o.target_label, o.target_raw, o.target_value,
         o.direction, o.current_raw, o.current_value, o.previous_raw, o.previous_value, o.unit, o.period_basis,
         o.change, o.rag, o.description, o.commentary, o.path_to_green, o.actions, o.useful_links,
         o.source_page, o.source_ref, o.confidence,
         o.floor_label, o.floor_raw, o.floor_value, o.previous_rag,
         o.direction_raw, o.change_raw, o.rag_raw, o.previous_rag_raw, o.current_label, o.reported_id_source, o.origin, o.dated, o.notes
  FROM observations o JOIN reports r USING (report_id) JOIN documents d USING (document_id);`,
  },
  {
    version: 4,
    // Datasette and sqlite-utils find an FTS table through \`content="table"\` (double quotes or brackets) in its
    // declaration; version 1 used single quotes. The index holds only derived text, so it is declared again and
    // rebuilt from the observations. The triggers name the table, not its declaration, and keep working.
    // Internal tables keep their names (they are hidden from Datasette by \`kpi datasette-metadata\` instead):
    // renaming them would break every older reader's queries, and a rename inside SQLite rewrites triggers
    // and views in place, which is a risk on an archive a user has already filled.
    name: 'full-text index declared so Datasette and sqlite-utils detect it',
    sql: `
DROP TABLE observations_fts;
CREATE VIRTUAL TABLE observations_fts USING fts5(
  title, description, commentary, path_to_green, actions,
  content="observations", content_rowid="observation_id"
);
INSERT INTO observations_fts(observations_fts) VALUES ('rebuild');`,
  },
  {
    version: 5,
    // One paper archived as PDF, Word and text is one paper: reconciliation names each report's primary
    // rendition; v_series counts primaries only, the other views keep every rendition with a flag.
    name: 'renditions: reports.rendition_of, primary_rendition flags, v_series counts each paper once',
    sql: `
ALTER TABLE reports ADD COLUMN rendition_of INTEGER REFERENCES reports(report_id) ON DELETE SET NULL;

DROP VIEW IF EXISTS v_reports;
CREATE VIEW v_reports AS
  SELECT r.report_id, r.document_id, d.file_name, r.committee, r.fiscal_year, r.quarter,
         r.period_start, r.period_end, r.kind, r.produced_on, r.rendition_of,
         r.committee_source, r.period_source
  FROM reports r JOIN documents d USING (document_id);

DROP VIEW IF EXISTS v_observations;
CREATE VIEW v_observations AS
  SELECT o.observation_id, o.report_id, d.file_name, r.committee, r.fiscal_year, r.quarter,
         o.indicator_key, o.printed_id, o.reported_id, o.title, o.target_label, o.target_raw, o.target_value,
         o.direction, o.current_raw, o.current_value, o.previous_raw, o.previous_value, o.unit, o.period_basis,
         o.change, o.rag, o.description, o.commentary, o.path_to_green, o.actions, o.useful_links,
         o.source_page, o.source_ref, o.confidence,
         o.floor_label, o.floor_raw, o.floor_value, o.previous_rag,
         o.direction_raw, o.change_raw, o.rag_raw, o.previous_rag_raw, o.current_label, o.reported_id_source, o.origin, o.dated, o.notes,
         (r.rendition_of IS NULL) AS primary_rendition
  FROM observations o JOIN reports r USING (report_id) JOIN documents d USING (document_id);

DROP VIEW IF EXISTS v_summary_counts;
CREATE VIEW v_summary_counts AS
  SELECT s.report_id, d.file_name, s.status, s.count, s.percentage, s.count_raw, s.percentage_raw, s.source_ref,
         (r.rendition_of IS NULL) AS primary_rendition
  FROM summary_counts s JOIN reports r USING (report_id) JOIN documents d USING (document_id);

DROP VIEW IF EXISTS v_series;
CREATE VIEW v_series AS
  SELECT o.indicator_key, r.fiscal_year, r.quarter, r.period_end,
         COALESCE(o.reported_id, o.printed_id) AS reported_id, o.title, o.current_raw, o.current_value,
         o.target_raw, o.target_value, o.unit, o.period_basis, o.rag, o.change, d.file_name,
         o.source_page, o.source_ref, o.observation_id
  FROM observations o JOIN reports r USING (report_id) JOIN documents d USING (document_id)
  WHERE o.indicator_key IS NOT NULL AND r.rendition_of IS NULL;

DROP VIEW IF EXISTS v_chart_points;
CREATE VIEW v_chart_points AS
  SELECT c.point_id, c.report_id, d.file_name, o.indicator_key, COALESCE(o.reported_id, o.printed_id) AS reported_id,
         c.chart_title, c.series, c.period_label, c.raw, c.value, c.source_page, c.source_ref,
         (r.rendition_of IS NULL) AS primary_rendition
  FROM chart_points c JOIN reports r USING (report_id) JOIN documents d USING (document_id)
  LEFT JOIN observations o ON o.observation_id = c.observation_id;`,
  },
  // Numbered 10 so that migrations 4-9, written on another branch at the same time, keep their numbers.
  {
    version: 10,
    name: 'drop the messages table (written, never read; the archive reports problems as findings)',
    sql: `DROP TABLE IF EXISTS messages;`,
  },
];
