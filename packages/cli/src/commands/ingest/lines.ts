/**
 * Where ingest's lines go: results on stdout, failures on stderr, and on a terminal a progress bar that
 * is taken down before a line is printed and put back under it, so no line is ever drawn over.
 */

export interface Lines {
  /** A result line (stored, unchanged, duplicate, the summary) on stdout; hidden under the bar. */
  info(line: string): void;
  /** A failure on stderr, always shown. */
  error(line: string): void;
  /** The summary line on stdout, after the bar is gone. */
  summary(line: string): void;
  tick(payload: { pages: number; failed: number }): void;
  stop(): void;
}

/** Lines for one ingest of `total` documents; `bar` when stderr is a terminal and no JSON is wanted. */
export async function ingestLines(total: number, options: { bar: boolean; quiet: boolean; json: boolean }): Promise<Lines> {
  // cli-progress (and string-width's large regular expressions) only on a terminal.
  const cliProgress = options.bar ? (await import('cli-progress')).default : null;
  const bar = cliProgress ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} documents | {pages} pages | {failed} failed', hideCursor: true, clearOnComplete: true, gracefulExit: false }, cliProgress.Presets.shades_classic) : null;
  let value = 0;
  let payload = { pages: 0, failed: 0 };
  bar?.start(total, 0, payload);
  // cli-progress returns the cursor to where the bar started when it stops: stop it first, print, start it below.
  const around = (write: () => void) => {
    if (!bar) return write();
    bar.stop();
    write();
    bar.start(total, value, payload);
  };
  return {
    info(line) {
      if (bar || options.quiet || options.json) return;
      process.stdout.write(`${line}\n`);
    },
    error(line) {
      around(() => process.stderr.write(`${line}\n`));
    },
    summary(line) {
      if (!options.json) process.stdout.write(`${line}\n`);
    },
    tick(p) {
      value++;
      payload = p;
      bar?.update(value, p);
    },
    stop() {
      bar?.stop();
    },
  };
}
