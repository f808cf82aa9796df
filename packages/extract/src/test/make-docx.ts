/** Test support: write small real .docx packages from WordprocessingML body fragments. */
import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const escXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A paragraph, optionally with a style id (Heading1, Heading2, ...). */
export const p = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escXml(text)}</w:t></w:r></w:p>`;

/** A paragraph of runs: bold runs, and tabs between runs (a right-aligned badge after a title). */
export const runs = (parts: { text: string; bold?: boolean; tab?: boolean }[], style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${parts.map((r) => `<w:r>${r.bold ? '<w:rPr><w:b/></w:rPr>' : ''}${r.tab ? '<w:tab/>' : ''}<w:t xml:space="preserve">${escXml(r.text)}</w:t></w:r>`).join('')}</w:p>`;

/** A page break. */
export const pageBreak = () => '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/** A table cell: its text, or text with a horizontal span or a vertical merge, or a symbol-font character. */
export type CellSpec = string | { text: string; span?: number; vMerge?: 'restart' | 'continue'; sym?: { font: string; char: string }; fill?: string; xml?: string };

/** A table; a cell may be { text, span } (gridSpan), { text, vMerge: 'restart' | 'continue' }, a symbol-font character { text: '', sym }, or shaded ({ fill: '#FF0000' }). */
export function table(rows: CellSpec[][]): string {
  const cell = (c: CellSpec) => {
    const o = typeof c === 'string' ? { text: c } : c;
    const pr = `${o.span ? `<w:gridSpan w:val="${o.span}"/>` : ''}${o.vMerge ? `<w:vMerge${o.vMerge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}${o.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${o.fill.replace('#', '')}"/>` : ''}`;
    const body = o.xml ? o.xml : o.sym ? `<w:p><w:r><w:sym w:font="${o.sym.font}" w:char="${o.sym.char}"/></w:r></w:p>` : p(o.vMerge === 'continue' ? '' : o.text);
    return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${body}</w:tc>`;
  };
  return `<w:tbl><w:tblPr/>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** A DrawingML text box with no VML fallback (mammoth cannot see it), anchored in a paragraph. */
export const textBox = (lines: string[]) =>
  `<w:p><w:r><w:drawing><wp:anchor><wp:extent cx="100" cy="100"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${lines.map((l) => p(l)).join('')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>`;

/** The same box the way Word writes it: DrawingML with a VML fallback inside mc:AlternateContent. */
export const alternateTextBox = (lines: string[]) =>
  `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${lines.map((l) => p(l)).join('')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${lines.map((l) => p(l)).join('')}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;

/** A section break whose section uses the header part `headerId` (rId of word/_rels). */
export const sectionBreak = (headerId?: string) => `<w:p><w:pPr><w:sectPr>${headerId ? `<w:headerReference w:type="default" r:id="${headerId}"/>` : ''}</w:sectPr></w:pPr></w:p>`;

/** A run holding a reference to footnote `id` (its text given to makeDocx's `footnotes`). */
export const footnoteRef = (id: number) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;

/** A table cell's paragraph with a text and then raw runs (a footnote reference after a figure). */
export const withRuns = (text: string, extra: string) => `<w:p><w:r><w:t xml:space="preserve">${escXml(text)}</w:t></w:r>${extra}</w:p>`;

/**
 * Build the package. `headers` maps rId → list of header paragraphs (text, or raw XML starting '<w:'); `footer` is the last section's footer
 * lines; `footnotes` maps a footnote id (from 1) → its text; `numbering` is word/numbering.xml's content;
 * `sectPr` is more of the last section's properties (a first page's header: `w:headerReference w:type="first"`,
 * `w:titlePg`); `settings` and `styles` are word/settings.xml's and word/styles.xml's content.
 */
export async function makeDocx(body: string[], options: { headers?: Record<string, string[]>; finalHeader?: string; footer?: string[]; footnotes?: Record<number, string>; numbering?: string; sectPr?: string; settings?: string; styles?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const headers = options.headers ?? {};
  const footnotes = options.footnotes ?? {};
  const parts = [
    ...Object.keys(headers).map((id) => ({ id, type: 'header', target: `${id}.xml` })),
    ...(options.footer ? [{ id: 'rIdFooter', type: 'footer', target: 'footer1.xml' }] : []),
    ...(Object.keys(footnotes).length ? [{ id: 'rIdNotes', type: 'footnotes', target: 'footnotes.xml' }] : []),
    ...(options.numbering ? [{ id: 'rIdNumbering', type: 'numbering', target: 'numbering.xml' }] : []),
    ...(options.settings ? [{ id: 'rIdSettings', type: 'settings', target: 'settings.xml' }] : []),
    ...(options.styles ? [{ id: 'rIdStyles', type: 'styles', target: 'styles.xml' }] : []),
  ];
  const contentType = (type: string) => `application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml`;
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${parts.map((r) => `<Override PartName="/word/${r.target}" ContentType="${contentType(r.type)}"/>`).join('')}</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.map((r) => `<Relationship Id="${r.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`);
  for (const [id, lines] of Object.entries(headers)) zip.file(`word/${id}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}>${lines.map((l) => (l.startsWith('<w:') ? l : p(l, 'Heading2'))).join('')}</w:hdr>`);
  if (options.footer) zip.file('word/footer1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${W}>${options.footer.map((l) => p(l)).join('')}</w:ftr>`);
  if (Object.keys(footnotes).length) zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote>${Object.entries(footnotes).map(([id, text]) => `<w:footnote w:id="${id}">${p(text)}</w:footnote>`).join('')}</w:footnotes>`);
  if (options.numbering) zip.file('word/numbering.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${options.numbering}</w:numbering>`);
  if (options.styles) zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${options.styles}</w:styles>`);
  if (options.settings) zip.file('word/settings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings ${W}>${options.settings}</w:settings>`);
  const final = `<w:sectPr>${options.finalHeader ? `<w:headerReference w:type="default" r:id="${options.finalHeader}"/>` : ''}${options.footer ? '<w:footerReference w:type="default" r:id="rIdFooter"/>' : ''}${options.sectPr ?? ''}</w:sectPr>`;
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body.join('')}${final}</w:body></w:document>`);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
