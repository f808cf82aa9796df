/** Test support: render a family document in one of the four formats, as the bytes of a real file. */
import type { Format } from '../../../lib/schema';
import type { Doc } from '../doc';
import { renderMarkdown } from './markdown';
import { renderText } from './text';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';

/** File name extension of each format. */
export const EXTENSION: Record<Format, string> = { markdown: 'md', text: 'txt', docx: 'docx', pdf: 'pdf' };

/** The document as file bytes in the format. */
export async function render(doc: Doc, format: Format): Promise<Uint8Array> {
  switch (format) {
    case 'markdown':
      return new TextEncoder().encode(renderMarkdown(doc));
    case 'text':
      return new TextEncoder().encode(renderText(doc));
    case 'docx':
      return renderDocx(doc);
    case 'pdf':
      return renderPdf(doc);
  }
}
