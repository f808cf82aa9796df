/** Test support: every layout family, in the order of the list (a–o), then later ones (p, q, r). */
import type { Family } from './common';
import { horizontal } from './horizontal';
import { verticalRows, verticalHeaded } from './vertical';
import { labelLines, inlinePairs, underLabel } from './lines';
import { dashboard } from './dashboard';
import { badge } from './badge';
import { boldLabels } from './bold';
import { dialect } from './dialect';
import { summaryRows, summaryColumns } from './summary';
import { spaced, periods, letters } from './tables';
import { scorecard } from './scorecard';
import { formTable } from './form';
import { tiles } from './tiles';

export type { Family } from './common';
export const FAMILIES: Family[] = [horizontal, verticalRows, verticalHeaded, labelLines, inlinePairs, underLabel, dashboard, badge, boldLabels, dialect, summaryRows, summaryColumns, spaced, periods, letters, scorecard, formTable, tiles];
