/**
 * Runs on one baseline into pieces of text that belong together. A gap no wider than a few spaces joins
 * (words of one line); a gap wider than that splits when the page shows it is a gutter between columns or
 * boxes (the same white gap, or a column edge, on the line above or below) or when what follows is a lone
 * RAG badge; a very wide gap always splits. Judged by geometry only, never by the words of the columns.
 */
import { ragWord } from '../../vocabulary';
import { linesOf, type Seg } from './geometry';

/** Widest gap read as a word space, in font heights (Helvetica's space is 0.28 em; justified lines stretch it). */
const WORD_GAP = 0.8;
/** A gap this wide (font heights) always separates runs, as it always has. */
const COLUMN_GAP = 3.2;
/** A gap this wide (font heights) parts columns on a line already parted by a gutter about as wide (SPACED_ALIKE of it). */
const SPACED_GAP = 2;
const SPACED_ALIKE = 0.75;
/** The line above or below (within this many font heights, top to top) may show a white gutter going on. */
const NEIGHBOUR = 2.6;
/** Lines this close (font heights, up to COLUMN_LINES lines away) may show the same column edge. */
const COLUMN_REACH = 5;
const COLUMN_LINES = 4;

interface Gap {
  x0: number;
  x1: number;
}

/** A list marker or paragraph number ('•', '1.1', '3.4.1', '(a)', 'ii.'): the gap after it is a hanging indent. */
const LIST_MARKER = /^(?:[•·▪◦●○■□➢►✓-]|[–—]|\(?\d+(?:\.\d+)*[.)]?|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])$/i;

/** The white spans between runs of a line wider than a word gap (a hanging indent after a list marker is not one). */
function wideGaps(line: Seg[]): Gap[] {
  const gaps: Gap[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    const x0 = a.x + a.w;
    if (b.x - x0 > WORD_GAP * Math.min(a.h, b.h) && !LIST_MARKER.test(a.text.trim())) gaps.push({ x0, x1: b.x });
  }
  return gaps;
}

/** Whether a neighbouring line continues this gap as a white gutter (a wide gap of its own over it). */
const continuesGutter = (gaps: Gap[], gap: Gap, h: number) => gaps.some((g) => Math.min(g.x1, gap.x1) - Math.max(g.x0, gap.x0) >= 0.5 * h);
/** Whether a nearby line has a column starting where this gap ends (after a wide gap of its own). */
const sameColumnEdge = (gaps: Gap[], gap: Gap) => gaps.some((g) => Math.abs(g.x1 - gap.x1) < 2);

/**
 * Whether a nearby line has a run starting where the gap ends with the gap white on it too: a column's left
 * edge, though nothing stands left of it on that line (cards side by side whose lines do not keep level).
 */
const startsColumn = (line: Seg[], gap: Gap) => line.some((s) => Math.abs(s.x - gap.x1) < 2) && !line.some((o) => o.x < gap.x1 - 2 && o.x + o.w > gap.x0);

/** Whether the lines around line i show the gap as one between columns. */
function isGutter(lines: Seg[][], gaps: Gap[][], i: number, gap: Gap, h: number): boolean {
  const y = lines[i][0].y;
  for (let j = Math.max(0, i - COLUMN_LINES); j <= Math.min(lines.length - 1, i + COLUMN_LINES); j++) {
    const dy = Math.abs(lines[j][0].y - y);
    if (j === i || dy > COLUMN_REACH * h) continue;
    if (sameColumnEdge(gaps[j], gap) || startsColumn(lines[j], gap)) return true;
    if (Math.abs(j - i) === 1 && dy <= NEIGHBOUR * h && continuesGutter(gaps[j], gap, h)) return true;
  }
  return false;
}

/** Lines of runs cut into pieces (each piece one Seg, runs joined by a space), top to bottom, left to right. */
export function linePieces(segs: Seg[]): Seg[][] {
  const lines = linesOf(segs);
  const gaps = lines.map(wideGaps);
  return lines.map((line, i) => {
    const splits = line.map((b, k) => {
      if (k === 0) return false;
      const a = line[k - 1];
      const gap = b.x - (a.x + a.w);
      const h = Math.max(a.h, b.h);
      const wide = gap > WORD_GAP * Math.min(a.h, b.h);
      return (
        gap <= 0 ||
        gap >= COLUMN_GAP * h ||
        // A rating set apart at the end of its piece (a badge beside its title; another tile may follow on the line).
        (wide && endsPiece(line, k) && ragWord(b.text) !== null) ||
        (wide && !LIST_MARKER.test(a.text.trim()) && isGutter(lines, gaps, i, { x0: a.x + a.w, x1: b.x }, h))
      );
    });
    // A line the page shows in columns has them spaced alike: a gap nearly as wide as the narrowest gutter
    // found on it parts columns too (a slide's third label, 'Higher is better', with nothing under it).
    const gapAt = (k: number) => line[k].x - (line[k - 1].x + line[k - 1].w);
    const gutters = splits.flatMap((s, k) => (s && gapAt(k) > 0 ? [gapAt(k)] : []));
    const narrowest = Math.min(...gutters);
    const pieces: Seg[][] = [[line[0]]];
    for (let k = 1; k < line.length; k++) {
      const h = Math.max(line[k - 1].h, line[k].h);
      const alike = gapAt(k) >= SPACED_GAP * h && gapAt(k) >= SPACED_ALIKE * narrowest;
      if (splits[k] || alike) pieces.push([line[k]]);
      else pieces[pieces.length - 1].push(line[k]);
    }
    return pieces.map(joinRuns);
  });
}

/** The run at `k` ends its piece: last on the line, or the run after it stands twice as far off as the one before. */
function endsPiece(line: Seg[], k: number): boolean {
  if (k === line.length - 1) return true;
  const before = line[k].x - (line[k - 1].x + line[k - 1].w);
  return line[k + 1].x - (line[k].x + line[k].w) >= 2 * before;
}

/** One piece from runs of a line: text joined by single spaces; placed by its first run, boxed by all (`parts`). */
function joinRuns(runs: Seg[]): Seg {
  if (runs.length === 1) return runs[0];
  const first = runs[0];
  const last = runs[runs.length - 1];
  let order = first.order;
  for (const r of runs) if (r.order < order) order = r.order;
  return { text: runs.map((r) => r.text.trim()).join(' '), x: first.x, y: first.y, w: last.x + last.w - first.x, h: first.h, order, parts: runs };
}
