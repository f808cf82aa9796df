/** Chart furniture in text: period axis labels ('Q1 2022/23', '2022-23 2023-24', 'Apr-24'). */
const PERIOD_TOKEN =
  /^(?:Q[1-4]|(?:19|20)\d{2}(?:[-/](?:\d{2}|\d{4}))?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[-' ]?\d{0,4})$/i;

/** A line made only of period labels. */
export function isPeriodLabelLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 0 && words[0] !== '' && words.every((w) => PERIOD_TOKEN.test(w));
}

/** Normalise a period label for storage ('Q1\n2022/23' → 'Q1 2022/23'). */
export function periodLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
