/** Test support: KPI titles and narrative sentences of the kind council papers print, for the generator. */
import type { Rng } from './random';

export type KpiKind = 'percent' | 'count' | 'currency' | 'days' | 'rate';

/** Titles as councils word them, with their unit and polarity. */
export const KPI_POOL: { title: string; kind: KpiKind; lower: boolean }[] = [
  { title: 'Percentage of household waste sent for reuse, recycling and composting', kind: 'percent', lower: false },
  { title: 'Average number of days to process new housing benefit claims', kind: 'days', lower: true },
  { title: 'Number of affordable homes delivered', kind: 'count', lower: false },
  { title: 'Council tax collection rate', kind: 'percent', lower: false },
  { title: 'Percentage of major planning applications determined within 13 weeks', kind: 'percent', lower: false },
  { title: 'Missed bin collections per 100,000 collections', kind: 'rate', lower: true },
  { title: 'Working days lost to sickness absence per FTE', kind: 'days', lower: true },
  { title: 'Income from the commercial property portfolio', kind: 'currency', lower: false },
  { title: 'Percentage of calls answered within 60 seconds', kind: 'percent', lower: false },
  { title: 'Number of households in temporary accommodation', kind: 'count', lower: true },
  { title: 'Percentage of FOI requests answered within 20 working days', kind: 'percent', lower: false },
  { title: 'Net cost of the waste collection service', kind: 'currency', lower: true },
  { title: 'Average time to re-let council homes', kind: 'days', lower: true },
  { title: 'Percentage of adult social care reviews completed on time', kind: 'percent', lower: false },
  { title: 'Number of fly-tipping incidents reported', kind: 'count', lower: true },
  { title: 'Visits to council leisure centres', kind: 'count', lower: false },
  { title: 'Percentage of invoices paid within 30 days', kind: 'percent', lower: false },
  { title: 'Rate of children subject to a child protection plan per 10,000', kind: 'rate', lower: true },
  { title: 'Business rates collected', kind: 'currency', lower: false },
  { title: 'Number of active library members', kind: 'count', lower: false },
  { title: 'Percentage of food premises rated 4 or 5 for hygiene', kind: 'percent', lower: false },
  { title: 'Delayed transfers of care per 100,000 adults', kind: 'rate', lower: true },
];

const SENTENCES = {
  description: [
    'This measure counts {t} over the reporting period, using the nationally agreed definition.',
    'Shows {t}. Data is taken from the service case management system and reported quarterly.',
    'The {t} measure is used to compare performance with statistical neighbours.',
  ],
  commentary: [
    'Performance has moved since last quarter as demand rose over the summer. The service expects the position to settle next quarter.',
    'Staffing vacancies were filled in August and throughput has recovered. Monitoring continues through the service board.',
    'Results reflect a seasonal pattern seen in previous years. Officers are reviewing the data with partners.',
    'The figure includes a backlog cleared during the quarter, which affects comparison with the same period last year.',
  ],
  path: [
    'Additional agency staff have been agreed until March, and weekly case reviews are in place.',
    'A recovery plan has been agreed with the portfolio holder; progress is reported monthly.',
    'Process changes will be introduced from January to reduce waiting times.',
  ],
  actions: [
    'Review the allocation process with partners and report back next quarter.',
    'Complete the system upgrade and retrain staff by the end of the year.',
    'Publish the revised service standards on the council website.',
  ],
};

/** A narrative sentence of one kind about a KPI (templates only; the title is lower-cased into it). */
export function sentence(rng: Rng, kind: keyof typeof SENTENCES, title: string): string {
  return rng.pick(SENTENCES[kind]).replace('{t}', title.charAt(0).toLowerCase() + title.slice(1));
}
