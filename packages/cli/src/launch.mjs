#!/usr/bin/env node
/**
 * The `kpi` command: runs the prebuilt bundle of src/bin.ts (rebuilt by esbuild when a source changed),
 * so start-up does not transpile TypeScript. `node --import tsx src/bin.ts` still runs the sources.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { bundleDir } from './lib/bundle.mjs';

await import(pathToFileURL(join(await bundleDir(), 'bin.mjs')).href);
