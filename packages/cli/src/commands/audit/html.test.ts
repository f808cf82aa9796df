import { describe, expect, test, beforeAll } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpus } from '../../../../../test/expected';
import { kpi } from '../../test/run-kpi';
import { trendSvg, shortNumber } from './chart';

describe('the HTML audit an auditor can act on', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'kpi-html-')), 'k.sqlite');
  let html: string;
  let json: { reports: { report_id: number; file_name: string; renditions: string[]; findings: { finding_id: number }[] }[] };
  beforeAll(async () => {
    // The Q2 appendix as PDF and as markdown (one paper), the Q4 dashboard and the Q1 2025/26 paper: Q3 is missing.
    const files = ['cosmic-2024-25-q2-appendix.pdf', 'cosmic-2024-25-q2-appendix.md', 'cosmic-2024-25-q4-dashboard.pdf', 'cosmic-2025-26-q1.docx'].map(corpus);
    expect((await kpi('ingest', ...files, '--db', db, '--jobs', '1', '--quiet')).code).toBe(0);
    html = (await kpi('audit', '--db', db, '--format', 'html')).out;
    json = JSON.parse((await kpi('audit', '--db', db, '--format', 'json')).out);
  }, 120_000);

  test('renditions are one paper, named by the published file', () => {
    expect(json.reports.map((r) => r.file_name).sort()).toEqual(['cosmic-2024-25-q2-appendix.pdf', 'cosmic-2024-25-q4-dashboard.pdf', 'cosmic-2025-26-q1.docx']);
    expect(json.reports.find((r) => r.file_name.endsWith('appendix.pdf'))!.renditions).toEqual(['cosmic-2024-25-q2-appendix.md']);
    expect(html).toContain('also archived as cosmic-2024-25-q2-appendix.md');
    expect(html).not.toMatch(/<h2>[^<]*appendix\.md/);
  });

  test('a severity summary, contents linking to each paper, an anchor on every finding', () => {
    const all = json.reports.flatMap((r) => r.findings);
    expect(all.length).toBeGreaterThan(5);
    expect(html).toMatch(/<table class="overview"><tr><th>Rule<\/th><th><span class="sev error">\d+ errors?<\/span><\/th><th><span class="sev warning">\d+ warnings?<\/span>/);
    const errors = (html.match(/<li class="finding error"/g) ?? []).length;
    expect(html).toContain(`<span class="sev error">${errors} error${errors === 1 ? '' : 's'}</span>`);
    for (const r of json.reports) {
      expect(html).toContain(`<a href="#report-${r.report_id}">${r.file_name}</a>`);
      expect(html).toContain(`<section id="report-${r.report_id}">`);
    }
    for (const f of all) expect(html).toContain(`id="finding-${f.finding_id}"><a class="anchor" href="#finding-${f.finding_id}"`);
  });

  test('sources link to the page of the file; RAG statuses are coloured chips', () => {
    const pdf = pathToFileURL(corpus('cosmic-2024-25-q4-dashboard.pdf')).href;
    expect(html).toMatch(new RegExp(`<a href="${pdf}#page=\\d+">cosmic-2024-25-q4-dashboard\\.pdf, p\\. \\d+`));
    expect(html).toContain('<span class="chip" style="background:#1e8449">Green</span>');
  });

  test('charts have a value axis, printed values, period labels, and a gap where a quarter has no paper', () => {
    const figure = html.slice(html.indexOf('<figure id="indicator-cosmic-003">'));
    const svg = figure.slice(0, figure.indexOf('</svg>'));
    for (const label of ['Q2 24/25', 'Q3 24/25', 'Q4 24/25', 'Q1 25/26']) expect(svg).toContain(`>${label}</text>`);
    for (const value of ['100,142', '102,264', '100,196']) expect(svg).toContain(`class="val">${value}</text>`);
    expect(svg).toContain('class="gap">no paper</text>');
    // Q2 stands alone: the line starts at Q4 instead of being drawn across the missing quarter.
    expect((svg.match(/<polyline points="[^"]*" fill="none" stroke="#34495e"/g) ?? []).length).toBe(1);
    expect(svg).toMatch(/class="tick">10\dk<\/text>/);
  });
});

describe('trendSvg', () => {
  const pt = (label: string, value: number | null) => ({ label, paper: value !== null, value, raw: value === null ? null : `${value}%`, target: 90, rag: value === null ? null : 'Green' });
  test('scales to the data: a 2-point move is not drawn full height against a 0-based axis', () => {
    const svg = trendSvg([pt('Q1 2024/25', 94), pt('Q2 2024/25', 96)]);
    const ys = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    const ticks = [...svg.matchAll(/class="tick">([^<]+)</g)].map((m) => m[1]);
    // The axis prints the real range (target 90 to 96), so the move is read against its numbers.
    expect(ticks.slice(0, 3)).toEqual(['90', '93', '96']);
    expect(ys[0] - ys[1]).toBeGreaterThan(10);
  });
  test('a gap breaks the line', () => {
    const svg = trendSvg([pt('Q1 2024/25', 94), pt('Q2 2024/25', 95), pt('Q3 2024/25', null), pt('Q4 2024/25', 96), pt('Q1 2025/26', 97)]);
    expect((svg.match(/<polyline points="[^"]*" fill="none" stroke="#34495e"/g) ?? []).length).toBe(2);
    expect(svg).toContain('no paper');
  });
  test('short axis numbers', () => {
    expect([shortNumber(102264), shortNumber(12345), shortNumber(2_500_000), shortNumber(94.5), shortNumber(0.25)]).toEqual(['102k', '12.3k', '2.5m', '94.5', '0.25']);
  });
});
