/**
 * Test support: print a family document as plain text the way a PDF-to-text dump prints it: tables as
 * tab-separated rows (or space-aligned under a dashed rule, or one cell per line as a web copy or plain
 * pdftotext flattens them), right-aligned badges after spaces, form feeds between pages.
 */
import { groupRows, pairLine, pairText, type Doc, type Node } from '../doc';

/** The document as a text dump. */
export function renderText(doc: Doc): string {
  const out: string[] = [];
  for (const n of doc.nodes) {
    if (n.kind === 'page') {
      if (out.length) out.push('\f');
      continue;
    }
    out.push(node(n));
  }
  return `${out.join('\n\n').replace(/\n\n\f\n\n/g, '\n\f')}\n`;
}

function node(n: Exclude<Node, { kind: 'page' }>): string {
  switch (n.kind) {
    case 'heading':
      if (!n.badge) return n.text;
      return n.badge.place === 'above' ? `${n.badge.text}\n${n.text}` : `${n.text.padEnd(Math.max(n.text.length + 6, 80))}${n.badge.text}`;
    case 'para':
      return n.text;
    case 'pairs': {
      const l = n.pairs;
      if (n.layout === 'inline' || n.layout === 'dot') return pairLine(n);
      if (n.layout === 'under') return l.map((p) => `${p.label}\n${p.value}`).join('\n');
      if (n.layout === 'columns') return l.map((p) => `${p.label.padEnd(Math.max(28, p.label.length + 3))}${p.value}`).join('\n');
      return l.map((p) => pairText(n, p)).join('\n');
    }
    case 'table': {
      const rows = n.groups?.length ? [...groupRows(n.rows[0], n.groups), ...n.rows.slice(1)] : n.rows;
      if (n.dump === 'cells') return rows.flat().join('\n');
      if (n.dump === 'columns') return rows[0].map((h, j) => [h, ...rows.slice(1).map((r) => r[j]).filter((c) => c)].join('\n')).join('\n\n');
      return n.style === 'spaced' ? spaced(rows, n.groups?.length ? 2 : 1) : rows.map((r) => r.join('\t')).join('\n');
    }
    case 'chart':
      return [n.title, ...n.ticks, n.categories.join('     '), n.legend.join('   ')].join('\n');
    case 'section':
      return n.style === 'inline' ? `${n.label}: ${n.text}` : `${n.label}\n\n${n.text}`;
  }
}

/** Columns padded with spaces, a dashed rule under the header rows. */
function spaced(rows: string[][], headerRows: number): string {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => (r[j] ?? '').length)));
  const line = (r: string[]) => widths.map((w, j) => (r[j] ?? '').padEnd(w)).join('   ').trimEnd();
  return [...rows.slice(0, headerRows).map(line), '-'.repeat(widths.reduce((a, w) => a + w + 3, -3)), ...rows.slice(headerRows).map(line)].join('\n');
}
