/**
 * What Word shows of a body, as mammoth cannot tell it: text hidden from print (`w:vanish`, a draft figure or a
 * whole row) and a content control's placeholder are taken out, and a row that starts or ends short of the grid (`w:gridBefore`/`w:gridAfter`, common
 * in files exported from PDF or HTML) gets its empty cells, so each value stays under its own heading.
 */

/** A run whose properties hide it (not `w:val="0"`/`"false"`), within that run only. */
const HIDDEN_RUN = /<w:r(?:\s[^>]*)?>(?:(?!<\/w:r>)[\s\S])*?<w:vanish(?:\s+w:val="(?:1|true|on)")?\s*\/>[\s\S]*?<\/w:r>/g;
/** A table row's properties asking for cells skipped before or after it. */
const ROW = /<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g;
const EMPTY_CELL = '<w:tc><w:tcPr/><w:p/></w:tc>';

/** A content control still showing its placeholder ('Click or tap here to enter text.'): nothing was entered. */
const PLACEHOLDER = /<w:sdt>(?:(?!<\/w:sdt>)[\s\S])*?<w:showingPlcHdr\s*\/>[\s\S]*?<\/w:sdt>/g;

/** The body's XML as printed; the same string when nothing is hidden or skipped. */
export function printedBody(xml: string): string {
  let out = xml.includes('w:vanish') ? xml.replace(HIDDEN_RUN, '') : xml;
  if (out.includes('w:showingPlcHdr')) out = out.replace(PLACEHOLDER, (sdt) => sdt.replace(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g, '<w:t></w:t>'));
  if (out.includes('w:gridBefore') || out.includes('w:gridAfter')) out = out.replace(ROW, padRow);
  return out;
}

function padRow(row: string): string {
  // Only this row's own properties: a nested table's rows are padded on their own.
  const props = /^<w:tr(?:\s[^>]*)?>\s*<w:trPr>([\s\S]*?)<\/w:trPr>/.exec(row)?.[1] ?? '';
  const before = Number(/<w:gridBefore\s+w:val="(\d+)"/.exec(props)?.[1] ?? 0);
  const after = Number(/<w:gridAfter\s+w:val="(\d+)"/.exec(props)?.[1] ?? 0);
  if (!before && !after) return row;
  const open = /^<w:tr(?:\s[^>]*)?>\s*<w:trPr>[\s\S]*?<\/w:trPr>/.exec(row)![0];
  const cells = row.slice(open.length, -'</w:tr>'.length);
  return `${open}${EMPTY_CELL.repeat(before)}${cells}${EMPTY_CELL.repeat(after)}</w:tr>`;
}
