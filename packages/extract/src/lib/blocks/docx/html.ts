/** mammoth's HTML of the Word body into blocks: headings, paragraphs, list items, tables with spans expanded. */
import { ExtractError } from '../../errors';
import { tidy } from '../builder';
import { raisedText } from '../../tokens';
import { isNamedHeading, isValueCell } from '../cell-kinds';
import { BOX_MARK, type PendingBlock } from './place';
import { attrs, findAll, kids, parseHtml, tagOf, type Node } from './xml';

/** Blocks from mammoth's HTML: headings, paragraphs, list items, tables with spans expanded. */
export function htmlBlocks(html: string): PendingBlock[] {
  let nodes: Node[];
  try {
    nodes = parseHtml(html);
  } catch (e) {
    throw new ExtractError('damaged', `Word body could not be read (${(e as Error).message.split('\n')[0]})`);
  }
  const out: PendingBlock[] = [];
  const text = (n: Node): string => {
    const tag = tagOf(n);
    if (tag === '#text') return String(n['#text']);
    // A footnote's reference mammoth writes '[1]': a raised mark after the figure ('91.5%¹').
    if (tag === 'sup') return raisedText(kids(n).map(text).join('').replace(/^\[(\d{1,2})\]$/, '$1'));
    if (tag === 'br') return '\n';
    if (tag === 'table') return '';
    if (tag === 'p' || tag === 'li') return kids(n).map(text).join('') + '\n';
    return kids(n).map(text).join('');
  };
  const visit = (n: Node, listLevel: number) => {
    const tag = tagOf(n);
    const m = /^h([1-6])$/.exec(tag);
    if (m) out.push({ kind: 'heading', text: tidy(text(n)), rows: null, level: Number(m[1]), origin: fromBoxes(n) ? 'textbox' : 'body', role: 'content' });
    else if (tag === 'p') out.push({ kind: 'paragraph', text: tidy(text(n)), rows: null, level: null, origin: fromBoxes(n) ? 'textbox' : 'body', role: 'content' });
    else if (tag === 'ul' || tag === 'ol') for (const li of kids(n)) visit(li, listLevel + 1);
    else if (tag === 'li') {
      // Footnotes and endnotes mammoth lists at the end ('Provisional figure. ↑'): notes, no card's text.
      const note = /^(?:foot|end)note-\d+$/.test(String(attrs(n).id ?? ''));
      const body = tidy(kids(n).filter((k) => !['ul', 'ol'].includes(tagOf(k))).map(text).join(''));
      out.push({ kind: note ? 'paragraph' : 'list-item', text: note ? body.replace(/\s*↑$/, '') : body, rows: null, level: note ? null : listLevel - 1, origin: 'body', role: note ? 'page-footer' : 'content' });
      for (const k of kids(n)) if (['ul', 'ol'].includes(tagOf(k))) visit(k, listLevel);
    } else if (tag === 'table' && isFrame(n)) {
      // A table laid out round a card (title, figures table, commentary; in one column, or the title beside
      // the figures): its cells' contents are the card's blocks, row by row and each row from the left.
      for (const tr of findAll(n, 'tr', [], 'table')) for (const cell of kids(tr)) for (const k of kids(cell)) visit(k, listLevel);
    } else if (tag === 'table' && titleColumn(n)) {
      // Titles merged down a first column beside each card's label–value rows: each title, then its rows.
      const nested: Node[] = [];
      const rows = tableRows(n, text, nested);
      const cells = cellsOf(n);
      for (let at = 0; at < rows.length; ) {
        const span = Number(attrs(cells[at][0]).rowspan ?? 1) || 1;
        out.push({ kind: 'paragraph', text: rows[at][0], rows: null, level: null, origin: 'table', role: 'content' });
        out.push({ kind: 'table', text: '', rows: rows.slice(at, at + span).map((r) => r.slice(1)), level: null, origin: 'table', role: 'content' });
        at += span;
      }
      for (const t of nested) visit(t, listLevel);
    } else if (tag === 'table') {
      const nested: Node[] = [];
      out.push({ kind: 'table', text: '', rows: tableRows(n, text, nested), level: null, origin: fromBoxes(n) ? 'textbox' : 'table', role: 'content' });
      for (const t of nested) visit(t, listLevel);
    } else for (const k of kids(n)) visit(k, listLevel);
  };
  for (const n of nodes) visit(n, 0);
  return headedContinuations(out).filter((b) => b.kind === 'table' || b.text);
}

