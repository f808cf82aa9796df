/** @kpi/extract — file → raw blocks with provenance → KPI cards, scorecards, summaries and keys. */
export * from './lib/schema';
export { ExtractError, describeError, type ExtractErrorCode } from './lib/errors';
export { formatOfPath } from './lib/read/detect';
export { readDocument, blocksFromBytes, type ReadOptions } from './lib/read/document';
export { sha256, MAX_FILE_BYTES } from './lib/read/bytes';
export { markdownBlocks } from './lib/blocks/markdown';
export { textBlocks } from './lib/blocks/text';
export { parseBlocks, type ParsedReport, type PeriodEvidence } from './lib/parse/report';
/** A scorecard-only KPI in the shape of a card. */
export { cardOfScorecardRow } from './lib/parse/scorecard';
export { explainBlocks, type Explanation, type Candidate, type UnknownLabel } from './lib/parse/explain';
export { Profile, parseProfile, withProfile, useProfile, compileVocabulary, escapeRegExp, wordAlternation, ARROWS, CHANGE_WORDS, DIRECTION_WORDS, FIELD_LABELS, SECTION_LABELS, RAG_NAMES, type Field, type Section, type Vocabulary } from './lib/lexicon';
export { changeWord, financialYearStart, indicatorHeading, MONTH_NAME, monthNumber, ragWord } from './lib/vocabulary';
export { directionWord, FOOTNOTE_MARKS } from './lib/tokens';
export { boundFigure } from './lib/bound-words';
export { pdfTextItems, loadPdfJs, marginKeys, furnitureOf, layoutPages, type PdfTextPage, type PageRange, type LaidOut, type LaidOutPaper, type PendingBlock } from './lib/blocks/pdf';
