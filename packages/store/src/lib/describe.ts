/**
 * What each public view and column means, once, as data: `kpi datasette-metadata` turns it into Datasette's
 * metadata.json, and a test keeps it complete (every column of every view described, nothing stale).
 */
export interface ViewDoc {
  description: string;
  columns: Record<string, string>;
}

const FILE = 'the file the row comes from (its name; v_documents has the full path)';
const PERIOD = { fiscal_year: 'UK financial year, April to March, as 2024/25', quarter: 'quarter of the financial year, 1..4 (Q1 = April-June)' };
const WHERE = { source_page: 'page in the file, 1-based (NULL for formats without pages)', source_ref: 'where in the file: p. 7, line 312, block 40 (textbox)' };

export const VIEW_DOCS: Record<string, ViewDoc> = {
  v_documents: {
    description: 'One row per file ingested, read or not.',
    columns: {
      document_id: 'row id',
      path: 'absolute path when ingested',
      file_name: 'file name',
      sha256: 'SHA-256 of the bytes (identical files are one document)',
      format: 'pdf, docx, md or txt',
      pages: 'number of pages (PDF, Word where known)',
      status: 'ok or failed',
      error: 'one-line reason when failed',
      ingested_at: 'when it was stored (UTC, ISO 8601)',
    },
  },
  v_reports: {
    description: 'One row per paper read from a document.',
    columns: {
      report_id: 'row id',
      document_id: 'the document (v_documents)',
      file_name: FILE,
      committee: 'committee the paper reports to',
      ...PERIOD,
      period_start: 'first day of the period reported (ISO date)',
      period_end: 'last day of the period reported (ISO date)',
      kind: 'dashboard, cover, scorecard-and-cards or appendix',
      produced_on: 'date the paper was produced, where printed',
      rendition_of: "NULL for a paper's primary rendition (the published PDF or Word file first), else the report_id of the primary: the same paper in another format",
      committee_source: 'printed, or inferred from the identifier scheme it shares with papers that print it',
      period_source: 'where the period was read (title, heading, file name)',
    },
  },
  v_observations: {
    description: 'One row per KPI card (a scorecard row and its card are one row).',
    columns: {
      observation_id: 'row id (also the rowid of observations_fts)',
      report_id: 'the paper (v_reports)',
      file_name: FILE,
      committee: 'committee of the paper',
      ...PERIOD,
      indicator_key: 'the same for every observation of one measure across papers, through renumbering and retitling',
      printed_id: 'identifier as printed on the card, NULL when it shows none',
      reported_id: 'identifier the paper uses for the KPI (deduced when the card lost its heading)',
      title: 'KPI title',
      target_label: 'what the target column was called (Target, Baseline)',
      target_raw: 'target as printed',
      target_value: 'target as a number (92 for 92%)',
      direction: 'higher or lower is better',
      current_raw: 'current value as printed',
      current_value: 'current value as a number',
      previous_raw: 'previous value as printed',
      previous_value: 'previous value as a number',
      unit: 'percent, count, currency, days, hours or another word',
      period_basis: 'year, quarter or month (Current Year/Quarter/Month)',
      change: 'Improving, Declining, Unchanged, Contextual or N/A, as printed',
      rag: 'Red, Amber, Green, Blue, Contextual, Baseline or In Development, as printed',
      description: 'what the KPI measures',
      commentary: 'the commentary printed with the card',
      path_to_green: 'path to green, where printed',
      actions: 'actions, where printed',
      useful_links: 'links printed with the card',
      ...WHERE,
      confidence: '0..1, lower where the extractor had to infer',
      floor_label: 'name of a second threshold (Floor, Tolerance, Intervention level)',
      floor_raw: 'second threshold as printed',
      floor_value: 'second threshold as a number',
      previous_rag: "the paper's RAG for the previous period, where printed",
      direction_raw: 'direction as printed (arrow or words)',
      change_raw: 'change as printed',
      rag_raw: 'RAG as printed',
      previous_rag_raw: 'previous RAG as printed',
      current_label: 'heading of the current-value column (Current Year, Q1 2025/26)',
      reported_id_source: 'how reported_id was found: printed, scorecard, cover, description, history',
      origin: 'card or scorecard (a scorecard row with no card)',
      dated: 'date printed on the card, where any',
      notes: "the extractor's notes on this row, comma-separated",
      primary_rendition: '1 for the primary rendition of its paper, 0 for another format of the same paper (count with primary_rendition = 1)',
    },
  },
  v_summary_counts: {
    description: "One row per status of a paper's RAG summary table, where printed with a number.",
    columns: {
      report_id: 'the paper (v_reports)',
      file_name: FILE,
      status: 'RAG status',
      count: 'number of KPIs',
      percentage: 'percentage of KPIs',
      count_raw: 'count as printed',
      percentage_raw: 'percentage as printed',
      source_ref: 'where the table is',
      primary_rendition: '1 for the primary rendition of its paper, 0 for another format of the same paper (count with primary_rendition = 1)',
    },
  },
  v_findings: {
    description: 'Contradictions and gaps found in and across papers (raised on one rendition per paper).',
    columns: {
      finding_id: 'row id',
      rule: 'the rule that raised it (see the README)',
      severity: 'error, warning or info',
      file_name: 'the document the finding is about (the later one, across papers)',
      ...PERIOD,
      indicator_key: 'the measure, where one',
      reported_id: 'the KPI identifier, where one',
      message: 'one-line description',
      evidence: 'JSON: compared (the figures) and sources (file, page/line/cell of each)',
      report_id: 'the paper (v_reports)',
    },
  },
  v_series: {
    description: "One measure's history: a row per measure and paper (primary renditions only, so each paper counts once).",
    columns: {
      indicator_key: 'the measure',
      ...PERIOD,
      period_end: 'last day of the period',
      reported_id: 'identifier used that quarter',
      title: 'title used that quarter',
      current_raw: 'value as printed',
      current_value: 'value as a number',
      target_raw: 'target as printed',
      target_value: 'target as a number',
      unit: 'unit',
      period_basis: 'year, quarter or month',
      rag: 'RAG as printed',
      change: 'change as printed',
      file_name: FILE,
      ...WHERE,
      observation_id: 'the observation (v_observations)',
    },
  },
  v_chart_points: {
    description: 'Data labels read from dashboard charts.',
    columns: {
      point_id: 'row id',
      report_id: 'the paper (v_reports)',
      file_name: FILE,
      indicator_key: 'the measure of the card the chart belongs to',
      reported_id: 'identifier of that card',
      chart_title: 'chart title',
      series: 'series name (legend)',
      period_label: 'period on the axis (Q1 2022/23, May-25)',
      raw: 'label as printed',
      value: 'label as a number',
      ...WHERE,
      primary_rendition: '1 for the primary rendition of its paper, 0 for another format of the same paper (count with primary_rendition = 1)',
    },
  },
};

