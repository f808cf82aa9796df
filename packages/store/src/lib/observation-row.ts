/**
 * An observation ↔ its row of the `observations` table, both directions from one column list, so a
 * new field is added in one place. The `detail` JSON (field provenance, scorecard row) is validated
 * with zod when read back.
 */
// A namespace import lets the bundler keep only the parts of zod in use (the whole library was ~3/4 of the bundle to compile).
import * as z from 'zod';
import { Provenance, ScorecardRow } from '@kpi/extract/schema';
import type { Observation } from '@kpi/normalise';
import { readJson } from './json';

/** Fields stored as they are: column → observation field. */
const PLAIN = {
  origin: 'origin',
  printed_id: 'printedId',
  reported_id: 'reportedId',
  reported_id_source: 'reportedIdSource',
  title: 'title',
  target_label: 'targetLabel',
  direction_raw: 'directionRaw',
  direction: 'direction',
  unit: 'unit',
  period_basis: 'periodBasis',
  current_label: 'currentLabel',
  change_raw: 'changeRaw',
  change: 'change',
  rag_raw: 'ragRaw',
  rag: 'rag',
  floor_label: 'floorLabel',
  previous_rag_raw: 'previousRagRaw',
  previous_rag: 'previousRag',
  description: 'description',
  commentary: 'commentary',
  path_to_green: 'pathToGreen',
  actions: 'actions',
  useful_links: 'usefulLinks',
  dated: 'dated',
  source_page: 'sourcePage',
  source_ref: 'sourceRef',
  confidence: 'confidence',
} as const satisfies Record<string, keyof Observation>;

/** Printed values stored as `<name>_raw` text and `<name>_value` number; the unit is the observation's. */
const VALUES = ['target', 'current', 'previous', 'floor'] as const satisfies readonly (keyof Observation)[];

/** Every column an observation fills, besides report_id and position. */
export const OBSERVATION_COLUMNS: readonly string[] = [...Object.keys(PLAIN), ...VALUES.flatMap((v) => [`${v}_raw`, `${v}_value`]), 'notes', 'detail'];

const WHERE_FIELDS = ['target', 'floor', 'direction', 'current', 'previous', 'change', 'rag', 'previousRag', 'heading'] as const;
const Detail = z.object({
  where: z.partialRecord(z.enum(WHERE_FIELDS), Provenance),
  scorecard: ScorecardRow.nullable(),
});

/** The row's named parameters for an observation (column → value). */
export function observationToRow(o: Observation): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [column, field] of Object.entries(PLAIN)) row[column] = o[field] ?? null;
  for (const v of VALUES) {
    row[`${v}_raw`] = o[v].raw ?? null;
    row[`${v}_value`] = o[v].value ?? null;
  }
  row.notes = o.notes.length ? o.notes.join(',') : null;
  row.detail = JSON.stringify({ where: o.where, scorecard: o.scorecard });
  return row;
}

/** The observation a stored row holds. Throws StoreError('bad-data') when its detail JSON is not what was written. */
export function observationFromRow(row: Record<string, unknown>): Observation {
  const detail = readJson(Detail, row.detail, `observation ${String(row.observation_id)} detail`);
  const plain = Object.fromEntries(Object.entries(PLAIN).map(([column, field]) => [field, row[column] ?? null]));
  const values = Object.fromEntries(VALUES.map((v) => [v, { raw: row[`${v}_raw`] ?? null, value: row[`${v}_value`] ?? null, unit: row.unit ?? null }]));
  return {
    ...plain,
    ...values,
    notes: row.notes ? String(row.notes).split(',') : [],
    where: detail.where,
    scorecard: detail.scorecard,
  } as Observation;
}
