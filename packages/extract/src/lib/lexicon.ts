/**
 * The field vocabulary as data: every label a council prints for a KPI field, section or RAG status.
 * A team extends it without code through a profile (`--profile FILE`, JSON validated by `Profile`).
 * Matchers are compiled from these lists once per vocabulary; nothing else in the parser names a label.
 * (long: the word lists are data and belong together, so a reader sees the whole vocabulary in one place)
 */
// A namespace import lets the bundler keep only the parts of zod in use (the whole library was ~3/4 of the bundle to compile).
import * as z from 'zod';
import type { Rag } from './schema';
import { FINANCIAL_YEAR, MONTH_NAME, QUARTER_NAME } from './period-words';

/** A value field of a KPI card. */
export type Field = 'target' | 'floor' | 'direction' | 'current' | 'previous' | 'change' | 'rag' | 'previousRag';
export const FIELDS: Field[] = ['target', 'floor', 'direction', 'current', 'previous', 'change', 'rag', 'previousRag'];

/** A text section of a KPI card. */
export type Section = 'description' | 'commentary' | 'links' | 'path' | 'actions';
export const SECTIONS: Section[] = ['description', 'commentary', 'actions', 'path', 'links'];

/** Built-in field labels, most specific first does not matter: matchers try the longest label first. */
export const FIELD_LABELS: Record<Field, string[]> = {
  target: ['Target', 'Targets', 'Pro rata target', 'Annual target', 'Year end target', 'Year-end target', 'End of year target', 'National average', 'Comparator', 'Current target', 'High target', 'Upper target', 'Target (high)', 'Goal', 'Baseline', 'Benchmark', 'Standard', 'Aim', 'YTD target', 'Year to date target', 'Target to date', 'Profiled target', 'Profiled YTD target', 'Full year target', 'Full-year target'],
  floor: ['Floor', 'Tolerance', 'Intervention level', 'Intervention', 'Minimum', 'Minimum standard', 'Lower threshold', 'Threshold', 'Floor target', 'Lower limit', 'Low target', 'Lower target', 'Target (low)', 'Red threshold', 'Amber threshold', 'Lower tolerance', 'Tolerance level'],
  direction: ['Direction for improvement', 'Direction of improvement', 'Polarity', 'Good is', 'Good performance is', 'Good performance', 'Is high good', 'Is high good?', 'Higher is better?', 'Higher or lower is better', 'Aim', 'Aim is', 'Better is', 'Desired direction', 'Preferred direction', 'Direction of good performance', 'What good looks like', 'Good performance looks like'],
  current: ['Current', 'Actual', 'Latest', 'Outturn', 'This quarter', 'This period', 'This month', 'This year', 'YTD', 'Year to date', 'Actual to date', 'Cumulative', 'Result', 'Performance', 'Current performance', 'Latest performance', 'Latest data', 'Latest value', 'Actual performance', 'Value', 'Quarter end position', 'Results', 'Achievement', 'Year end result', 'Year-end result', 'Later period', 'Current data period'],
  previous: ['Previous', 'Last', 'Prior', 'Last quarter', 'Last period', 'Last month', 'Last year', 'Previous quarter', 'Previous period', 'Previous year', 'Previous month', 'Prior year', 'Prior quarter', 'Same period last year', 'Same quarter last year', 'Previous performance', 'Previous value', 'Previously', 'Earlier period', 'Previous data period'],
  change: ['Change', 'Change in performance', 'Direction of travel', 'DoT', 'Trend', 'Direction of change', 'Movement', 'Change since last quarter', 'Change since last period', 'Short trend', 'Short term trend', 'Short term DoT', 'Short term direction of travel', 'DoT (short term)', 'Performance trend', 'Change from last quarter', 'Change from previous quarter', 'Change from last year', 'Trend since last quarter'],
  rag: ['RAG', 'RAG rating', 'RAG status', 'Status', 'Rating', 'Performance status', 'Overall status', 'Current RAG', 'RAG this quarter', 'Latest RAG', 'Latest status', 'Latest rating', 'Current status', 'Current rating', 'This quarter RAG', 'Overall RAG', 'Overall rating', 'Performance against target', 'Performance compared to target', 'Compared to target', 'RAG against target', 'Traffic light', 'Traffic light status', 'Status against target', 'Assessment', 'Performance assessment', 'RAG assessment', 'R/A/G', 'R/A/G status', 'Grading', 'Performance grading', 'Achieved?', 'Target achieved?', 'Target met?', 'Met target?', 'On target?', 'On track?'],
  previousRag: ['Previous RAG', 'Last RAG', 'Previous status', 'Previous rating', 'RAG last quarter', 'Previous RAG rating', 'Last quarter RAG', 'Prior RAG'],
};

