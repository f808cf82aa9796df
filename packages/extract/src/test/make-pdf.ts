/** Test support: write small real PDFs (Helvetica text at given positions, optional ruled lines). */
export interface PdfText {
  x: number;
  /** Distance from the top of the page to the text's top. */
  top: number;
  text: string;
  size?: number;
  bold?: boolean;
}
export interface PdfPage {
  width?: number;
  height?: number;
  texts: PdfText[];
  /** Vector shapes drawn before the text (chart bars, axes, rules), top-left origin like texts. */
  shapes?: PdfShape[];
}
/** A filled rectangle, or a stroked line from (x, top) to (x2, top2). */
export type PdfShape = { rect: { x: number; top: number; w: number; h: number; grey?: number } } | { line: { x: number; top: number; x2: number; top2: number } };

const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** Build a PDF file from pages of positioned text. */
export function makePdf(pages: PdfPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const pagesId = objects.length + 1 + pages.length * 2;
  const kids: number[] = [];
  for (const p of pages) {
    const w = p.width ?? 595;
    const h = p.height ?? 842;
    const shapes = (p.shapes ?? []).map((s) =>
      'rect' in s
        ? `${(s.rect.grey ?? 0.6).toFixed(2)} g ${s.rect.x.toFixed(2)} ${(h - s.rect.top - s.rect.h).toFixed(2)} ${s.rect.w.toFixed(2)} ${s.rect.h.toFixed(2)} re f 0 g`
        : `0.5 w ${s.line.x.toFixed(2)} ${(h - s.line.top).toFixed(2)} m ${s.line.x2.toFixed(2)} ${(h - s.line.top2).toFixed(2)} l S`,
    );
    const ops = [...shapes, ...p.texts
      .map((t) => {
        const size = t.size ?? 10;
        return `BT /${t.bold ? 'F2' : 'F1'} ${size} Tf 1 0 0 1 ${t.x.toFixed(2)} ${(h - t.top - size * 0.8).toFixed(2)} Tm (${esc(t.text)}) Tj ET`;
      })]
      .join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${w} ${h}] /Contents ${content} 0 R /Resources << /Font << /F1 ${font} 0 R /F2 ${bold} 0 R >> >> >>`));
  }
  add(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const catalog = add(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A row of cells at the given x positions. */
export function row(top: number, cells: [number, string][], size = 9, bold = false): PdfText[] {
  return cells.map(([x, text]) => ({ x, top, text, size, bold }));
}
