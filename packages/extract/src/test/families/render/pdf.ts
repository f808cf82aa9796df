/**
 * Test support: print a family document as a real PDF through make-pdf: a simple top-to-bottom layout
 * (wrapped paragraphs, tables as aligned rows, badges right-aligned, dashboard labels at x=60 with values
 * at x=200), new pages when the page is full or the document asks for one.
 */
import { groupOf, pairLine, pairText, type Doc, type Node, type TableGroup } from '../doc';
import { makePdf, type PdfPage, type PdfText } from '../../make-pdf';

const WIDTH = 595;
const LEFT = 50;
const BOTTOM = 790;
/** Approximate Helvetica advance of a string (capitals are wider than the average), so items never overlap. */
function textWidth(s: string, size: number, bold = false): number {
  let em = 0;
  for (const c of s) em += /[A-Z]/.test(c) ? 0.72 : /[a-z]/.test(c) ? 0.56 : /\d/.test(c) ? 0.56 : /[\s.,:;'|!il]/.test(c) ? 0.28 : 0.6;
  return em * size * (bold ? 1.06 : 1);
}

class Layout {
  pages: PdfPage[] = [{ texts: [] }];
  top = 50;
  private get page() {
    return this.pages[this.pages.length - 1];
  }
  newPage() {
    if (!this.page.texts.length) return;
    this.pages.push({ texts: [] });
    this.top = 50;
  }
  /** Place texts on one baseline and move down by the line height. */
  line(texts: Omit<PdfText, 'top'>[], size: number, fills: { x: number; w: number; lines: number; fill: [number, number, number] }[] = []) {
    if (this.top + size * 1.3 > BOTTOM) this.newPage();
    for (const t of texts) this.page.texts.push({ ...t, top: this.top, size: t.size ?? size });
    // A cell's shading from this line down the row's lines (a RAG shown by colour alone).
    for (const f of fills) (this.page.rects ??= []).push({ x: f.x, top: this.top - size * 0.15, w: f.w, h: size * (1.35 * (f.lines - 1) + 1.3), fill: f.fill });
    this.top += size * 1.35;
  }
  gap(h = 6) {
    this.top += h;
  }
}

/** '#RRGGBB' as the PDF writer's 0–1 components. */
const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];

/** Split text into lines that fit the page width at a size. */
function wrap(text: string, size: number, width = WIDTH - 2 * LEFT): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let cur = '';
    for (const w of para.split(' ')) {
      if (cur && textWidth(`${cur} ${w}`, size) > width) {
        out.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
  }
  return out;
}

/** The size at which one line fits the page width (never below 6 pt). */
const fit = (text: string, size: number) => Math.max(6, Math.min(size, Math.floor(((WIDTH - 2 * LEFT) / textWidth(text, 1)) * 10) / 10));

/** The document as PDF bytes. */
export function renderPdf(doc: Doc): Uint8Array {
  const l = new Layout();
  for (const n of doc.nodes) {
    node(l, n);
    l.gap();
  }
  return makePdf(l.pages);
}