/** The README's example queries, for Datasette's canned queries. */
export const EXAMPLE_QUERIES: Record<string, { title: string; sql: string }> = {
  measure_history: {
    title: "One measure's history across renumbering",
    sql: `SELECT fiscal_year, quarter, reported_id, current_raw, target_raw, rag
FROM v_series WHERE indicator_key = :indicator_key ORDER BY fiscal_year, quarter`,
  },
  red_amber_latest: {
    title: 'Red or Amber KPIs in the latest quarter, with where to find them',
    sql: `SELECT reported_id, title, current_raw, target_raw, rag, file_name, source_ref
FROM v_observations WHERE rag IN ('Red', 'Amber') AND primary_rendition = 1
  AND fiscal_year || quarter = (SELECT max(fiscal_year || quarter) FROM v_reports)`,
  },
  errors_first: {
    title: 'Every contradiction an auditor should look at first',
    sql: `SELECT file_name, rule, message FROM v_findings WHERE severity = 'error' ORDER BY file_name`,
  },
};

/** Internal tables: hidden in Datasette (the views are the public surface). */
export const INTERNAL_TABLES = ['documents', 'reports', 'observations', 'summary_counts', 'rag_key', 'claims', 'chart_points', 'findings', 'aliases', 'user_links', 'state', 'schema_migrations'];

/** Datasette metadata.json for an archive opened under `database` (Datasette's name: the file name without .sqlite/.db). */
export function datasetteMetadata(database: string): unknown {
  const tables: Record<string, unknown> = {};
  for (const t of INTERNAL_TABLES) tables[t] = { hidden: true };
  for (const [view, doc] of Object.entries(VIEW_DOCS)) tables[view] = { description: doc.description, columns: doc.columns };
  // Searching v_observations uses the full-text index of the observations table (same row ids).
  Object.assign(tables.v_observations as object, { fts_table: 'observations_fts', fts_pk: 'observation_id' });
  tables.observations_fts = { description: 'Full-text index of observations: title, description, commentary, path to green, actions (rowid = observation_id).' };
  return {
    title: 'KPI archive',
    description: 'KPI cards of council committee performance papers. Start with the v_* views; the README describes each.',
    databases: { [database]: { tables, queries: EXAMPLE_QUERIES } },
  };
}