/**
 * Labels that name a field only where the card prints no other label for it: a baseline or benchmark beside
 * the target, the year to date beside this quarter, last year beside last quarter. A card may print them
 * with the main label without being two cards.
 */
export const SECONDARY_LABELS: Partial<Record<Field, string[]>> = {
  // Most likely the card's own first: a year's target before a baseline or a comparator.
  target: ['Annual target', 'Year end target', 'Year-end target', 'End of year target', 'Baseline', 'Benchmark', 'Standard', 'National average', 'Comparator', 'Full year target', 'Full-year target'],
  current: ['YTD', 'Year to date', 'Actual to date', 'Cumulative', 'This year'],
  previous: ['Last year', 'Previous year', 'Prior year', 'Same period last year', 'Same quarter last year'],
  change: ['Long trend', 'Long term trend', 'Long term DoT', 'Long term direction of travel', 'DoT (long term)'],
};

/** Words that may follow a value label and say which period it covers ('Current Quarter', 'Actual this quarter', 'Actual (YTD)'). */
export const PERIOD_QUALIFIERS = ['year', 'quarter', 'month', 'period', '12 months', 'rolling 12 months', 'twelve months', 'performance', 'value', 'figure', 'data', 'position', 'to date', 'ytd', 'outturn', 'count', 'number', 'total'];
/** Words that may stand between a label and its qualifier ('Actual this quarter', 'Target for the year'). */
export const QUALIFIER_LEADS = ['this', 'current', 'last', 'previous', 'latest', 'the', 'for the', 'for this', 'same', 'prior'];
/** Leads that move a current value's label back a period ('Performance last quarter', 'Actual previous year'). */
export const EARLIER_LEADS = ['last', 'previous', 'prior', 'same'];

export const SECTION_LABELS: Record<Section, string[]> = {
  description: ['Description', 'Indicator description', 'KPI description', 'Measure description', 'Definition', 'About this measure', 'What this measures', 'What is being measured', 'Measure definition'],
  commentary: ['Commentary', 'Comments', 'Comment', 'Narrative', 'Performance commentary', 'Analysis', 'Performance narrative', 'Update', 'Progress update', 'Officer commentary', 'Performance update', 'Management action/comment', 'Management comment', 'Management comments', 'Comments/actions', 'Commentary and actions', 'Explanation of performance', 'Service commentary', 'Reason for variance', 'Reasons for variance', 'Variance explanation', 'Explanation', 'Officer comments', 'Lead officer comments', 'Lead officer commentary', 'Comments on performance', 'Service comments', 'Narrative and context', 'Reason for under-performance', 'Reasons for under-performance', 'Reason for underperformance', 'Reasons for underperformance', 'Explanation of variance', 'Why is performance at this level'],
  path: ['Path to green', 'Corrective action', 'Corrective actions', 'Remedial action', 'Remedial actions', 'Improvement plan', 'Recovery plan', 'Recovery actions', 'Mitigation', 'Mitigating actions', 'Actions to improve', 'Action to improve performance', 'Actions to improve performance', 'What are we doing to improve', 'What are we doing to improve?', 'What we are doing to improve', 'Path to amber', 'Route to green', 'Plan to improve', 'Improvement actions', 'What are we doing about it', 'What we are doing about it', 'What is being done', 'Mitigating action', 'Mitigation actions'],
  actions: ['Actions', 'Action', 'Next steps', 'Planned actions', 'Actions planned', 'Key actions', 'Further actions'],
  links: ['Useful links', 'Useful link', 'Links', 'Further information', 'More information'],
};

/**
 * Headings that name a figure only as a table's column heading ('Q2 position', 'Position at end of Q1'): in a
 * card's lines 'Position' is as often a sentence's word or a named position as a figure's label.
 */
export const COLUMN_FIELD_LABELS: Partial<Record<Field, string[]>> = {
  current: ['Position', 'Current position', 'Latest position', 'Actual position', 'Performance position'],
  previous: ['Previous position', 'Last position', 'Prior position'],
};

