/**
 * What extract produces, file → blocks → report (cards, scorecard, summary, key), as zod schemas.
 * Normalise's outputs (Value, Observation, NormalisedReport) live in @kpi/normalise's model.ts.
 */
// A namespace import lets the bundler keep only the parts of zod in use (the whole library was ~3/4 of the bundle to compile).
import * as z from 'zod';

export const FORMATS = ['pdf', 'docx', 'markdown', 'text'] as const;
export const Format = z.enum(FORMATS);
export type Format = z.infer<typeof Format>;

export const Box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });
export type Box = z.infer<typeof Box>;

/** Where a block (or a value inside it) came from; enough for a user to find it in the paper. */
export const Provenance = z.object({
  page: z.number().int().positive().nullable(),
  /** 1-based first and last source line, for line-based formats. */
  line: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  /** Element index (DOCX body element, PDF block order); -1 when not applicable. */
  index: z.number().int(),
  box: Box.nullable(),
  /** Where in the file structure: body, table cell, text box, page header/footer. */
  origin: z.enum(['body', 'textbox', 'header', 'footer', 'table']).default('body'),
  cell: z.object({ table: z.number().int(), row: z.number().int(), col: z.number().int() }).nullable().default(null),
});
export type Provenance = z.infer<typeof Provenance>;

export const ChartPoint = z.object({ label: z.string(), raw: z.string() });
export const ChartSeries = z.object({ name: z.string(), points: z.array(ChartPoint) });
export type ChartSeries = z.infer<typeof ChartSeries>;

export const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'table', 'chart'] as const;
export const Block = z.object({
  id: z.string(),
  kind: z.enum(BLOCK_KINDS),
  /** Plain text; lines of a paragraph are kept as `\n`-separated lines. Tables: rows joined by tab/newline. */
  text: z.string(),
  level: z.number().int().nullable().default(null),
  rows: z.array(z.array(z.string())).nullable().default(null),
  /** Line-based tables: the 1-based source line each row starts on (rules and separators have no row). */
  rowLines: z.array(z.number().int()).nullable().default(null),
  /** Page furniture (running header/footer, page numbers) is marked so the parser can skip it. */
  role: z.enum(['content', 'page-header', 'page-footer']).default('content'),
  chart: z.object({ title: z.string().nullable(), series: z.array(ChartSeries) }).nullable().default(null),
  /** A table whose first row is the end of the previous table's last row (a row broken across a page). */
  continuesRow: z.boolean().optional(),
  prov: Provenance,
});
export type Block = z.infer<typeof Block>;
export type BlockInput = z.input<typeof Block>;


/** A file read into blocks, before any KPI parsing. */
export interface RawDocument {
  path: string;
  fileName: string;
  format: Format;
  sha256: string;
  pages: number | null;
  blocks: Block[];
  messages: Message[];
}

/** A non-fatal problem, carried as data: rule id, source and position (unified's vfile-message idea). */
export const Message = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  source: z.string(),
  prov: Provenance.nullable(),
});
export type Message = z.infer<typeof Message>;

/** A printed value with the place it was printed. */
export const Cell = z.object({ raw: z.string(), prov: Provenance });
export type Cell = z.infer<typeof Cell>;

export const PERIOD_BASES = ['year', 'quarter', 'month'] as const;
export type PeriodBasis = (typeof PERIOD_BASES)[number];

export const RAGS = ['Red', 'Amber', 'Green', 'Blue', 'Contextual', 'Baseline', 'In Development'] as const;
export type Rag = (typeof RAGS)[number];

export const Card = z.object({
  printedId: z.string().nullable(),
  title: z.string().nullable(),
  targetLabel: z.string().nullable(),
  target: Cell.nullable(),
  direction: Cell.nullable(),
  current: Cell.nullable(),
  previous: Cell.nullable(),
  change: Cell.nullable(),
  currentLabel: z.string().nullable(),
  periodBasis: z.enum(PERIOD_BASES).nullable(),
  rag: Cell.nullable(),
  /** A second threshold printed beside the target (Floor, Tolerance, Intervention level) and its label. */
  floorLabel: z.string().nullable().default(null),
  floor: Cell.nullable().default(null),
  /** The RAG the paper gives for the previous period ('89% (Amber)'), where it prints one. */
  previousRag: Cell.nullable().default(null),
  description: z.string().nullable(),
  commentary: z.string().nullable(),
  pathToGreen: z.string().nullable(),
  actions: z.string().nullable(),
  usefulLinks: z.string().nullable(),
  /** The card's own date line ('May 2025'), when printed. */
  dated: z.string().nullable(),
  start: Provenance,
  confidence: z.number().min(0).max(1),
  /** How each field was found, for the few that needed inference (e.g. 'values:scattered'). */
  notes: z.array(z.string()),
});
export type Card = z.infer<typeof Card>;

