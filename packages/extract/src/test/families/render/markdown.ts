/** Test support: print a family document as markdown (pipe, HTML or pandoc grid tables; ATX or setext headings). */
import { groupOf, groupRows, pairLine, pairText, type Doc, type Node, type TableGroup } from '../doc';

/** The document as a markdown paper. */
export function renderMarkdown(doc: Doc): string {
  const out: string[] = [];
  for (const n of doc.nodes) out.push(...node(n, doc.markdown?.setext ?? false));
  return `${out.filter((s) => s !== '').join('\n\n')}\n`;
}

function node(n: Node, setext: boolean): string[] {
  switch (n.kind) {
    case 'heading': {
      const h = setext && n.level <= 2 ? `${n.text}\n${(n.level === 1 ? '=' : '-').repeat(n.text.length)}` : `${'#'.repeat(n.level)} ${n.text}`;
      if (!n.badge) return [h];
      return n.badge.place === 'above' ? [`**${n.badge.text}**`, h] : [h, `**${n.badge.text}**`];
    }
    case 'para':
      return [n.bold ? `**${n.text}**` : n.text];
    case 'pairs':
      return pairs(n);
    case 'table': {
      if (n.style === 'html') return [html(n.rows, n.header, n.groups)];
      const rows = n.groups?.length ? [...groupRows(n.rows[0], n.groups), ...n.rows.slice(1)] : n.rows;
      return [n.style === 'grid' ? grid(rows, n.header) : pipe(rows)];
    }
    case 'section':
      if (n.style === 'inline') return [`${n.label}: ${n.text}`];
      return [n.style === 'bold' ? `**${n.label}**` : n.style === 'plain' ? n.label : `#### ${n.label}`, n.text];
    case 'chart':
      return [`![${n.title}](chart.png)`];
    case 'page':
      return [];
  }
}

function pairs(n: Extract<Node, { kind: 'pairs' }>): string[] {
  const list = n.pairs;
  switch (n.layout) {
    case 'inline':
    case 'dot':
      return [pairLine(n)];
    case 'under':
      return list.flatMap((p) => [p.label, p.value]);
    case 'columns':
      return [pipe(list.map((p) => [p.label, p.value]))];
    case 'bold':
      return list.map((p) => `**${p.label}:** ${p.value}`);
    default:
      return list.map((p) => pairText(n, p));
  }
}

/** A GFM pipe table; its first row is the header (as pandoc does for header-less Word tables). */
function pipe(rows: string[][]): string {
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(rows[0]), `|${rows[0].map(() => '---').join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function html(rows: string[][], header: boolean, groups?: TableGroup[]): string {
  const tr = (r: string[], tag: string) => `<tr>${r.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  if (!groups?.length) return ['<table>', ...rows.map((r, i) => tr(r, header && i === 0 ? 'th' : 'td')), '</table>'].join('\n');
  // Groups span their columns; the other headings span both heading rows.
  const upper = rows[0].map((h, j) => {
    const g = groupOf(groups, j);
    return !g ? `<th rowspan="2">${h}</th>` : g.from === j ? `<th colspan="${g.span}">${g.text}</th>` : '';
  });
  const lower = rows[0].map((h, j) => (groupOf(groups, j) ? `<th>${h}</th>` : ''));
  return ['<table>', `<tr>${upper.join('')}</tr>`, `<tr>${lower.join('')}</tr>`, ...rows.slice(1).map((r) => tr(r, 'td')), '</table>'].join('\n');
}

/** A pandoc grid table (+---+ borders, '=' under the header). */
function grid(rows: string[][], header: boolean): string {
  const widths = rows[0].map((_, j) => Math.max(3, ...rows.map((r) => (r[j] ?? '').length)));
  const rule = (ch: string) => `+${widths.map((w) => ch.repeat(w + 2)).join('+')}+`;
  const line = (r: string[]) => `| ${widths.map((w, j) => (r[j] ?? '').padEnd(w)).join(' | ')} |`;
  const out = [rule('-')];
  rows.forEach((r, i) => out.push(line(r), rule(header && i === 0 ? '=' : '-')));
  return out.join('\n');
}
