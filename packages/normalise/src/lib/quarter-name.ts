/** A quarter's name, apart from the period readers so commands can print one without loading them. */

/** A report's quarter as people write it: 'Q2 2024/25'; `unknown` where the paper gives no period. */
export function quarterName(fiscalYear: string | null, quarter: number | null, unknown = 'period unknown'): string {
  return fiscalYear && quarter ? `Q${quarter} ${fiscalYear}` : unknown;
}
