#!/usr/bin/env node
// The `kpi` command (`pnpm exec kpi …`): starts the command line from its prebuilt bundle (src/launch.mjs).
import '../src/launch.mjs';
