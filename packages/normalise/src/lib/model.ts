/**
 * What normalise produces, the shapes store and reconcile speak: a printed value with its number,
 * one observation per KPI card (or scorecard row), and the normalised report ready to store.
 */
import type { NarrativeClaim, PeriodBasis, Provenance, RagKeyEntry, ReportMeta, ScorecardRow } from '@kpi/extract';

/** A printed value with its number and unit: '99,468' → 99468 count; '92%' → 92 percent; 'N/A' → null. */
export interface Value {
  raw: string | null;
  value: number | null;
  unit: string | null;
}

/** One KPI in one report: the card (or scorecard row) with values parsed; the row of v_observations. */
export interface Observation {
  origin: 'card' | 'scorecard';
  printedId: string | null;
  reportedId: string | null;
  /** How reportedId was found: 'printed', 'scorecard', 'cover', 'description', 'other-quarter'. */
  reportedIdSource: string | null;
  title: string | null;
  targetLabel: string | null;
  target: Value;
  directionRaw: string | null;
  direction: 'higher' | 'lower' | null;
  current: Value;
  previous: Value;
  unit: string | null;
  periodBasis: PeriodBasis | null;
  currentLabel: string | null;
  changeRaw: string | null;
  change: string | null;
  ragRaw: string | null;
  rag: string | null;
  floorLabel: string | null;
  floor: Value;
  previousRagRaw: string | null;
  previousRag: string | null;
  description: string | null;
  commentary: string | null;
  pathToGreen: string | null;
  actions: string | null;
  usefulLinks: string | null;
  dated: string | null;
  sourcePage: number | null;
  sourceRef: string;
  confidence: number;
  notes: string[];
  /** The provenance of each printed field, for findings' evidence. */
  where: Partial<Record<'target' | 'floor' | 'direction' | 'current' | 'previous' | 'change' | 'rag' | 'previousRag' | 'heading', Provenance>>;
  /** The matching scorecard row, when the report has one. */
  scorecard: ScorecardRow | null;
}

/** A status row of a cover's RAG summary table ('Green | 12 | 60%'), its count and percentage parsed. */
export interface SummaryRow {
  status: string;
  count: Value;
  percentage: Value;
  prov: Provenance;
}

/** A chart read from a paper, each point's number parsed; `card` indexes the report's observations. */
export interface Chart {
  title: string | null;
  series: { name: string; points: { label: string; raw: string; value: number | null }[] }[];
  prov: Provenance;
  card: number | null;
}

/** A report ready to store: identity resolved, observations built, every printed number parsed. */
export interface NormalisedReport {
  meta: ReportMeta;
  observations: Observation[];
  summary: SummaryRow[];
  ragKey: RagKeyEntry[];
  claims: NarrativeClaim[];
  charts: Chart[];
}
