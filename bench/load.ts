/** Shared by the HTTP benchmarks: a throwaway demo CMS, and a pool of clients posting JSON. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildCmsIfChanged, seedIfEmpty, startCms, waitForCms } from '../scripts/lib/cms'
import { lockSummary } from './lockSummary'

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** Posts `total` JSON bodies from `concurrency` clients (optionally paced); counts 201s and times each. */
export async function post(
  url: string,
  body: (i: number) => unknown,
  total: number,
  concurrency: number,
  ratePerSecond?: number,
) {
  const latencies: number[] = []
  const answers: unknown[] = []
  let next = 0
  const started = performance.now()
  const worker = async () => {
    for (let i = next++; i < total; i = next++) {
      if (ratePerSecond) {
        const due = started + (i * 1000) / ratePerSecond
        if (due > performance.now())
          await new Promise((resolve) => setTimeout(resolve, due - performance.now()))
      }
      const t0 = performance.now()
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': `bench-${process.pid}-${i}-${Math.random()}`,
        },
        // Shown a minute ago, as a person's form is: the endpoints refuse a post without its start time.
        body: JSON.stringify({ startedAt: Date.now() - 60_000, ...(body(i) as object) }),
      })
      const answer = await response.json().catch(() => null)
      latencies.push(performance.now() - t0)
      if (response.status === 201) answers.push(answer)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    acknowledged: answers.length,
    answers,
    seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  }
}

/** A folder of its own for one CMS run's write-lock trace (bench/lockTrace.mjs). */
function lockFolder(parent: string, name: string, runJobs: boolean) {
  fs.mkdirSync(parent, { recursive: true })
  return fs.mkdtempSync(path.join(path.resolve(parent), `${name}-jobs-${runJobs ? 'on' : 'off'}-`))
}

/**
 * Builds (if needed), seeds and starts the CMS on a fresh data folder (or the one given); returns its URL, an admin
 * header, the data folder and a way to stop it. Jobs stay off unless `runJobs`, so a benchmark
 * measures the requests. With BENCH_PROFILE=<folder> the CMS writes a CPU profile there when stopped;
 * with BENCH_LOCKS=<folder> each of its processes times its holds of and waits for the write lock,
 * summed up when it is stopped.
 */
export async function startBenchCms(name: string, { runJobs = false, dataDir = '' } = {}) {
  dataDir ||= fs.mkdtempSync(path.join(os.tmpdir(), `kp-bench-${name}-`))
  const env = {
    ...process.env,
    PORTAL_DEMO: '1',
    PORTAL_DATA_DIR: dataDir,
    PAYLOAD_JOBS_AUTORUN: runJobs ? '1' : '0',
    FORM_RATE_LIMIT_POINTS: '100000000',
    // A benchmark brings its own data (and counts it): no generated demo history.
    DEMO_HISTORY: '0',
  }
  const profile = process.env.BENCH_PROFILE
  const locks = process.env.BENCH_LOCKS && lockFolder(process.env.BENCH_LOCKS, name, runJobs)
  const preload = (file: string) => `--import=${path.join(import.meta.dirname, file)}`
  const nodeOptions = [
    process.env.NODE_OPTIONS ?? '',
    ...(profile ? [`--cpu-prof --cpu-prof-dir=${path.resolve(profile)}`, preload('exitOnSignal.mjs')] : []),
    ...(locks ? [preload('lockTrace.mjs')] : []),
  ]
  const cmsEnv = {
    ...env,
    NODE_OPTIONS: nodeOptions.join(' '),
    ...(locks ? { BENCH_LOCKS_DIR: locks } : {}),
  }
  await buildCmsIfChanged(env, console.log)
  await seedIfEmpty(env)
  const port = 3100 + Math.floor(Math.random() * 800)
  const cms = `http://localhost:${port}`
  const { child, workerRunning } = startCms(cmsEnv, '127.0.0.1', port)
  await waitForCms(cms)
  // With jobs on, measured only once the worker runs: it loads after the first request.
  if (runJobs) await workerRunning
  const login = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.org', password: 'demo-kontaktportalen' }),
  })
  const { token } = (await login.json()) as { token: string }
  // Stopped with SIGINT, which the CMS under `--cpu-prof` (BENCH_PROFILE) answers by writing its profile.
  const stop = async () => {
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      if (child.pid) process.kill(-child.pid, 'SIGINT')
    })
    if (locks)
      console.log(
        `\nwrite lock, ${name}, job runner ${runJobs ? 'on' : 'off'}:\n${lockSummary(locks).join('\n')}`,
      )
  }
  return { cms, admin: { authorization: `JWT ${token}` }, dataDir, stop, pid: child.pid }
}
