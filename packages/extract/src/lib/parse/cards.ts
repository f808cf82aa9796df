/**
 * Card candidates → KPI cards: the value table (or a text dump's scattered one), label–value pairs, the
 * title, the RAG (table column, label, badge, bracket or nearest word), the date line and the text sections.
 */
import { labelPeriodKey } from './label-periods';
import type { Card, Cell, Provenance } from '../schema';
import type { Item } from './items';
import { resolveScattered } from './scattered';
import { basisOf, isTrendTable, readValueTable, tableKind, type ValueColumns } from './tables';
import { hasFigures, type Pair } from './pairs';
import { proseFigures } from './prose-figures';
import { vocabulary, type Field } from '../lexicon';
import { headingOf, isCardLike, tileFigure, tileHeadline, untitledHeading, type Fragment } from './fragments';
import { axisRuns, cardPairs, changeWord, directionPhrase, markChartRuns, stackedPairs } from './card-figures';
import { indicatorHeading } from '../vocabulary';
import { valueTokens } from '../tokens';
import { cardSections } from './card-text';

/** Build a card from a fragment, or null when the fragment is not a card (a mention, a narrative). */
export function assembleCard(items: Item[], f: Fragment): { card: Card; used: Set<number> } | null {
  if (!isCardLike(items, f)) return null;
  const used = new Set<number>();
  const notes: string[] = [];
  let confidence = 0.95;

  // A chart's axis ticks, period labels and legend, as a text dump prints them, are never figures.
  const axis = axisRuns(items, f.positions);
  axis.forEach((p) => used.add(p));
  const free = f.positions.filter((p) => !axis.has(p));
  // A value printed under its own label ('Target' / '90%') is a pair, before any scattered-table guessing.
  const stacked = stackedPairs(items, free);
  stacked.used.forEach((p) => used.add(p));
  // Values: a real table first, else lines scattered by a text dump.
  let cols: ValueColumns | null = null;
  let scattered = false;
  for (const p of f.positions) {
    const it = items[p];
    if (it.cls.type === 'table' && it.rows && tableKind(it.rows) === 'value') {
      cols = readValueTable(it.rows, it.prov);
      if (cols) {
        used.add(p);
        break;
      }
    }
  }
  // Tables of the measure's history beside the card's value table give no figures of their own.
  if (cols) for (const p of f.positions) if (!used.has(p) && items[p].rows && tableKind(items[p].rows!) === 'value' && isTrendTable(items[p].rows!)) used.add(p);
  // A tile's headline figure under its heading is the latest value (below), not a figure scattered by a dump.
  const headline = tileHeadline(items, f);
  if (!cols) {
    const s = resolveScattered(items, free.filter((p) => !stacked.used.has(p) && p !== headline?.pos && p !== headline?.caption));
    if (s) {
      cols = s;
      scattered = true;
      s.used.forEach((p) => used.add(p));
      for (const p of f.positions) if (items[p].cls.type === 'header') used.add(p);
      confidence = s.confidence;
      notes.push(...s.notes);
    }
  }
  // Label–value pairs printed anywhere in the card fill what the value table left empty.
  const { pairs: printedPairs, cells: sectionCells, names } = cardPairs(items, f.positions, used);
  const pairs = [...printedPairs, ...stacked.pairs];
  // A figure printed beside its label ('Latest data: 11.9%') outweighs a column guessed from scattered lines.
  if (cols && scattered) {
    for (const p of printedPairs) {
      if ((p.field !== 'current' && p.field !== 'target' && p.field !== 'previous') || !cols.cells[p.field] || vocabulary().isSecondary(p.label)) continue;
      cols.cells[p.field] = { raw: p.raw, prov: p.prov };
      cols[`${p.field}Label`] = p.label;
    }
  }
  // Figures written as a sentence ('24.6 days against a target of 20 days'), where the card prints them nowhere else.
  if (!cols && !hasFigures(pairs)) pairs.push(...(f.positions.filter((p) => !used.has(p) && !items[p].rows).map((p) => proseFigures(items[p].text, items[p].prov)).find((found) => found.length) ?? []));
  if (!cols && hasFigures(pairs)) cols = { targetLabel: null, currentLabel: null, previousLabel: null, cells: {} };
  if (!cols) return null;
  const labels: Partial<Record<Field, string>> = {};
  // A field's main label before a secondary one ('Target' before 'Baseline', 'This quarter' before 'YTD'),
  // and of two secondary ones the likelier ('Annual target' before 'Baseline').
  // A target for the whole year after one for the quarter ('Target 2025/26: 8.5' beside 'Target Q2: 4.2').
  const secondary = (p: Pair) => vocabulary().secondaryRank(p.label) * 2 + (p.field === 'target' && (labelPeriodKey(p.label)?.key ?? 0) % 100 === 99 ? 1 : 0);
  for (const p of [...pairs].sort((a, b) => secondary(a) - secondary(b))) {
    if (p.field === 'rag' || p.field === 'previousRag' || cols.cells[p.field]) continue;
    cols.cells[p.field] = { raw: p.raw, prov: p.prov };
    labels[p.field] = p.label;
  }
  cols.targetLabel ??= labels.target ?? null;
  cols.currentLabel ??= labels.current ?? null;
  cols.previousLabel ??= labels.previous ?? null;
  cols.floorLabel ??= labels.floor ?? null;
  const ragPair = pairs.find((p) => p.field === 'rag') ?? null;
  const currentRag = pairs.find((p) => p.field === 'current' && p.rag) ?? null;
  const previousRagPair = pairs.find((p) => p.field === 'previousRag') ?? null;
  const previousBracket = pairs.find((p) => p.field === 'previous' && p.rag) ?? null;
  // The previous period's RAG: a table column, a labelled pair, or brackets after the previous value.
  const previousRag: Cell | null =
    cols.cells.previousRag ??
    (previousRagPair ? { raw: previousRagPair.raw, prov: previousRagPair.prov } : previousBracket ? { raw: previousBracket.rag!, prov: previousBracket.prov } : null);

  // An arrow printed after the latest figure ('91.5% ▼', in a cell or on the line): the figure, and the change.
  const arrowed = cols.cells.current ? valueTokens(cols.cells.current.raw) : null;
  if (cols.cells.current && arrowed?.length === 2 && arrowed[0].type === 'number' && arrowed[1].type === 'arrow') {
    cols.cells.change ??= { raw: arrowed[1].raw, prov: cols.cells.current.prov };
    cols.cells.current = { ...cols.cells.current, raw: arrowed[0].raw };
  }
  cols.cells.direction ??= directionPhrase(items, f.positions, used) ?? undefined;
  cols.cells.change ??= changeWord(items, f.positions, used) ?? undefined;
  const headingPos = f.heading ?? untitledHeading(items, f.positions);
  // A dashboard tile's figure printed alone above the heading (or its headline under it) is the latest value,
  // unless a label says otherwise.
  if (headline?.caption != null) captionedHeadline(items, headline as { pos: number; caption: number }, cols, used);
  // A figure labelled by a period alone ('Q1 2024/25: 6.1%') beside the headline is the period before it.
  // Not where the headline's own caption names its period: captionedHeadline weighed the two periods already.
  const byPeriodOnly = headline?.caption == null && cols.cells.current && !cols.cells.previous && cols.currentLabel && labelPeriodKey(cols.currentLabel) && !vocabulary().fieldsOf(cols.currentLabel).length;
  if (headingPos !== null && (!cols.cells.current || byPeriodOnly)) {
    const k = f.positions.indexOf(headingPos);
    const above = f.positions.slice(0, k).filter((p) => !used.has(p));
    const tile = above.find((p, i) => tileFigure(items, p, i > 0 ? above[i - 1] : undefined)) ?? headline?.pos;
    const c = tile !== undefined ? items[tile].cls : null;
    // The headline printing the same figure is the labelled one again, not a later one.
    const same = byPeriodOnly && c?.type === 'values' && c.tokens[0].raw === cols.cells.current!.raw;
    if (tile !== undefined && c?.type === 'values' && !same) {
      if (byPeriodOnly) [cols.cells.previous, cols.previousLabel] = [cols.cells.current, cols.currentLabel];
      cols.cells.current = { raw: c.tokens[0].raw, prov: items[tile].prov };
      if (byPeriodOnly) cols.currentLabel = null;
      used.add(tile);
    }
  }
  const heading = headingPos !== null ? items[headingPos] : null;
  const headingCls = heading ? headingOf(heading) : null;
  if (headingPos !== null) used.add(headingPos);
  const badge = heading?.cls.type === 'title' && heading.cls.rag ? { raw: heading.cls.rag, prov: heading.prov } : null;
  const glued = heading?.cls.type === 'heading' && heading.cls.rag ? { raw: heading.cls.rag, prov: heading.prov } : null;
  // RAG: in the value table, else the rating just after its label, else the nearest rating word in the card.
  let rag: Cell | null = cols.rag ?? badge ?? (ragPair ? { raw: ragPair.raw, prov: ragPair.prov } : currentRag ? { raw: currentRag.rag!, prov: currentRag.prov } : null);
  const labelPos = f.positions.find((p) => items[p].cls.type === 'rag-label');
  if (labelPos !== undefined) {
    used.add(labelPos);
    const lc = items[labelPos].cls;
    if (lc.type === 'rag-label' && lc.rest) rag = { raw: lc.rest, prov: items[labelPos].prov };
    const after = f.positions.filter((p) => p > labelPos && !['badge', 'nav'].includes(items[p].cls.type))[0];
    if (!rag && after !== undefined && items[after].cls.type === 'rag-word') {
      rag = { raw: items[after].text, prov: items[after].prov };
      used.add(after);
    }
  }
  if (!rag) {
    const words = f.positions.filter((p) => items[p].cls.type === 'rag-word' && !used.has(p));
    const anchor = labelPos ?? f.positions[0];
    const best = words.sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor) || b - a)[0];
    if (best !== undefined) {
      const c = items[best].cls;
      rag = { raw: c.type === 'rag-word' ? c.rag : items[best].text, prov: items[best].prov };
      used.add(best);
      if (labelPos !== undefined) {
        notes.push('rag:nearest');
        confidence -= 0.05;
      }
    }
  }
  rag ??= glued; // a rating glued to an identified title ('… collected AMBER') gives way to any other printed
  f.positions.filter((p) => items[p].cls.type === 'rag-word' || items[p].cls.type === 'badge').forEach((p) => used.add(p));

  // Date line and navigation.
  let dated: string | null = null;
  for (const p of f.positions) {
    const c = items[p].cls;
    if (c.type === 'nav') {
      used.add(p);
      dated ??= c.dated;
    }
  }

  // Charts left in the card by a text dump: runs of loose values with period labels.
  if (markChartRuns(items, f.positions, used)) notes.push('chart:text');

  // Sections: the text after each label, text no label claimed, unlabelled commentary.
  const sections = cardSections(items, f.positions, used, sectionCells, headingPos);
  notes.push(...sections.notes);
  confidence -= 0.05 * sections.notes.length;
  const text = sections.text;
  // A form table names its card in a labelled cell ('Indicator | Missed bins', 'Ref | HS 4') when no heading does.
  const nameCell = names.find((n) => n.kind === 'name');
  const refCell = names.find((n) => n.kind === 'ref');
  // The card's own name cell wins over a heading without an identifier (a section or report heading above it).
  const named = nameCell && !headingCls?.id ? (indicatorHeading(nameCell.text) ?? { id: null, title: nameCell.text }) : null;
  if (!headingCls && !named) confidence -= 0.1;
  if (!rag) confidence -= 0.1;

  const start: Provenance = items[Math.min(...f.positions)].prov;
  const card: Card = {
    printedId: headingCls?.id ?? named?.id ?? refCell?.text ?? null,
    title: named?.title ?? headingCls?.title ?? null,
    targetLabel: cols.targetLabel,
    target: cols.cells.target ?? null,
    direction: cols.cells.direction ?? null,
    current: cols.cells.current ?? null,
    previous: cols.cells.previous ?? null,
    change: cols.cells.change ?? null,
    currentLabel: cols.currentLabel,
    periodBasis: basisOf(cols),
    rag,
    floorLabel: cols.cells.floor ? cols.floorLabel ?? null : null,
    floor: cols.cells.floor ?? null,
    previousRag,
    description: text('description'),
    commentary: text('commentary'),
    pathToGreen: text('path'),
    actions: text('actions'),
    usefulLinks: text('links'),
    dated,
    start: named ? nameCell!.prov : (heading?.prov ?? start),
    confidence: Math.max(0.05, Math.min(1, Number(confidence.toFixed(2)))),
    notes,
  };
  return { card, used };
}

/**
 * A headline figure captioned with its period ('47.1%' / 'Quarter 2 2024/25') is the current value; a figure the
 * labels give for the period before ('Q1 2024/25 46.0%') is then the previous one, when none is printed.
 */
function captionedHeadline(items: Item[], headline: { pos: number; caption: number }, cols: ValueColumns, used: Set<number>): void {
  const c = items[headline.pos].cls;
  const caption = items[headline.caption].text.replace(/\s+/g, ' ').trim();
  if (c.type !== 'values') return;
  const current = cols.cells.current;
  if (current && cols.currentLabel) {
    const [was, now] = [labelPeriodKey(cols.currentLabel), labelPeriodKey(caption)];
    if (!was || !now || was.yearless !== now.yearless || was.key >= now.key) return;
    if (!cols.cells.previous) [cols.cells.previous, cols.previousLabel] = [current, cols.currentLabel];
  } else if (current) return;
  cols.cells.current = { raw: c.tokens[0].raw, prov: items[headline.pos].prov };
  cols.currentLabel = caption;
  used.add(headline.pos).add(headline.caption);
}