/** Headings that name a text section only as a scorecard's column ('Notes' under a paper is its footnotes). */
export const COLUMN_SECTION_LABELS: Partial<Record<Section, string[]>> = { commentary: ['Notes', 'Note', 'Remarks', 'Officer notes', 'Latest note', 'Latest notes'] };

/** RAG statuses by every name a paper prints: the status, its colour, or a common synonym. */
export const RAG_NAMES: Record<Rag, string[]> = {
  Red: ['Red', 'Off track', 'Off target', 'Significantly off target', 'Significantly off track', 'Not on track', 'Not on target', 'Below target', 'Significantly below target', 'Behind target', 'Not met', 'Target not met', 'Not achieved', 'Target not achieved', 'Missed', 'Target missed', 'Outside tolerance', 'Outwith tolerance', 'Beyond tolerance', 'Below tolerance', 'Worse than target', 'Not achieving', 'Major slippage', 'Significant slippage', '🔴', '✗', '✘', '❌'],
  Amber: ['Amber', 'Yellow', 'At risk', 'Slightly off target', 'Slightly off track', 'Near target', 'Within tolerance', 'Slightly below target', 'Close to target', 'Minor slippage', 'Some slippage', 'Partially achieved', 'Partly achieved', 'Partially met', '🟠', '🟡'],
  Green: ['Green', 'On track', 'On target', 'Achieved', 'Met', 'Target met', 'Target achieved', 'On or above target', 'Above target', 'Ahead of target', 'Exceeding target', 'Exceeded target', 'Target exceeded', 'Within target', 'Better than target', 'Met or exceeded', 'Achieving', 'Meeting target', 'Meeting or exceeding target', 'Meeting or exceeding the target', 'Meeting the target', '🟢', '✓', '✔', '✅'],
  Blue: ['Blue', 'Exceeded', 'Completed', 'Complete', '🔵'],
  Contextual: ['Contextual', 'Context only', 'Data only'],
  Baseline: ['Baseline', 'Baseline year'],
  'In Development': ['In development', 'In Development', 'Under development'],
};

/**
 * Arrows printed for up, down and level: Unicode arrows, the ones mammoth gives Word's Wingdings and
 * Wingdings 3 symbols (🡹 🡻 🡺, 🡑 🡓 🡒, 🡅 🡇 🡆), and, as text dumps and PDFs without a Unicode map read those
 * symbol fonts, their letters: 'h' and 'i' (Wingdings 3), 'é', 'ê', 'è' and 'ñ', 'ò', 'ð' (Wingdings).
 */
export const ARROWS: Record<'up' | 'down' | 'level', string[]> = {
  up: ['↑', '⬆', '▲', '△', '⇧', '⇑', '↗', '⬈', '➚', '➶', '⏶', '🡑', '🡅', '🡹', '🠉', '🠙', '🠝', '🠡', '🠥', '🠩', '🡁', '⮉', '⮅', '⯅', 'h', 'é', 'ñ', '🡩', '🡭', '🡬', '⮙'],
  down: ['↓', '⬇', '▼', '▽', '⇩', '⇓', '↘', '⬊', '➘', '➴', '⏷', '🡓', '🡇', '🡻', '🠋', '🠛', '🠟', '🠣', '🠧', '🠫', '🡃', '⮋', '⮇', '⯆', 'i', 'ê', 'ò', '🡫', '🡮', '🡯', '⮛'],
  level: ['→', '↔', '⬌', '►', '◄', '⇨', '⇒', '⬄', '⇔', '➡', '➔', '➜', '🡒', '🡆', '🡺', '🠊', '🠚', '🠞', '🠢', '🡂', '⮊', '⮆', '⯈', '⟷', 'è', 'ð', '🡪', '🡨'],
};

/**
 * What a paper's key says its arrows show, by the words beside each arrow: the figure's movement ('▲ figure
 * has gone up since last quarter', '↓ = lower than last period') or performance ('▲ improved', '↑ better').
 */
