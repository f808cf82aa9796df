/**
 * @kpi/extract/testing — test support that other packages' tests, the benchmark and the families script
 * use: real PDF and Word writers, long generated papers, and the layout-family generator and scorer.
 * Not part of the extractor: nothing under src/lib imports it.
 */
export { makePdf, row, type PdfPage, type PdfText, type PdfRect, type PdfShape } from './test/make-pdf';
export { makeDocx, p, runs, pageBreak, table, textBox, alternateTextBox, sectionBreak } from './test/make-docx';
export { makeLongPaper, type LongPaperOptions } from './test/make-long-paper';
export { runFamilies, familyTable, fieldTable } from './test/families/run';
