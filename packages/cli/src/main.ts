/** The `kpi` command line. Commands load their modules when they run, so `query` never loads the extractors. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { UsageError } from './lib/errors';
import { emit } from './lib/output';
import { HELP_AFTER } from './lib/help';

/** The CLI package's version, printed by `kpi --version`. */
declare const __KPI_VERSION__: string | undefined;
/** The CLI's version: set by esbuild in the bundle (where import.meta.url is the cache), else read from package.json. */
export const VERSION: string = typeof __KPI_VERSION__ === 'string' ? __KPI_VERSION__ : JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
};

/** Run the command line; resolves with the exit code (0 ok, 1 a document failed, 2 bad usage). */
export async function run(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command('kpi')
    .description('Archive the KPI cards of council committee performance papers in SQLite.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run kpi --help for usage)')
    .version(VERSION, '-V, --version', 'print the version')
    .addHelpText('after', HELP_AFTER);
  const db = ['--db <file>', 'SQLite database', 'kpi.sqlite'] as const;

  program
    .command('ingest')
    .description('read papers (.pdf .docx .md .markdown .txt; directories recursively) into the archive')
    .argument('<paths...>', 'files or directories')
    .option(...db)
    .option('--jobs <n>', 'documents extracted in parallel (default: number of cores)', positiveInt)
    .option('--force', 're-ingest documents whose bytes are unchanged')
    .option('--quiet', 'print only failures and the summary')
    .option('--profile <file>', 'JSON profile of extra field labels, section labels and RAG words')
    .option('--timeout <seconds>', 'per-document time limit when --jobs > 1', positiveInt, 120)
    .option('--format <format>', 'text (a line per file) or json (one summary with every path\'s outcome)', 'text')
    .action(async (paths: string[], o) => {
      const { ingest } = await import('./commands/ingest/index');
      const s = await ingest(paths, o);
      code = s.interrupted ? 130 : s.failed ? 1 : 0;
    });
  program
    .command('audit')
    .description('print the findings grouped by report and severity')
    .option(...db)
    .option('--format <format>', 'text, json or html', 'text')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--severity <list>', 'only these severities (comma-separated: error, warning, info)')
    .option('--rule <list>', 'only these rules (comma-separated rule names)')
    .option('--fail-on <severity>', 'exit 1 when a shown finding is this severe or worse (error or warning)')
    .action(async (o) => {
      const r = (await import('./commands/audit/index')).auditResult(o);
      for (const note of r.notes) process.stderr.write(`kpi: ${note}\n`);
      await emit(r.output, o.out);
      code = r.failing ? 1 : 0;
    });
  program
    .command('export')
    .description('export a view (default v_observations) as CSV or JSON')
    .option(...db)
    .option('--view <name>', 'view to export', 'v_observations')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--bom', 'start the CSV with a byte-order mark (for spreadsheet programs that need it to read UTF-8)')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (o) => emit((await import('./commands/export/index')).exportView(o), o.out));
  program
    .command('query')
    .description('run a read-only SQL query')
    .argument('<sql>', 'a SELECT statement')
    .option(...db)
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--bom', 'start CSV output with a byte-order mark (for spreadsheet programs)')
    .action(async (sql: string, o) => emit((await import('./commands/query/index')).query(sql, o)));
  program
    .command('explain')
    .description('show what was recognised in one paper and why each candidate did or did not become a card')
    .argument('<file>')
    .option('--profile <file>', 'JSON profile of extra field labels, section labels and RAG words')
    .option('--format <format>', 'text or json', 'text')
    .action(async (file: string, o) => emit(await (await import('./commands/explain/index')).explain(file, o)));
  program
    .command('blocks')
    .description('print the raw blocks extracted from one file')
    .argument('<file>')
    .option('--format <format>', 'json or text', 'text')
    .action(async (file: string, o) => emit(await (await import('./commands/blocks/index')).blocks(file, o)));
  program
    .command('series')
    .description("one indicator's history, by key, identifier or title words")
    .argument('<words...>')
    .option(...db)
    .option('--format <format>', 'table or json', 'table')
    .action(async (words: string[], o) => emit((await import('./commands/series/index')).series(words.join(' '), o)));
  program
    .command('links')
    .description('list the pins made with link and unlink')
    .option(...db)
    .option('--format <format>', 'table or json', 'table')
    .action(async (o) => emit((await import('./commands/link/index')).links(o)));
  program
    .command('datasette-metadata')
    .description('print metadata.json for Datasette: views and columns described, internal tables hidden, canned queries')
    .option(...db)
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (o) => emit((await import('./commands/datasette/index')).datasette(o), o.out));
  for (const kind of ['link', 'unlink'] as const) {
    program
      .command(kind)
      .description(kind === 'link' ? 'pin two indicators (identifiers or titles) as the same measure' : 'pin two indicators apart')
      .argument('<a>')
      .argument('<b>')
      .option(...db)
      .action(async (a: string, b: string, o) => emit((await import('./commands/link/index')).link(kind, a, b, o)));
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      process.stderr.write(`kpi: ${e.message}\n`);
      return 2;
    }
    const name = (e as Error)?.name;
    if (name === 'StoreError') {
      process.stderr.write(`kpi: ${(e as Error).message}\n`);
      return 2;
    }
    if (name === 'ExtractError') {
      process.stderr.write(`kpi: ${(e as { code: string }).code}: ${(e as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`kpi: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}
