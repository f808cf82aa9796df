import { describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBlocks, readDocument } from '@kpi/extract';
import { normaliseReport } from '@kpi/normalise';
import { openStore, StoreError } from '../index';
import { corpus } from '../../../../test/expected';

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'kpi-rows-')), 'k.sqlite');

describe('observation rows', () => {
  test('every observation reads back as it was written: values, provenance, scorecard row', async () => {
    const doc = await readDocument(corpus('cosmic-2025-26-q1.docx'));
    const report = normaliseReport(parseBlocks(doc.blocks));
    const store = openStore(tmpDb());
    store.writeDocument({ path: doc.path, fileName: doc.fileName, format: doc.format, sha256: doc.sha256, pages: doc.pages, bytes: 1, report });
    const back = store.observations().sort((a, b) => a.position - b.position).map((o) => o.observation);
    expect(back.length).toBe(report.observations.length);
    expect(report.observations.some((o) => o.scorecard)).toBe(true);
    // Values carry the observation's unit when read back (one unit column per row).
    expect(back).toEqual(report.observations.map((o) => ({ ...o, target: { ...o.target, unit: o.unit }, current: { ...o.current, unit: o.unit }, previous: { ...o.previous, unit: o.unit }, floor: { ...o.floor, unit: o.unit } })));
    store.close();
  });

  test('a detail column changed outside kpi is a one-line error, not a wrong archive', async () => {
    const doc = await readDocument(corpus('cosmic-2024-25-q2-appendix.md'));
    const store = openStore(tmpDb());
    store.writeDocument({ path: doc.path, fileName: doc.fileName, format: doc.format, sha256: doc.sha256, pages: doc.pages, bytes: 1, report: normaliseReport(parseBlocks(doc.blocks)) });
    store.db.prepare(`UPDATE observations SET detail = '{"where": {"current": {"page": "two"}}, "scorecard": null}' WHERE position = 0`).run();
    expect(() => store.observations()).toThrow(StoreError);
    expect(() => store.observations()).toThrow(/^observation \d+ detail does not hold what kpi wrote \(where\.current\.page: .*\); the database was changed outside kpi$/);
    store.close();
  });
});
