#!/usr/bin/env node
import { run } from './main';

// A reader that stops early (`kpi export | head`) closes the pipe: the output is finished, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await run(process.argv.slice(2));
