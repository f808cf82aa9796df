/** @kpi/normalise/quarter-name — a quarter's name for commands that print one without loading the period readers. */
export { quarterName } from './lib/quarter-name';
