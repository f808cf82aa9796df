/**
 * The layout families, read back through the real pipeline in every format and scored field by field.
 * Target per (family, format): every card, no spurious card, ≥ 99% of fields. Pairs in KNOWN_GAPS are
 * the ones the parser does not reach yet; for them the test asserts they still fall short, so the list
 * can only shrink as the parser improves (remove a pair when its test says it now meets the target).
 */
import { describe, expect, test } from '@jest/globals';
import JSZip from 'jszip';
import { FORMATS } from '../../lib/schema';
import { pdfTextItems } from '../../lib/blocks/pdf';
import { render } from './render';
import { FAMILIES } from './families';
import { generateReport } from './model';
import { Rng } from './random';
import { renderMarkdown } from './render/markdown';
import { renderText } from './render/text';
import { familyTable, fieldTable, meetsTarget, runFamilies, seedOf, type Result } from './run';
import { fieldRatio, truthOf } from './score';

/**
 * (family, format) pairs measured short of the target (3 seeds; none left on 30 Nov 2026 — `pnpm --silent
 * families --format pdf --misses` lists any). List a pair here only with a reason; delete it when the parser
 * reaches it, and the test then holds it to the target.
 */
const KNOWN_GAPS = new Set<string>([]);

const SEEDS = [1, 2, 3];
const results: Result[] = [];

describe('the generator is honest', () => {
  test('the same seed gives the same paper; another seed gives another', () => {
    for (const f of FAMILIES) {
      const a = renderText(f.build(generateReport(7, f.options), new Rng(7)));
      expect(renderText(f.build(generateReport(7, f.options), new Rng(7)))).toBe(a);
      expect(renderText(f.build(generateReport(8, f.options), new Rng(8)))).not.toBe(a);
    }
  });

  test('every value the truth holds is printed in the markdown and text papers', () => {
    for (const f of FAMILIES) {
      for (const n of SEEDS) {
        const seed = seedOf(f.name, n);
        const model = generateReport(seed, f.options);
        const doc = f.build(model, new Rng(seed).fork());
        const truth = truthOf(model, f);
        for (const printed of [renderMarkdown(doc), renderText(doc)]) {
          expect(printed).toContain(model.title);
          for (const c of truth.cards) {
            const values = [c.printedId, c.title, c.target, c.floor?.raw, c.floor?.label, c.current, c.previous, c.directionText, c.change, c.description, c.commentary, c.pathToGreen, c.actions];
            for (const v of values) if (v) expect({ family: f.name, found: printed.includes(v), v }).toEqual({ family: f.name, found: true, v });
          }
        }
      }
    }
  });

  test('the PDF and Word files print the same values (read back as text items and document XML)', async () => {
    for (const f of FAMILIES) {
      const seed = seedOf(f.name, 1);
      const model = generateReport(seed, f.options);
      const doc = f.build(model, new Rng(seed).fork());
      const pdf = await pdfTextItems(await render(doc, 'pdf'));
      const pdfText = pdf.pages.flatMap((p) => p.items.map((i) => i.text)).join(' ').replace(/\s+/g, ' ');
      const pdfWords = new Set(pdfText.split(' '));
      const xml = await (await JSZip.loadAsync(await render(doc, 'docx'))).file('word/document.xml')!.async('string');
      const docxText = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
      for (const c of truthOf(model, f).cards) {
        for (const v of [c.printedId, c.title, c.target, c.floor?.raw, c.current, c.previous, c.directionText, c.change, c.description, c.commentary]) {
          // A value wrapped in a PDF table cell is printed as lines of its words.
          const inPdf = (x: string) => pdfText.includes(x) || x.split(' ').every((w) => pdfWords.has(w));
          if (v) expect({ family: f.name, pdf: inPdf(v), docx: docxText.includes(v), v }).toEqual({ family: f.name, pdf: true, docx: true, v });
        }
      }
    }
  });

  test('each family mixes cards with and without identifiers and narrative (h has no identifiers)', () => {
    for (const f of FAMILIES) {
      const cards = SEEDS.flatMap((n) => generateReport(seedOf(f.name, n), f.options).cards);
      expect(cards.length).toBeGreaterThanOrEqual(9);
      const ids = new Set(cards.map((c) => c.printedId !== null));
      expect([f.name, [...ids].sort()]).toEqual([f.name, f.options?.ids === 'none' ? [false] : [false, true]]);
      for (const k of ['description', 'commentary', 'pathToGreen'] as const) expect([f.name, k, new Set(cards.map((c) => c[k] !== null)).size]).toEqual([f.name, k, 2]);
    }
  });
});

describe.each([...FORMATS])('layout families read back from %s', (format) => {
  test('every family: all cards and ≥ 99% of fields, or listed as a known gap that still falls short', async () => {
    const mine = await runFamilies({ formats: [format], seeds: SEEDS });
    results.push(...mine);
    for (const r of mine) {
      const key = `${r.family}/${r.format}`;
      const f = fieldRatio(r.score);
      const summary = { key, cards: `${r.score.found}/${r.score.cards}+${r.score.spurious}`, fields: `${f.right}/${f.total}`, misses: r.score.misses.slice(0, 3) };
      expect({ ...summary, meets: meetsTarget(r.score) }).toEqual({ ...summary, meets: !KNOWN_GAPS.has(key) });
    }
  }, 180_000);
});

test('accuracy tables (printed once)', () => {
  expect(results.length).toBe(FAMILIES.length * FORMATS.length);
  console.log(`layout families: cards found/expected(+spurious) and fields right\n${familyTable(results)}\n\nper field\n${fieldTable(results)}`);
});
