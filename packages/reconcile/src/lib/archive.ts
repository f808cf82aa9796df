/**
 * The archive as reconciliation reads it: stored observations and reports with the identity of the
 * paper they came from. The ground floor of the package: everything else imports these shapes, they
 * import nothing of the package.
 */
import type { NarrativeClaim } from '@kpi/extract';
import { quarterName, type Observation } from '@kpi/normalise';

/** One stored observation with its report's period, committee and file. */
export interface ArchiveObservation {
  observationId: number;
  reportId: number;
  documentSha: string;
  /** Order of the card in its report. */
  position: number;
  fiscalYear: string | null;
  quarter: number | null;
  committee: string | null;
  kind: string;
  fileName: string;
  observation: Observation;
}

/** One stored report with its narrative claims, RAG summary counts and RAG key. */
export interface ArchiveReport {
  reportId: number;
  documentSha: string;
  fileName: string;
  committee: string | null;
  committeeSource: string | null;
  fiscalYear: string | null;
  quarter: number | null;
  kind: string;
  claims: NarrativeClaim[];
  summary: { status: string; count: number | null; percentage: number | null; sourceRef: string | null }[];
  ragKey: { status: string; definition: string; sourceRef: string | null }[];
}

/** A chart data label read from a paper, tied to the card on its page. */
export interface ArchivePoint {
  observationId: number;
  series: string;
  periodLabel: string;
  raw: string;
  sourceRef: string;
}

/** A user's decision that two indicators (by identifier, key or title) are one measure, or are not. */
export interface UserPin {
  kind: 'link' | 'unlink';
  a: string;
  b: string;
}

/** A report's period as a sortable string ('2024/25-2'); '' when unknown. */
export const periodKey = (r: { fiscalYear: string | null; quarter: number | null }) => (r.fiscalYear ? `${r.fiscalYear}-${r.quarter ?? 0}` : '');

/** A report's period for messages: 'Q2 2024/25', or 'an unknown period'. */
export const periodName = (r: { fiscalYear: string | null; quarter: number | null }) => quarterName(r.fiscalYear, r.quarter, 'an unknown period');