const headingRow = (row: string[]) => row.filter((c) => isNamedHeading(c)).length >= 2 && !row.some((c) => c && isValueCell(c));
const valueRow = (row: string[]) => !row.some((c) => c && isNamedHeading(c)) && row.some((c) => c && isValueCell(c));

/**
 * A table split by a page break into two (Word ends one and begins another; the second has no heading row):
 * the second table's rows take the first's headings when nothing but empty paragraphs stands between them,
 * the first is headed and has rows of its own, and the second begins with a row of values as wide as the heading.
 */
function headedContinuations(blocks: PendingBlock[]): PendingBlock[] {
  let head: string[] | null = null;
  for (const b of blocks) {
    if (b.kind !== 'table') {
      if (b.text) head = null;
      continue;
    }
    const rows = b.rows ?? [];
    if (head && rows.length && b.origin === 'table' && rows[0].length === head.length && valueRow(rows[0])) {
      b.rows = [head, ...rows];
    } else head = rows.length >= 2 && b.origin === 'table' && headingRow(rows[0]) ? rows[0] : null;
  }
  return blocks;
}

/** Text written into the body from floating text boxes (place.ts marks it with a bookmark, an anchor in mammoth's HTML). */
const fromBoxes = (n: Node) => findAll(n, 'a').some((a) => String(attrs(a).id ?? '').includes(BOX_MARK));

const cellsOf = (table: Node) => findAll(table, 'tr', [], 'table').map((tr) => kids(tr).filter((c) => ['td', 'th'].includes(tagOf(c))));

/**
 * A table of one or two columns whose cells hold a table: a frame round a card (title above or beside its
 * figures table, the title's cell perhaps merged down beside the commentary), not a grid of its own.
 */
function isFrame(table: Node): boolean {
  const cells = cellsOf(table);
  return cells.every((r) => r.length <= 2) && cells.some((r) => r.some((c) => findAll(c, 'table').length > 0));
}

/**
 * A table whose first column is titles, each merged down the rows of its card ('KPI 07 – …' beside Target,
 * Current, RAG rows): every row begins under a title merged over two rows or more, the first row too (a
 * scorecard's grouped first column has a heading row above its groups), and no title is a figure.
 */
function titleColumn(table: Node): boolean {
  const trs = findAll(table, 'tr', [], 'table');
  let covered = 0;
  for (const [i, r] of cellsOf(table).entries()) {
    if (i < covered) continue;
    const first = r[0];
    const span = first ? Number(attrs(first).rowspan ?? 1) || 1 : 1;
    if (!first || span < 2 || r.length < 2 || !/[A-Za-z]{3}/.test(findAll(first, '#text').map((t) => String(t['#text'])).join(''))) return false;
    covered = i + span;
  }
  return trs.length > 0 && covered >= trs.length;
}

/** A table's grid: colspans repeated across columns, rowspans filled down; nested tables collected. */
function tableRows(table: Node, text: (n: Node) => string, nested: Node[]): string[][] {
  const rows: string[][] = [];
  const pending: (({ text: string; left: number } | undefined))[] = [];
  const trs = findAll(table, 'tr', [], 'table');
  for (const tr of trs) {
    const row: string[] = [];
    let col = 0;
    const fill = () => {
      while (pending[col] && pending[col]!.left > 0) {
        row.push(pending[col]!.text);
        pending[col]!.left--;
        col++;
      }
    };
    for (const cell of kids(tr)) {
      if (!['td', 'th'].includes(tagOf(cell))) continue;
      fill();
      for (const t of findAll(cell, 'table')) nested.push(t);
      const value = tidy(kids(cell).map(text).join('')).replace(/\n+/g, '\n');
      const a = attrs(cell);
      const span = Math.max(1, Number(a.colspan ?? 1) || 1);
      const down = Math.max(1, Number(a.rowspan ?? 1) || 1);
      for (let s = 0; s < span; s++) {
        row.push(value);
        if (down > 1) pending[col] = { text: value, left: down - 1 };
        col++;
      }
    }
    fill();
    rows.push(row);
  }
  return rows;
}
