// Preloaded into the CMS by BENCH_PROFILE: a signal ends the process through `process.exit`, which
// is what makes `--cpu-prof` write its profile (a default signal death writes nothing).
process.once('SIGINT', () => process.exit(130))
