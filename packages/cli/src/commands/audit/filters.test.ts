import { describe, expect, test, beforeAll } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from '../../../../../test/expected';
import { kpi } from '../../test/run-kpi';

describe('audit filters and exit codes', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'kpi-audit-')), 'k.sqlite');
  let all: { severity: string; rule: string }[];
  const shown = async (...args: string[]) => {
    const r = await kpi('audit', '--db', db, '--format', 'json', ...args);
    return { code: r.code, err: r.err, findings: JSON.parse(r.out).reports.flatMap((x: { findings: { severity: string; rule: string }[] }) => x.findings) as { severity: string; rule: string }[] };
  };
  beforeAll(async () => {
    // The Q4 cover and dashboard disagree (errors); the Q2 appendix adds warnings and notes.
    const r = await kpi('ingest', corpus('cosmic-2024-25-q4-cover.pdf'), corpus('cosmic-2024-25-q4-dashboard.pdf'), corpus('cosmic-2024-25-q2-appendix.md'), '--db', db, '--jobs', '1', '--quiet');
    expect(r.code).toBe(0);
    all = (await shown()).findings;
  }, 120_000);

  test('the archive holds findings of every severity', () => {
    const count = (s: string) => all.filter((f) => f.severity === s).length;
    expect(count('error')).toBeGreaterThan(0);
    expect(count('warning')).toBeGreaterThan(0);
    expect(count('info')).toBeGreaterThan(0);
  });

  test('--severity shows only those severities; --rule only those rules; both together', async () => {
    const errors = await shown('--severity', 'error');
    expect(errors.findings.length).toBe(all.filter((f) => f.severity === 'error').length);
    expect(new Set(errors.findings.map((f) => f.severity))).toEqual(new Set(['error']));
    const ew = await shown('--severity', 'error,warning');
    expect(ew.findings.length).toBe(all.filter((f) => f.severity !== 'info').length);
    const rule = await shown('--rule', 'missing-field');
    expect(rule.findings.length).toBe(all.filter((f) => f.rule === 'missing-field').length);
    expect(new Set(rule.findings.map((f) => f.severity))).toEqual(new Set(['warning', 'info']));
    const both = await shown('--rule', 'missing-field,rag-vs-rule', '--severity', 'warning');
    expect(both.findings.length).toBe(all.filter((f) => f.severity === 'warning' && ['missing-field', 'rag-vs-rule'].includes(f.rule)).length);
    expect(both.findings.length).toBeGreaterThan(1);
  });

  test('--fail-on exits 1 only when a shown finding is that severe or worse', async () => {
    expect((await kpi('audit', '--db', db)).code).toBe(0);
    expect((await kpi('audit', '--db', db, '--fail-on', 'error')).code).toBe(1);
    expect((await kpi('audit', '--db', db, '--fail-on', 'warning', '--severity', 'warning')).code).toBe(1);
    // Only notes shown: neither an error nor a warning, so the audit passes.
    expect((await kpi('audit', '--db', db, '--fail-on', 'warning', '--severity', 'info')).code).toBe(0);
    expect((await kpi('audit', '--db', db, '--fail-on', 'error', '--rule', 'rag-vs-rule')).code).toBe(0);
    expect((await kpi('audit', '--db', db, '--fail-on', 'warning', '--rule', 'rag-vs-rule')).code).toBe(1);
  });

  test('bad values are usage errors; a rule with no findings is said on stderr', async () => {
    expect((await kpi('audit', '--db', db, '--severity', 'critical')).err).toBe('kpi: --severity takes error, warning, info (not critical)\n');
    expect((await kpi('audit', '--db', db, '--fail-on', 'info')).code).toBe(2);
    const typo = await kpi('audit', '--db', db, '--rule', 'cover-vs-cards');
    expect(typo.code).toBe(0);
    expect(typo.err).toMatch(/^kpi: no finding in the archive has rule 'cover-vs-cards' \(rules with findings: .*cover-vs-card,/);
    expect(typo.out).toMatch(/^0 findings/m);
  });
});
