/**
 * What Word shows of a body, as mammoth cannot tell it: text hidden from print (`w:vanish`, a draft figure or a
 * whole row) and a content control's placeholder are taken out, a check box shows its box ticked or not, and a row that starts or ends short of the grid
 * (`w:gridBefore`/`w:gridAfter`, common in files exported from PDF or HTML) gets its empty cells, so each value
 * stays under its own heading; a positional tab is a tab; a simple field's result is kept (mammoth drops `w:fldSimple` whole). Each pattern matches the innermost element only (a run holding a text box holds
 * runs of its own; a control, a table may hold others), so no visible text is touched.
 */

/** A run whose own properties hide it (not `w:val="0"`/`"false"`), with no run inside it. */
const HIDDEN_RUN = /<w:r(?:\s[^>]*)?>(?:(?!<\/w:r>|<w:r[\s>])[\s\S])*?<w:vanish(?:\s+w:val="(?:1|true|on)")?\s*\/>(?:(?!<w:r[\s>])[\s\S])*?<\/w:r>/g;
/** A content control still showing its placeholder ('Click or tap here to enter text.'), with no control inside it. */
const PLACEHOLDER = /<w:sdt>(?:(?!<\/w:sdt>|<w:sdt>)[\s\S])*?<w:showingPlcHdr\s*\/>(?:(?!<w:sdt>)[\s\S])*?<\/w:sdt>/g;
/** A table with no table inside it, and its rows. */
const TABLE = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<\/w:tbl>/g;
const ROW = /<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g;
/** A row's opening: the tag, exceptions to the table's properties (before the row's own, as the schema orders them), its properties. */
const ROW_OPENING = /^<w:tr(?:\s[^>]*)?>\s*(?:<w:tblPrEx>[\s\S]*?<\/w:tblPrEx>\s*)?<w:trPr>([\s\S]*?)<\/w:trPr>/;
const EMPTY_CELL = '<w:tc><w:tcPr/><w:p/></w:tc>';
/** A check box content control (Word 2010's `w14:checkbox`), with no control inside it: mammoth drops its box. */
const CHECK_BOX = /<w:sdt>(?:(?!<\/w:sdt>|<w:sdt>)[\s\S])*?<w14:checkbox>(?:(?!<w:sdt>)[\s\S])*?<\/w:sdt>/g;

/** A simple field with no field inside it: its result runs. */
const FIELD_SIMPLE = /<w:fldSimple\b[^>]*[^/]>((?:(?!<w:fldSimple\b)[\s\S])*?)<\/w:fldSimple>/g;

/** The body's XML as printed; the same string when nothing is hidden or skipped. */
export function printedBody(xml: string): string {
  let out = xml.includes('w:vanish') ? xml.replace(HIDDEN_RUN, '') : xml;
  if (out.includes('w:showingPlcHdr')) out = out.replace(PLACEHOLDER, (sdt) => sdt.replace(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g, '<w:t></w:t>'));
  if (out.includes('w:gridBefore') || out.includes('w:gridAfter')) out = out.replace(TABLE, (table) => table.replace(ROW, padRow));
  // A check box as printed, ticked or not ('☒ Amber', '☐ Green'): a form's choice of rating.
  // A carriage return inside a run is a line break (mammoth drops it and glues the words either side).
  if (out.includes('<w:cr')) out = out.replace(/<w:cr\s*\/>/g, '<w:br/>');
  // A positional tab (`w:ptab`, a label's value aligned right across a dot leader) prints as a tab; mammoth drops it and glues 'Target95%'.
  if (out.includes('<w:ptab')) out = out.replace(/<w:ptab\b[^>]*\/>/g, '<w:tab/>');
  // A simple field's result (a DOCPROPERTY, REF or MERGEFIELD figure) is printed text; mammoth skips the field whole.
  if (out.includes('<w:fldSimple')) out = out.replace(FIELD_SIMPLE, '$1').replace(/<w:fldSimple\b[^>]*\/>/g, '');
  if (out.includes('w14:checkbox')) out = out.replace(CHECK_BOX, (sdt) => `<w:r><w:t>${/<w14:checked\s+w14:val="(?:1|true)"/.test(sdt) ? '☒' : '☐'}</w:t></w:r>`);
  return out;
}

/** A row of a table with no table inside it, given the cells it skips before and after. */
function padRow(row: string): string {
  const opening = ROW_OPENING.exec(row);
  const props = opening?.[1] ?? '';
  const before = Number(/<w:gridBefore\s+w:val="(\d+)"/.exec(props)?.[1] ?? 0);
  const after = Number(/<w:gridAfter\s+w:val="(\d+)"/.exec(props)?.[1] ?? 0);
  if (!opening || (!before && !after)) return row;
  const cells = row.slice(opening[0].length, -'</w:tr>'.length);
  return `${opening[0]}${EMPTY_CELL.repeat(before)}${cells}${EMPTY_CELL.repeat(after)}</w:tr>`;
}