function node(l: Layout, n: Node): void {
  switch (n.kind) {
    case 'heading': {
      const size = n.level === 1 ? 15 : n.level === 2 ? 12 : 11;
      if (n.badge?.place === 'above') l.line([{ x: LEFT, text: n.badge.text, bold: true }], 9);
      const badge = n.badge?.place === 'right' ? [{ x: WIDTH - LEFT - textWidth(n.badge.text, 10), text: n.badge.text, bold: true, size: 10 }] : [];
      const lines = wrap(n.text, size, WIDTH - 2 * LEFT - (badge.length ? 80 : 0));
      lines.forEach((t, i) => l.line([{ x: LEFT, text: t, bold: true }, ...(i === 0 ? badge : [])], size));
      return;
    }
    case 'para':
      for (const t of wrap(n.text, 10)) l.line([{ x: LEFT, text: t, bold: n.bold }], 10);
      return;
    case 'pairs': {
      const ps = n.pairs;
      if (n.layout === 'inline' || n.layout === 'dot') {
        const text = pairLine(n);
        l.line([{ x: LEFT, text }], fit(text, 10));
      } else if (n.layout === 'under') {
        for (const p of ps) {
          l.line([{ x: LEFT, text: p.label, bold: true }], 8);
          l.line([{ x: LEFT, text: p.value }], 11);
        }
      } else if (n.layout === 'columns') {
        for (const p of ps) l.line([{ x: 60, text: p.label }, { x: 200, text: p.value }], 10);
      } else if (n.layout === 'bold') {
        for (const p of ps) l.line([{ x: LEFT, text: `${p.label}:`, bold: true }, { x: LEFT + textWidth(`${p.label}: `, 10, true) + 2, text: p.value }], 10);
      } else for (const p of ps) l.line([{ x: LEFT, text: pairText(n, p) }], 10);
      return;
    }
    case 'table': {
      // Column widths in ems (header bold); the font shrinks (to 6 pt at least) until the table fits.
      const cols = n.rows[0].map((_, j) => Math.max(...n.rows.map((r, i) => textWidth(r[j] ?? '', 1, n.header && i === 0))));
      const ems = cols.reduce((a, c) => a + c, 0);
      const size = Math.max(6, Math.min(9, (WIDTH - 2 * LEFT - 16 * cols.length) / ems));
      // Like a real table, the columns share the page width: each its longest cell plus an equal gap.
      const gap = Math.max(16, (WIDTH - 2 * LEFT - ems * size) / cols.length);
      const widths = cols.map((c) => c * size);
      // Too wide even at the smallest size: the widest columns (names, comments, long headings) wrap at words.
      let over = widths.reduce((a, w) => a + w + 12, 0) - (WIDTH - 2 * LEFT);
      const narrowest = cols.map((_, j) => Math.max(30, ...n.rows.flatMap((r, i) => (r[j] ?? '').split(' ').map((w) => textWidth(w, size, n.header && i === 0)))));
      while (over > 0) {
        const j = widths.reduce((best, w, k) => (w - narrowest[k] > widths[best] - narrowest[best] ? k : best), 0);
        const cut = Math.min(over, widths[j] - narrowest[j]);
        if (cut <= 0) break;
        widths[j] -= cut;
        over -= cut;
      }
      const wraps = widths.some((w, j) => w < cols[j] * size);
      const step = wraps ? 12 : gap;
      const xs = widths.map((_, j) => LEFT + widths.slice(0, j).reduce((a, w) => a + w + step, 0));
      const groups = n.groups ?? [];
      if (groups.length) {
        // The group row: each group centred over its columns, the other headings level with it (top-aligned cells).
        const centred = (g: TableGroup) => (xs[g.from] + xs[g.from + g.span - 1] + widths[g.from + g.span - 1]) / 2 - textWidth(g.text, size, true) / 2;
        const others = n.rows[0].map((text, j) => ({ x: xs[j], text: groupOf(groups, j) ? '' : text, bold: true }));
        l.line([...others, ...groups.map((g) => ({ x: centred(g), text: g.text, bold: true }))].filter((t) => t.text).sort((a, b) => a.x - b.x), size);
      }
      n.rows.forEach((r, i) => {
        if (i === 0 && groups.length) r = r.map((text, j) => (groupOf(groups, j) ? text : ''));
        // A cell shown by its colour alone prints no words, only its shading.
        const shaded = n.fills?.[i] ?? [];
        if (shaded.some(Boolean)) r = r.map((text, j) => (shaded[j] ? '' : text));
        const cells = r.map((text, j) => (wraps && text ? wrap(text, size * (n.header && i === 0 ? 1.06 : 1), widths[j]) : [text]));
        const height = Math.max(...cells.map((c) => c.length));
        const fills = shaded.flatMap((hex, j) => (hex ? [{ x: xs[j] - 2, w: Math.max(widths[j], 20) + 4, lines: height, fill: rgb(hex) }] : []));
        // As in Word, a row may break across a page: its last lines go on overleaf.
        for (let k = 0; k < height; k++) l.line(cells.map((c, j) => ({ x: xs[j], text: c[k] ?? '', bold: n.header && i === 0 })).filter((t) => t.text), size, k === 0 ? fills : []);
      });
      return;
    }
    case 'section':
      if (n.style === 'inline') for (const t of wrap(`${n.label}: ${n.text}`, 10)) l.line([{ x: LEFT, text: t }], 10);
      else {
        l.line([{ x: LEFT, text: n.label, bold: n.style !== 'plain' }], 10);
        for (const t of wrap(n.text, 10)) l.line([{ x: LEFT, text: t }], 10);
      }
      return;
    case 'chart': {
      // Ticks down the y axis, dates along the x axis, the legend at the right: text only, as pdf.js sees a chart.
      l.line([{ x: LEFT, text: n.title, bold: true }], 9);
      for (const t of n.ticks) l.line([{ x: LEFT + 20 - textWidth(t, 7), text: t }], 7);
      const step = (WIDTH - 2 * LEFT - 160) / Math.max(1, n.categories.length - 1);
      l.line(n.categories.map((c, i) => ({ x: LEFT + 30 + i * step, text: c })), 7);
      l.line(n.legend.map((c, i) => ({ x: WIDTH - LEFT - 110 + (i % 2) * 55, text: c })), 7);
      return;
    }
    case 'page':
      l.newPage();
  }
}
