/** Preloaded into every benchmarked process: on exit, reports its whole-process CPU seconds (all threads) and peak RSS. */
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`BENCH_RUSAGE ${JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, rssMb: u.maxRSS / 1024 })}\n`);
});
