/**
 * A worker's share of a long PDF, kept between the pool's calls: the worker reads its range of pages
 * (answering with their margin texts, from which every range learns the paper's furniture), then lays the
 * range out, possibly again from the table the range before ended with, and lets it go when the paper is done.
 */
import { ExtractError, furnitureOf, layoutPages, marginKeys, pdfTextItems, type LaidOut, type PdfTextPage } from '@kpi/extract';

interface Held {
  bytes: Uint8Array;
  pages: PdfTextPage[];
  firstPage: number;
}

/** Ranges this worker holds, by the pool's key for them. */
const held = new Map<string, Held>();

/** Read pages firstPage..lastPage and keep them under `key`; their margin texts and how many text items they hold. */
export async function readRange(key: string, bytes: Uint8Array, firstPage: number, lastPage: number): Promise<{ margins: string[][]; items: number }> {
  const { pages } = await pdfTextItems(bytes, { firstPage, lastPage });
  held.set(key, { bytes, pages, firstPage });
  return { margins: pages.map(marginKeys), items: pages.reduce((n, p) => n + p.items.length, 0) };
}

/** Lay out the range kept under `key`, given every page's margin texts and the layout the page before ended with. */
export async function layoutRange(key: string, margins: string[][], carry: LaidOut['carry']): Promise<LaidOut> {
  const h = held.get(key);
  // A worker that crashed and was replaced holds nothing: the document fails with a reason, not a wrong result.
  if (!h) throw new ExtractError('unreadable', 'a worker reading part of the PDF was restarted');
  return layoutPages(h.bytes, h.pages, h.firstPage, furnitureOf(margins, margins.length), carry);
}

/** Forget the range kept under `key`. */
export function releaseRange(key: string): void {
  held.delete(key);
}
