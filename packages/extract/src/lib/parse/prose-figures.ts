/**
 * A card's figures written as a sentence, as exception reports print them: 'Performance was 24.6 days against
 * a target of 20 days, compared with 22.1 days in Quarter 1', '71% of inspections were on time (target 90%;
 * Quarter 1: 76%)'. Read only for a card that prints its figures nowhere else; each figure keeps its line.
 */
import type { Provenance } from '../schema';
import { QUARTER_NAME } from '../period-words';
import type { Pair } from './pairs';

/** A figure as a sentence prints it: '24.6 days', '71%', '£1.2m', '67.3 per cent'. */
const FIGURE = String.raw`-?[£$]?\d[\d,]*(?:\.\d+)?(?:%|\s?per\s?cent|\s(?:days?|weeks?|hours?|mins?|minutes)|[kmbp]\b)?`;
/** The period a figure is compared with: 'Quarter 1', 'Q1 2024/25', 'the same quarter last year', 'last quarter'. */
const EARLIER = String.raw`(?:${QUARTER_NAME}(?:\s+(?:19|20)\d{2}\s*[/-]\s*\d{2,4})?|(?:the\s+)?(?:previous|last|same)\s+(?:quarter|period|month|year)(?:\s+last\s+year)?)`;

/** The figure then 'against a target of' the target ('24.6 days against a target of 20 days'). */
const AGAINST = new RegExp(String.raw`(${FIGURE})\s+(?:against|compared\s+(?:with|to))\s+(?:a|the)\s+target\s+of\s+(${FIGURE})`, 'i');
/** The figure first, the target and the period before in brackets ('71% of … (target 90%; Quarter 1: 76%)'). */
const BRACKETED = new RegExp(String.raw`^(${FIGURE})(?![\w.])[^()]*\(\s*target:?\s+(${FIGURE})(?:\s*[;,]\s*(${EARLIER}):?\s+(${FIGURE}))?\s*\)`, 'i');
/** The period before ('compared with 22.1 days in Quarter 1', 'up from 74% last quarter'). */
const BEFORE = new RegExp(String.raw`(?:compared\s+(?:with|to)|(?:up|down)\s+from)\s+(${FIGURE})\s+(?:in\s+|for\s+)?(${EARLIER})`, 'i');

/** The figures one sentence of a card states: current and target, and the previous where it names one. */
export function proseFigures(text: string, prov: Provenance): Pair[] {
  const t = text.replace(/\s+/g, ' ').trim();
  const pair = (field: Pair['field'], label: string, raw: string): Pair => ({ field, label, raw: raw.trim(), rag: null, prov });
  const bracketed = BRACKETED.exec(t);
  if (bracketed) {
    const out = [pair('current', 'figure', bracketed[1]), pair('target', 'target', bracketed[2])];
    return bracketed[4] ? [...out, pair('previous', bracketed[3], bracketed[4])] : out;
  }
  const against = AGAINST.exec(t);
  if (!against) return [];
  const before = BEFORE.exec(t.slice(against.index + against[0].length));
  const out = [pair('current', 'figure', against[1]), pair('target', 'target', against[2])];
  return before ? [...out, pair('previous', before[2], before[1])] : out;
}