export const ARROW_KEY_WORDS: Record<'movement' | 'eitherWay' | 'performance', string[]> = {
  movement: ['gone up', 'gone down', 'went up', 'went down', 'increased', 'decreased', 'increase', 'decrease', 'risen', 'fallen', 'rose', 'fell', 'higher than', 'lower than', 'up on', 'down on', 'up from', 'down from', 'up since', 'down since'],
  // A key in words alone ('arrows show whether the figure has gone up or down'): movement both ways at once.
  eitherWay: ['up or down', 'down or up', 'increased or decreased', 'increase or decrease', 'risen or fallen', 'rise or fall', 'higher or lower'],
  performance: ['performance', 'improv', 'better', 'worse', 'declin', 'deterior', 'good', 'bad', 'positive', 'negative', 'on track', 'off track', 'target'],
};

/**
 * Words for which way is better, as a card's direction prints them ('Higher', 'Good is high', 'Smaller is
 * better', 'Minimise'); the words around them that say only 'better' are `DIRECTION_FILLERS`.
 */
export const DIRECTION_WORDS: Record<'higher' | 'lower', string[]> = {
  higher: ['Higher', 'High', 'Bigger', 'Larger', 'More', 'Increase', 'Increasing', 'Maximise', 'Maximize', 'Up', 'Positive'],
  lower: ['Lower', 'Low', 'Smaller', 'Less', 'Fewer', 'Decrease', 'Decreasing', 'Reduce', 'Reducing', 'Reduction', 'Minimise', 'Minimize', 'Down', 'Negative'],
};
export const DIRECTION_FILLERS = ['good', 'is', 'are', 'better', 'aim', 'to', 'performance', 'the'];

/**
 * Words a paper prints for the change since the last period (a DoT or trend column), by what they mean.
 * 'Up' and 'Increased' are not here: whether up is better depends on the measure; nor 'Improvement' or a
 * lone 'Better', which end wrapped headings and directions ('Direction for' / 'Improvement', 'Higher is' / 'better').
 */
export const CHANGE_WORDS: Record<'improving' | 'declining' | 'unchanged', string[]> = {
  improving: ['Improving', 'Improved', 'Getting better', 'Better than last year', 'Better than last quarter', 'Slight improvement', 'Slightly improved', 'Slightly better'],
  declining: ['Declining', 'Declined', 'Decline', 'Deteriorating', 'Deteriorated', 'Worsening', 'Worsened', 'Worse', 'Getting worse', 'Slight decline', 'Slightly declined', 'Slightly worse', 'Worse than last year', 'Worse than last quarter'],
  unchanged: ['Unchanged', 'No change', 'Stable', 'Same', 'Static', 'Maintained', 'Steady', 'Similar', 'No movement', 'Level', 'Same as last quarter', 'Same as last year', 'No significant change', 'Broadly the same', 'Stayed the same'],
};

/**
 * How a change put in words of its own begins ('Improvement in the quarter', 'Deteriorated slightly'); the
 * words that make such a phrase say no change after all: a negation ('Improvement not sustained'), a need or
 * a plan ('Improvement required'), a comparison with the target ('Better than target' is a rating) or a
 * benchmark ('Better than national average').
 */
export const CHANGE_STEMS: Record<'improving' | 'declining', string[]> = { improving: ['improv', 'better'], declining: ['declin', 'deterior', 'worse'] };
export const CHANGE_DENIALS = ['not', 'no longer', 'never', "n't", 'required', 'needed', 'plan', 'than target', 'than national', 'than the national', 'than average', 'than the average', 'than regional', 'than the regional', 'than england', 'than benchmark', 'than the benchmark', 'than comparator', 'than comparators', 'than similar', 'than statistical', 'than nearest', 'than peers', 'than family'];

/**
 * Words that print a figure as a bound ('At least 80%', 'Less than 20 days', '90% or above', 'No more than 8'):
 * the figure is the bound's number, as '≥ 90%' is (the raw text keeps the words).
 */
export const BOUND_WORDS: Record<'before' | 'after', string[]> = {
  before: ['At least', 'Not less than', 'No less than', 'Less than', 'Fewer than', 'More than', 'Greater than', 'No more than', 'Not more than', 'No fewer than', 'Minimum', 'Min', 'Min.', 'Maximum', 'Max', 'Max.', 'Above', 'Below', 'Under', 'Over', 'Up to', 'Within', 'Exceed', 'Exceeding'],
  after: ['or above', 'or more', 'or higher', 'or greater', 'or better', 'or over', 'and above', 'and over', 'or below', 'or less', 'or lower', 'or fewer', 'or under', 'and below', 'and under', 'minimum', 'maximum'],
};