export const ScorecardRow = z.object({
  printedId: z.string().nullable(),
  title: z.string(),
  target: Cell.nullable(),
  direction: Cell.nullable(),
  current: Cell.nullable(),
  previous: Cell.nullable(),
  change: Cell.nullable(),
  lastUpdated: z.string().nullable(),
  rag: Cell.nullable(),
  prov: Provenance,
  /** Read where the scorecard prints them (absent in archives written before they were). */
  floor: Cell.nullable().optional(),
  floorLabel: z.string().nullable().optional(),
  previousRag: Cell.nullable().optional(),
  /** The current column's heading ('Q2 2025/26', 'Actual this quarter') and the period it names. */
  currentLabel: z.string().nullable().optional(),
  periodBasis: z.enum(PERIOD_BASES).nullable().optional(),
  commentary: z.string().nullable().optional(),
  pathToGreen: z.string().nullable().optional(),
  actions: z.string().nullable().optional(),
  /** The reference of the KPI this row breaks down ('Refuse' under 'ENV2 Missed bins'); its title names both. */
  breakdownOf: z.string().nullable().optional(),
});
export type ScorecardRow = z.infer<typeof ScorecardRow>;

export const SummaryCount = z.object({
  status: z.string(),
  count: Cell.nullable(),
  percentage: Cell.nullable(),
  prov: Provenance,
});
export type SummaryCount = z.infer<typeof SummaryCount>;

export const RagKeyEntry = z.object({ status: z.string(), definition: z.string(), prov: Provenance });
export type RagKeyEntry = z.infer<typeof RagKeyEntry>;

/** A sentence of narrative that says something checkable about KPIs ('4 indicators saw an improvement'). */
export const NarrativeClaim = z.object({
  kind: z.enum(['improved', 'declined', 'unchanged', 'status-count', 'moved', 'mention']),
  /** The number the text states, when it states one. */
  count: z.number().nullable(),
  /** RAG status the claim is about ('Red' for 'There is 1 Red indicator'), or the target status of a move. */
  status: z.string().nullable(),
  fromStatus: z.string().nullable(),
  /** Indicators listed under the claim: printed id (or null) and title. */
  items: z.array(z.object({ printedId: z.string().nullable(), title: z.string(), prov: Provenance, commentary: z.string().nullable().optional() })),
  text: z.string(),
  prov: Provenance,
});
export type NarrativeClaim = z.infer<typeof NarrativeClaim>;

export const REPORT_KINDS = ['dashboard', 'cover', 'scorecard-and-cards', 'appendix'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const ReportMeta = z.object({
  committee: z.string().nullable(),
  fiscalYear: z.string().nullable(),
  quarter: z.number().int().min(1).max(4).nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  kind: z.enum(REPORT_KINDS),
  producedOn: z.string().nullable(),
  /** How the period was found ('title', 'covering-dates', 'card-date', ...). */
  periodSource: z.string().nullable(),
});
export type ReportMeta = z.infer<typeof ReportMeta>;

export interface ChartBlockRef {
  title: string | null;
  series: ChartSeries[];
  prov: Provenance;
  /** Index into the report's cards of the card the chart belongs to, or null. */
  card: number | null;
}

/** Build a provenance record with defaults filled in. */
export function prov(p: Partial<Provenance> = {}): Provenance {
  return { page: null, line: null, index: -1, box: null, origin: 'body', cell: null, ...p };
}

/** Render a provenance as a short human reference: 'p. 3, line 40', 'line 12-14', 'block b12'. */
export function describeProv(p: Provenance | null | undefined): string {
  if (!p) return '';
  const parts: string[] = [];
  if (p.page !== null) parts.push(`p. ${p.page}`);
  if (p.line) parts.push(p.line.start === p.line.end ? `line ${p.line.start}` : `lines ${p.line.start}-${p.line.end}`);
  if (p.cell) parts.push(`table ${p.cell.table} row ${p.cell.row + 1} col ${p.cell.col + 1}`);
  if (!p.line && !p.cell && p.index >= 0) parts.push(`block ${p.index}`);
  if (p.origin !== 'body' && p.origin !== 'table') parts.push(p.origin);
  return parts.join(', ');
}
