/** Text shown after `kpi --help`: examples a new user can copy, and what the exit codes mean. */
export const HELP_AFTER = `
Examples:
  kpi ingest fixtures                          read every paper under fixtures/ into kpi.sqlite
  kpi audit --severity error --fail-on error   errors only; exit 1 when there are any
  kpi audit --format html --out audit.html     one self-contained page for an auditor
  kpi export --format csv --bom > kpi.csv      every KPI card, for a spreadsheet
  kpi query "SELECT rule, count(*) AS n FROM v_findings GROUP BY rule"
  kpi series active library users              one measure's history with a sparkline
  kpi links                                    the identity pins you have made

From the repository root run it as 'pnpm exec kpi …' (or 'pnpm --silent kpi …'): plain
'pnpm kpi' adds pnpm's banner to stdout, which would end up in a redirected file.

Exit codes:
  0  success
  1  ingest: a document failed (the others are stored); audit --fail-on: such findings exist
  2  bad usage (unknown option, missing file or database, bad query)
  130 interrupted (Ctrl-C); what was stored is kept
`;