/** Single-letter statuses: read as RAG only where the paper's key (or a RAG label) says so. */
export const RAG_LETTERS: Record<string, Rag> = { R: 'Red', A: 'Amber', G: 'Green', B: 'Blue' };

/** Words a table's column headings start with (a PDF table is found from a band of such headings). */
export const TABLE_HEADING_WORDS = ['kpi', 'indicator', 'measure', 'target', 'baseline', 'direction', 'current', 'previous', 'change', 'performance', 'last updated', 'rag', 'status', 'rating', 'number', 'count', 'total', 'percentage', '%', 'data item', 'explanation', 'no. of', 'service', 'directorate', 'portfolio', 'owner', 'lead officer', 'responsible officer', 'accountable officer', 'frequency', 'reporting frequency'];

/** What a scorecard column that holds no figure is for. */
export type ScorecardColumn = 'name' | 'ref' | 'updated';
/** Column headings of a scorecard (one KPI per row) besides its figures: the KPI's name, its reference, its date. */
export const SCORECARD_HEADINGS: Record<ScorecardColumn, string[]> = {
  name: ['KPI', 'KPIs', 'Indicator', 'Indicators', 'Measure', 'Measures', 'Performance indicator', 'Key performance indicator', 'Performance measure', 'Indicator name', 'Measure name', 'KPI name', 'KPI title', 'Indicator title', 'Description', 'Indicator description', 'KPI description', 'PI description', 'Measure description', 'Metric', 'Measure of success', 'Short description', 'Measure title', 'Metric name', 'Indicator / measure', 'Name', 'Title', 'PI title', 'PI name', 'Short name', 'Code & short name', 'Code and short name', 'What we measure', 'Success measure'],
  ref: ['Ref', 'Ref.', 'Reference', 'No', 'No.', 'ID', 'Code', 'PI', 'PI ref', 'PI code', 'PI no', 'PI no.', 'KPI ref', 'KPI no', 'KPI no.', 'KPI code', 'Indicator ref', 'Indicator no', 'Measure ref', 'Measure ID', 'Measure no', 'Measure code', 'Ind ref', 'Ind no', 'Indicator ID', 'Indicator code', 'KPI ID', 'PI ID', 'Metric ref', 'Metric ID', 'LGBF code', 'Indicator reference', 'Scheme code'],
  updated: ['Last updated', 'Updated', 'As at', 'Data as at', 'Date', 'Date updated', 'Data date'],
};

/**
 * What a meeting body's name ends with ('Adults and Health Committee', 'Place Scrutiny Panel', 'Cabinet'),
 * and the labels a cover sheet names it by ('Report to: Cabinet', 'Meeting: Executive').
 */
export const COMMITTEE_BODIES = ['Committee', 'Fire and Rescue Authority', 'Fire Authority', 'National Park Authority', 'Board of Management', 'Sub-Committee', 'Subcommittee', 'Sub Committee', 'Panel', 'Board', 'Cabinet', 'Executive', 'Commission', 'Forum', 'Policy Development Group', 'Scrutiny Group', 'Select Committee'];
export const COMMITTEE_LABELS = ['To', 'Report to', 'Report of the', 'Meeting', 'Meeting of', 'Committee', 'Decision maker', 'Name of committee', 'Submitted to'];

/** What a paper prints for a figure it has not got, or a target that is no number ('Data not available', 'Top quartile'). */
export const NO_FIGURE_WORDS = ['Not available', 'Data not available', 'Not yet available', 'No data', 'Awaiting data', 'Data awaited', 'Data due', 'Not due', 'Not set', 'No target', 'Monitor', 'Monitor only', 'Maintain', 'Top quartile', 'Upper quartile', 'Above average', 'National average', 'Increase', 'Reduce', 'Annual measure', 'Not applicable'];

/** Statuses a summary table may count that are not RAG ratings of a card. */
export const OTHER_STATUSES = ['Suspended', 'Not rated', 'No data', 'Not due', 'Not available', 'Data not available', 'N/A'];

/**
 * RAG ratings shown by colour alone, by hue (degrees) of a saturated fill: Excel's and Word's reds, ambers
 * and yellows, greens and blues, in their pale conditional-format tints too ('#FFC7CE', '#FFEB9C', '#C6EFCE').
 * Greys, whites and blacks rate nothing; a profile's `colours` name any other.
 */
