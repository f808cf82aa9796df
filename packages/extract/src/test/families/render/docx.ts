/** Test support: print a family document as a real .docx (headings styled, tables as Word tables, bold label runs). */
import { groupOf, pairLine, pairText, type Doc, type Node } from '../doc';
import { makeDocx, p, pageBreak, runs, table, type CellSpec } from '../../make-docx';

/** The document as a Word package. */
export function renderDocx(doc: Doc): Promise<Uint8Array> {
  return makeDocx(doc.nodes.flatMap(node));
}

function node(n: Node): string[] {
  switch (n.kind) {
    case 'heading': {
      const style = `Heading${n.level}`;
      if (!n.badge) return [p(n.text, style)];
      if (n.badge.place === 'above') return [p(n.badge.text), p(n.text, style)];
      return [runs([{ text: n.text }, { text: n.badge.text, bold: true, tab: true }], style)];
    }
    case 'para':
      return [n.bold ? runs([{ text: n.text, bold: true }]) : p(n.text)];
    case 'pairs': {
      const l = n.pairs;
      if (n.layout === 'inline' || n.layout === 'dot') return [p(pairLine(n))];
      if (n.layout === 'under') return l.flatMap((x) => [p(x.label), p(x.value)]);
      if (n.layout === 'columns') return [table(l.map((x) => [x.label, x.value]))];
      if (n.layout === 'bold') return l.map((x) => runs([{ text: `${x.label}:`, bold: true }, { text: ` ${x.value}` }]));
      return l.map((x) => p(pairText(n, x)));
    }
    case 'table': {
      const fill = (text: string, i: number, j: number): CellSpec => (n.fills?.[i]?.[j] ? { text: '', fill: n.fills[i][j]! } : text);
      if (!n.groups?.length) return [table(n.rows.map((r, i) => r.map((c, j) => fill(c, i, j))))];
      const groups = n.groups;
      const [head, ...body] = n.rows;
      const upper: CellSpec[] = head.flatMap((h, j): CellSpec[] => {
        const g = groupOf(groups, j);
        if (!g) return [{ text: h, vMerge: 'restart' }];
        return g.from === j ? [{ text: g.text, span: g.span }] : [];
      });
      const lower: CellSpec[] = head.map((h, j) => (groupOf(groups, j) ? h : { text: '', vMerge: 'continue' }));
      return [table([upper, lower, ...body.map((r, i) => r.map((c, j) => fill(c, i + 1, j)))])];
    }
    case 'section':
      if (n.style === 'inline') return [p(`${n.label}: ${n.text}`)];
      return [n.style === 'bold' ? runs([{ text: n.label, bold: true }]) : n.style === 'plain' ? p(n.label) : p(n.label, 'Heading3'), p(n.text)];
    case 'chart':
      return []; // a picture in Word: no text in the body
    case 'page':
      return [pageBreak()];
  }
}
