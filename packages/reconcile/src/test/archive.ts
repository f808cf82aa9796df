/** Test support: an in-memory archive (what the store would hold) built from papers, in a given order. */
import { parseBlocks, readDocument } from '@kpi/extract';
import { normaliseReport, type NormalisedReport } from '@kpi/normalise';
import type { ArchiveObservation, ArchiveReport } from '../lib/archive';
import { corpus } from '../../../../test/expected';

export interface Archive {
  observations: ArchiveObservation[];
  reports: ArchiveReport[];
}

/** Read papers from fixtures/corpus; ids are handed out in the order given, like an ingest would. */
export async function archiveOf(names: string[]): Promise<Archive> {
  const docs = await Promise.all(names.map(async (name) => {
    const doc = await readDocument(corpus(name));
    return { name, sha: doc.sha256, report: normaliseReport(parseBlocks(doc.blocks)) };
  }));
  return build(docs);
}

/** Build the archive from normalised reports (synthetic tests make their own). */
export function build(docs: { name: string; sha: string; report: NormalisedReport }[]): Archive {
  let nextObs = 1;
  const observations: ArchiveObservation[] = [];
  const reports: ArchiveReport[] = [];
  docs.forEach(({ name, sha, report }, i) => {
    const reportId = i + 1;
    reports.push({
      reportId,
      documentSha: sha,
      fileName: name,
      committee: report.meta.committee,
      committeeSource: report.meta.committee ? 'printed' : null,
      fiscalYear: report.meta.fiscalYear,
      quarter: report.meta.quarter,
      kind: report.meta.kind,
      claims: report.claims,
      summary: report.summary.map((s) => ({ status: s.status, count: s.count.value, percentage: s.percentage.value, sourceRef: 'summary' })),
      ragKey: report.ragKey.map((k) => ({ status: k.status, definition: k.definition, sourceRef: 'key' })),
    });
    report.observations.forEach((observation, position) => {
      observations.push({ observationId: nextObs++, reportId, documentSha: sha, position, fiscalYear: report.meta.fiscalYear, quarter: report.meta.quarter, committee: report.meta.committee, kind: report.meta.kind, fileName: name, observation });
    });
  });
  return { observations, reports };
}
