/** Test support: write small real PDFs (Helvetica text at given positions, filled rectangles, any page size). */
export interface PdfText {
  x: number;
  /** Distance from the top of the page to the text's top. */
  top: number;
  text: string;
  size?: number;
  bold?: boolean;
}
/** A filled rectangle (a RAG badge, a legend swatch, a chart bar), drawn under the text. */
export interface PdfRect {
  x: number;
  /** Distance from the top of the page to the rectangle's top. */
  top: number;
  w: number;
  h: number;
  /** RGB, each 0–1 (default light grey). */
  fill?: [number, number, number];
}
export interface PdfPage {
  width?: number;
  height?: number;
  texts: PdfText[];
  rects?: PdfRect[];
  /** Vector shapes drawn before the text (chart bars, axes, rules), top-left origin like texts. */
  shapes?: PdfShape[];
}
/** A filled rectangle, or a stroked line from (x, top) to (x2, top2). */
export type PdfShape = { rect: { x: number; top: number; w: number; h: number; grey?: number } } | { line: { x: number; top: number; x2: number; top2: number } };

/** WinAnsi codes of the non-Latin-1 characters papers print (dashes, quotes, bullet, euro). */
const WIN_ANSI: Record<string, number> = { '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97 };
/** Arrows are drawn with the Symbol font, as Word does for direction-of-travel arrows. */
const SYMBOL: Record<string, number> = { '↔': 0xab, '←': 0xac, '↑': 0xad, '→': 0xae, '↓': 0xaf };

const code = (c: string, table: Record<string, number>) => {
  const n = table[c] ?? c.charCodeAt(0);
  if (n > 0xff) throw new Error(`make-pdf: cannot encode '${c}' in Helvetica`);
  return c === '\\' || c === '(' || c === ')' ? `\\${c}` : n < 0x20 || n > 0x7e ? `\\${n.toString(8).padStart(3, '0')}` : c;
};

/** Show operators for a string: Helvetica runs, with arrows switched to the Symbol font. */
function show(text: string, font: string, size: number): string {
  const parts: string[] = [];
  let run = '';
  let symbol = false;
  const flush = () => {
    if (run) parts.push(`/${symbol ? 'F3' : font} ${size} Tf (${run}) Tj`);
    run = '';
  };
  for (const c of text) {
    const isSymbol = c in SYMBOL;
    if (isSymbol !== symbol) flush();
    symbol = isSymbol;
    run += code(c, isSymbol ? SYMBOL : WIN_ANSI);
  }
  flush();
  return parts.join(' ');
}

/** Build a PDF file from pages of positioned text. */
export function makePdf(pages: PdfPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const symbol = add('<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>');
  const pagesId = objects.length + 1 + pages.length * 2;
  const kids: number[] = [];
  for (const p of pages) {
    const w = p.width ?? 595;
    const h = p.height ?? 842;
    const rects = (p.rects ?? []).map((r) => `q ${(r.fill ?? [0.85, 0.85, 0.85]).join(' ')} rg ${r.x.toFixed(2)} ${(h - r.top - r.h).toFixed(2)} ${r.w.toFixed(2)} ${r.h.toFixed(2)} re f Q`);
    const shapes = (p.shapes ?? []).map((s) =>
      'rect' in s
        ? `${(s.rect.grey ?? 0.6).toFixed(2)} g ${s.rect.x.toFixed(2)} ${(h - s.rect.top - s.rect.h).toFixed(2)} ${s.rect.w.toFixed(2)} ${s.rect.h.toFixed(2)} re f 0 g`
        : `0.5 w ${s.line.x.toFixed(2)} ${(h - s.line.top).toFixed(2)} m ${s.line.x2.toFixed(2)} ${(h - s.line.top2).toFixed(2)} l S`,
    );
    const texts = p.texts.map((t) => {
      const size = t.size ?? 10;
      return `BT 1 0 0 1 ${t.x.toFixed(2)} ${(h - t.top - size * 0.8).toFixed(2)} Tm ${show(t.text, t.bold ? 'F2' : 'F1', size)} ET`;
    });
    const ops = [...rects, ...shapes, ...texts].join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${w} ${h}] /Contents ${content} 0 R /Resources << /Font << /F1 ${font} 0 R /F2 ${bold} 0 R /F3 ${symbol} 0 R >> >> >>`));
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