export const RAG_HUES: { rag: Rag; from: number; to: number }[] = [
  { rag: 'Red', from: 340, to: 360 },
  { rag: 'Red', from: 0, to: 14 },
  { rag: 'Amber', from: 14, to: 62 },
  { rag: 'Green', from: 70, to: 170 },
  { rag: 'Blue', from: 185, to: 250 },
];

/** What a team adds to the vocabulary: extra labels per field and section, RAG words and colours. */
export const Profile = z
  .object({
    fields: z.partialRecord(z.enum(FIELDS as [Field, ...Field[]]), z.array(z.string().min(1))).default({}),
    sections: z.partialRecord(z.enum(SECTIONS as [Section, ...Section[]]), z.array(z.string().min(1))).default({}),
    /** Scorecard column headings: the KPI's name ('Measure of success'), its reference ('Ref'), its date. */
    scorecard: z.partialRecord(z.enum(['name', 'ref', 'updated']), z.array(z.string().min(1))).default({}),
    /** Printed word → RAG status ('On course' → 'Green', 'Purple' → 'Red'). */
    rag: z.record(z.string().min(1), z.enum(['Red', 'Amber', 'Green', 'Blue', 'Contextual', 'Baseline', 'In Development'])).default({}),
    /** A cell's fill colour → RAG status, for papers that show the rating by colour alone ('#7030A0' → 'Red'). */
    colours: z.record(z.string().regex(/^#?[0-9A-Fa-f]{6}$/, 'a colour as #RRGGBB'), z.enum(['Red', 'Amber', 'Green', 'Blue', 'Contextual', 'Baseline', 'In Development'])).default({}),
  })
  .strict();
export type Profile = z.infer<typeof Profile>;

/** A vocabulary compiled into matchers. */
export interface Vocabulary {
  fieldLabels: Record<Field, string[]>;
  sectionLabels: Record<Section, string[]>;
  ragNames: Map<string, Rag>;
  /** A profile's colours ('#7030a0' → 'Red'), lower-case with '#'. */
  ragColours: Map<string, Rag>;
  /** Field of a label printed alone ('Actual', 'Current Quarter', 'Last quarter (Q1)'), or null. */
  fieldOf(label: string): Field | null;
  /** Every field a label may name, most likely first ('Aim' is a direction or a target): the value decides. */
  fieldsOf(label: string): Field[];
  /** Field a table column's heading names, also where only a column may ('Q2 position'), or null. */
  columnFieldOf(heading: string): Field | null;
  /** Section of a label printed alone ('Commentary', 'Next steps'), or null. */
  sectionOf(label: string): Section | null;
  /** Section a scorecard column's heading names, also where only a column may ('Notes'), or null. */
  columnSectionOf(heading: string): Section | null;
  /** All field labels as one alternation, longest first, for finding labels inside a line. */
  labelPattern: string;
  /** What a scorecard column headed so holds besides figures ('Ref' → 'ref', 'Performance indicator' → 'name'), or null. */
  scorecardColumnOf(heading: string): ScorecardColumn | null;
  /** A label that names its field only where the card prints no other ('Baseline', 'Year to date', 'Last year'). */
  isSecondary(label: string): boolean;
  /** 0 for a field's main label; for a secondary one its place in the field's list from 1 (of two, the lower names the field). */
  secondaryRank(label: string): number;
}

/** A text as a regular expression that matches it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words or phrases as one regular-expression alternation, longest first, spaces matching any run of space. */
export const wordAlternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+')).join('|');
const esc = escapeRegExp;
const phrase = (s: string) => s.trim().split(/\s+/).map(esc).join('\\s+');
/** A day and month or a month and year in a heading ('31 March 2024', 'Mar-24', 'May 2025'). */
const DATE = String.raw`(?:\d{1,2}\s+${MONTH_NAME}\.?(?:\s+(?:19|20)\d{2})?|${MONTH_NAME}\.?[\s-]+(?:19|20)?\d{2}(?!\d))`;
const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Compile the built-in vocabulary plus a profile's additions. */
export function compileVocabulary(profile: Profile | null = null): Vocabulary {
  const fieldLabels = Object.fromEntries(FIELDS.map((f) => [f, [...FIELD_LABELS[f], ...(profile?.fields[f] ?? [])]])) as Record<Field, string[]>;
  const sectionLabels = Object.fromEntries(SECTIONS.map((s) => [s, [...SECTION_LABELS[s], ...(profile?.sections[s] ?? [])]])) as Record<Section, string[]>;
  const ragNames = new Map<string, Rag>();
  for (const [rag, names] of Object.entries(RAG_NAMES) as [Rag, string[]][]) for (const n of names) ragNames.set(fold(n), rag);
  for (const [word, rag] of Object.entries(profile?.rag ?? {})) ragNames.set(fold(word), rag);
  const ragColours = new Map(Object.entries(profile?.colours ?? {}).map(([hex, rag]) => [`#${hex.replace('#', '').toLowerCase()}`, rag]));

  const byLabel = new Map<string, Field[]>();
  for (const f of FIELDS) for (const l of fieldLabels[f]) byLabel.set(fold(l), [...(byLabel.get(fold(l)) ?? []), f]);
  const bySection = new Map<string, Section>();
  for (const s of SECTIONS) for (const l of sectionLabels[s]) bySection.set(fold(l), s);

  const qualifiers = PERIOD_QUALIFIERS.map(phrase).join('|');
  const leads = QUALIFIER_LEADS.map(phrase).join('|');
  const earlier = new RegExp(`^\\s*\\(?(?:${EARLIER_LEADS.map(phrase).join('|')})\\s+(?:${qualifiers})\\b`, 'i');
  const secondary = new Map(Object.values(SECONDARY_LABELS).flatMap((ls) => ls.map((l, i) => [fold(l), i + 1] as const)));
  const secondaryLabels = new Map<string, number>();
  const main = labelMatcher(byLabel);
  const labelPattern = main.pattern;
  const fieldsOf = main.fieldsOf;
  const byColumnLabel = new Map(byLabel);
  for (const [f, ls] of Object.entries(COLUMN_FIELD_LABELS) as [Field, string[]][]) for (const l of ls) byColumnLabel.set(fold(l), [f]);
  let column: ReturnType<typeof labelMatcher> | null = null;
  const columnFieldOf = (heading: string): Field | null => (fieldsOf(heading)[0] ?? (column ??= labelMatcher(byColumnLabel)).fieldsOf(heading)[0] ?? null);

  // A label matcher over a list of labels: the pattern of a label with its qualifiers and periods, and what a printed label names.
  function labelMatcher(labels: Map<string, Field[]>) {
    const all = [...labels.keys()].sort((a, b) => b.length - a.length);
    // A label may carry a period qualifier and a bracketed period: 'Actual Quarter', 'Current (Q2 2025/26)', 'YTD 2025/26'.
    // A period may come first too: 'Q2 outturn', 'Q2 2024/25 actual', '2024/25 target', '2024/25 Q3 target'.
    // A financial year may be printed short ('Target 24/25', '24-25 target').
    const shortYear = String.raw`\d{2}\s*[/-]\s*\d{2}`;
    // Or a span of months ('Jul–Sep 2024 Value', 'July to September 2024 RAG').
    const monthSpan = `${MONTH_NAME}\\.?\\s*(?:[-–—/]|to)\\s*${MONTH_NAME}\\.?\\s+(?:19|20)?\\d{2}(?!\\d)`;
    const periodFirst = `(?:${QUARTER_NAME}(?:\\s+(?:19|20)\\d{2}(?:\\s*[/-]\\s*\\d{2,4})?)?|(?:${FINANCIAL_YEAR}|${shortYear})(?:\\s+${QUARTER_NAME})?|${monthSpan})\\s+`;
    // A date or month range after it too: 'Target at 31 March 2024', 'Earlier period May-23 to Apr-24'.
    const datedAfter = `\\s+(?:(?:at|to|for|as\\s+at|end\\s+of)\\s+)?${DATE}(?:\\s*(?:to|-|–)\\s*${DATE})?`;
    // Or the quarter it runs to ('Performance at Q2', 'Actual to Q2', 'Position at end of Q2').
    const quarterAfter = `\\s+(?:at|to|for|in)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?${QUARTER_NAME}(?:\\s+(?:${FINANCIAL_YEAR}|${shortYear}))?`;
    const pattern = `(?:${periodFirst}|${DATE}\\s+)?(?:${all.map(phrase).join('|')})(?:\\s+(?:(?:${leads})\\s+)?(?:${qualifiers}))?(?:\\s*\\([^)]{1,30}\\)|${datedAfter}|${quarterAfter}|\\s+(?:Q[1-4]\\s*)?(?:(?:19|20)\\d{2}(?:\\s*[/-]\\s*\\d{2,4})?|${shortYear})|\\s+Q[1-4])?`;
    const whole = new RegExp(`^(${pattern})$`, 'i');
    const leadingPeriod = new RegExp(`^${periodFirst}`, 'i');

    // Labels repeat on every card: what a printed label names is worked out once per vocabulary.
    const known = new Map<string, Field[]>();
    const fieldsOf = (label: string): Field[] => {
      const t = fold(label).replace(/[:：]$/, '').trim();
      if (!t || t.length > 60 || !whole.test(t)) return [];
      let fields = known.get(t);
      if (!fields) {
        // The longest label the text starts with (after a period printed first) decides the field; a current
        // value's label qualified as an earlier period ('Performance last quarter') names the previous value.
        const u = t.replace(leadingPeriod, '');
        const l = all.find((x) => u === x || u.startsWith(`${x} `) || u.startsWith(`${x}(`));
        if (l && secondary.has(l)) secondaryLabels.set(t, secondary.get(l)!);
        fields = l ? labels.get(l)! : [];
        if (l && fields[0] === 'current' && earlier.test(u.slice(l.length))) fields = ['previous'];
        known.set(t, fields);
      }
      return fields;
    };
    return { pattern, fieldsOf };
  }
  const fieldOf = (label: string): Field | null => fieldsOf(label)[0] ?? null;
  const sectionOf = (label: string): Section | null => bySection.get(fold(label).replace(/[:：]$/, '').trim()) ?? null;
  const byColumn = new Map((Object.entries(COLUMN_SECTION_LABELS) as [Section, string[]][]).flatMap(([s, ls]) => ls.map((l) => [fold(l), s] as const)));
  const columnSectionOf = (heading: string): Section | null => sectionOf(heading) ?? byColumn.get(fold(heading).replace(/[:：]$/, '').trim()) ?? null;
  const byHeading = new Map<string, ScorecardColumn>();
  for (const c of ['updated', 'ref', 'name'] as const) for (const h of [...SCORECARD_HEADINGS[c], ...(profile?.scorecard[c] ?? [])]) byHeading.set(fold(h), c);
  // A heading in two languages ('Cyf / Ref', 'Dangosydd / Indicator'): the side the vocabulary knows.
  const scorecardColumnOf = (heading: string): ScorecardColumn | null => {
    const t = fold(heading).replace(/[:：]$/, '').trim();
    const sides = t.split(/\s+\/\s+/);
    const [a, b] = sides.length === 2 ? sides.map((s) => byHeading.get(s) ?? null) : [null, null];
    return byHeading.get(t) ?? (a && b ? null : (a ?? b));
  };
  const secondaryRank = (label: string): number => (fieldsOf(label).length > 0 ? (secondaryLabels.get(fold(label).replace(/[:：]$/, '').trim()) ?? 0) : 0);
  const isSecondary = (label: string): boolean => secondaryRank(label) > 0;
  return { fieldLabels, sectionLabels, ragNames, ragColours, fieldOf, fieldsOf, columnFieldOf, sectionOf, columnSectionOf, labelPattern, scorecardColumnOf, isSecondary, secondaryRank };
}

let active: Vocabulary = compileVocabulary();
const compiled = new WeakMap<Profile, Vocabulary>();

/** The vocabulary in force for the parse under way. */
export function vocabulary(): Vocabulary {
  return active;
}

/** Put a profile's vocabulary in force for this process or worker (one ingest reads every paper with one profile). */
export function useProfile(profile: Profile | null): void {
  active = profile ? compileVocabulary(profile) : compileVocabulary();
}

/** Run `fn` with a profile's vocabulary in force (parsing is synchronous, so this cannot leak across documents). */
export function withProfile<T>(profile: Profile | null | undefined, fn: () => T): T {
  if (!profile) return fn();
  const previous = active;
  let v = compiled.get(profile);
  if (!v) compiled.set(profile, (v = compileVocabulary(profile)));
  active = v;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/** Read and validate a profile's JSON; throws with a one-line reason naming the bad entry. */
export function parseProfile(json: string): Profile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`profile is not JSON: ${(e as Error).message}`);
  }
  const r = Profile.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`profile ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return r.data;
}
