#!/usr/bin/env node
// The `kpi` command (`pnpm exec kpi …`): registers tsx so the TypeScript sources run without a build step,
// then starts the command line in src/bin.ts.
import { register } from 'tsx/esm/api';

register();
await import('../src/bin.ts');
