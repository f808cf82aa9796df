/** UK financial years (April–March) and quarters (Q1 = April–June) from the ways papers state a period. */
import { financialYearStart, monthNumber, type PeriodEvidence } from '@kpi/extract';
import { quarterName } from './quarter-name';

export interface Period {
  fiscalYear: string | null;
  quarter: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  source: string | null;
}

/** '2024/25' for a start year of 2024. */
export function fiscalYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export { quarterName };

/** A running quarter number (start year × 4 + quarter − 1) as people write it: 'Q2 2024/25'. */
export function quarterOfIndex(i: number): string {
  return quarterName(fiscalYearLabel(Math.floor(i / 4)), (i % 4) + 1);
}

/** Start year of '2024/25', '2024-25', '2024/2025', '24/25' (the extractor's one reading of a financial year). */
export const fiscalStartYear = financialYearStart;

/** Fiscal year and quarter of a calendar date (month 1-12). */
export function fiscalQuarterOf(year: number, month: number): { startYear: number; quarter: number } {
  const startYear = month >= 4 ? year : year - 1;
  const quarter = Math.floor(((month + 8) % 12) / 3) + 1;
  return { startYear, quarter };
}

/** First and last day (ISO) of a fiscal quarter. */
export function quarterBounds(startYear: number, quarter: number): { start: string; end: string } {
  const firstMonth = ((quarter - 1) * 3 + 3) % 12; // 0-based: Q1 → April (3)
  const year = quarter === 4 ? startYear + 1 : startYear;
  const start = new Date(Date.UTC(year, firstMonth, 1));
  const end = new Date(Date.UTC(year, firstMonth + 3, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** '17 September 2025' → '2025-09-17'; 'May 2025' → { year, month }. */
export function parseDate(text: string): { year: number; month: number; day: number | null } | null {
  const m = /(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d{2})/.exec(text);
  if (!m) return null;
  const month = monthNumber(m[2]);
  if (!month) return null;
  return { year: Number(m[3]), month, day: m[1] ? Number(m[1]) : null };
}

/** ISO date of a full date, or null. */
export function isoDate(text: string | null): string | null {
  const d = text ? parseDate(text) : null;
  if (!d || d.day === null) return null;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The latest quarter that ended before the given month began (a paper dated May 2025 reports Q4 2024/25). */
export function quarterReportedIn(year: number, month: number): { startYear: number; quarter: number } {
  const prev = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  const q = fiscalQuarterOf(prev.year, prev.month);
  // The month before may sit inside a quarter that has not ended; step back to the last full one.
  const lastMonthOfQuarter = [6, 9, 12, 3][q.quarter - 1];
  if (prev.month !== lastMonthOfQuarter) return q.quarter === 1 ? { startYear: q.startYear - 1, quarter: 4 } : { startYear: q.startYear, quarter: q.quarter - 1 };
  return q;
}

/** Resolve a report's period from its evidence, strongest first: title, covering dates, statement, card dates, production date. */
export function resolvePeriod(evidence: PeriodEvidence[]): Period {
  const order = ['title', 'covering', 'statement', 'card-date', 'produced'] as const;
  for (const source of order) {
    const found = evidence.filter((e) => e.source === source);
    for (const e of found) {
      const r = periodFrom(e);
      if (r) {
        const b = quarterBounds(r.startYear, r.quarter);
        return { fiscalYear: fiscalYearLabel(r.startYear), quarter: r.quarter, periodStart: b.start, periodEnd: b.end, source };
      }
    }
  }
  return { fiscalYear: null, quarter: null, periodStart: null, periodEnd: null, source: null };
}

function periodFrom(e: PeriodEvidence): { startYear: number; quarter: number } | null {
  if (e.source === 'title' || e.source === 'statement') {
    const q = /quarter\s*([1-4])/i.exec(e.text);
    const start = fiscalStartYear(e.text.replace(/quarter\s*[1-4]/i, ''));
    return q && start !== null ? { startYear: start, quarter: Number(q[1]) } : null;
  }
  if (e.source === 'covering') {
    // The end of the range decides the quarter ('1 July 2024 to 30 September 2024', 'April to June 2025').
    const dates = [...e.text.matchAll(/(?:\d{1,2}\s+)?[A-Za-z]{3,9}\s+\d{4}/g)].map((m) => parseDate(m[0])).filter((d) => d !== null);
    const end = dates[dates.length - 1];
    return end ? fiscalQuarterOf(end.year, end.month) : null;
  }
  const d = parseDate(e.text);
  return d ? quarterReportedIn(d.year, d.month) : null;
}
