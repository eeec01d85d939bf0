/**
 * `npm run bench:stats`: 100,000 interest registrations with their histories and 2,000 evenings
 * on SQLite (generated in bulk, as the demo's history is), then p50/p95 of the team statistics
 * (as an admin and as a recruiter) and of the public statistics over HTTP, against the 300 ms
 * p95 floor, with the CMS's CPU time per request (all its threads, and its main thread, which
 * every other request waits behind). BENCH_DATA_DIR reuses the data folder of an earlier run (its
 * path is printed), and a request gets BENCH_TIMEOUT_S seconds (default 60) before it counts as
 * unanswered.
 */
import fs from 'node:fs'
import path from 'node:path'

import { completion, runNode, stopAll } from '../scripts/lib/processes'
import { bin, root } from '../scripts/lib/tools'
import { startBenchCms } from './load'

const FLOOR_MS = 300
const requests = Number(process.env.BENCH_REQUESTS ?? 50)
const timeoutMs = Number(process.env.BENCH_TIMEOUT_S ?? 60) * 1000

/** CPU seconds a thread (or, for the process's own id, its main thread) has used, from /proc. */
const cpuSeconds = (stat: string) => {
  const fields = fs.readFileSync(stat, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

/**
 * The CMS's CPU time over a run: the whole process (its statistics threads included) and its main
 * thread alone, whose busy time is what other requests wait behind. Zero where /proc is missing.
 */
function cmsCpu(pid: number | undefined) {
  const read = () =>
    pid && fs.existsSync(`/proc/${pid}/stat`)
      ? { all: cpuSeconds(`/proc/${pid}/stat`), main: cpuSeconds(`/proc/${pid}/task/${pid}/stat`) }
      : { all: 0, main: 0 }
  const start = read()
  return () => {
    const end = read()
    return { all: end.all - start.all, main: end.main - start.main }
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

const get = (url: string, headers: Record<string, string>) =>
  fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) }).then(
    async (response) => ({ status: response.status, body: await response.arrayBuffer() }),
    () => ({ status: 0, body: null }),
  )

/**
 * Times `requests` sequential GETs after one to warm up, with the CMS's CPU per request; the
 * status when one is not answered 200.
 */
async function time(url: string, headers: Record<string, string>, pid: number | undefined) {
  const warm = await get(url, headers)
  if (warm.status !== 200) return { status: warm.status }
  const cpu = cmsCpu(pid)
  const latencies: number[] = []
  for (let i = 0; i < requests; i += 1) {
    const t0 = performance.now()
    const { status } = await get(url, headers)
    if (status !== 200) return { status }
    latencies.push(performance.now() - t0)
  }
  const used = cpu()
  latencies.sort((a, b) => a - b)
  return {
    status: 200,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    cpuMs: (used.all * 1000) / requests,
    mainThreadMs: (used.main * 1000) / requests,
  }
}

try {
  const { cms, admin, dataDir, stop, pid } = await startBenchCms('stats', {
    dataDir: process.env.BENCH_DATA_DIR,
  })
  console.log(`data folder: ${dataDir}`)
  const env = { ...process.env, PORTAL_DEMO: '1', PORTAL_DATA_DIR: dataDir, PAYLOAD_JOBS_AUTORUN: '0' }
  await completion(
    runNode(bin.payload, ['run', '../bench/statsData.ts'], { env, cwd: path.join(root, 'cms') }),
    'bench data',
  )
  const login = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'barn-unga.sodermalm@example.org', password: 'demo-kontaktportalen' }),
  })
  const recruiter = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
  const team = `${cms}/api/statistics/team?from=${day(-365)}&to=${day(1)}`
  const cases: [string, string, Record<string, string>][] = [
    ['team statistics, a year, as admin', team, admin],
    ['team statistics, a year, as recruiter', team, recruiter],
    ['public statistics', `${cms}/api/statistics/public`, {}],
  ]
  console.log(`\n${requests} requests each, one at a time (floor: p95 under ${FLOOR_MS} ms)`)
  for (const [name, url, headers] of cases) {
    const result = await time(url, headers, pid)
    if (result.status !== 200) {
      const why = result.status ? `HTTP ${result.status}` : `no answer within ${timeoutMs / 1000} s`
      console.log(`${name}: ${why}`)
      continue
    }
    const { p50, p95, cpuMs, mainThreadMs } = result as Record<string, number>
    console.log(
      `${name}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${p95 < FLOOR_MS ? 'within' : 'OVER'} ${FLOOR_MS} ms); ` +
        `CMS CPU ${cpuMs.toFixed(0)} ms a request, ${mainThreadMs.toFixed(0)} ms of it on the main thread`,
    )
  }
  // Stopped by its own signal, so that under BENCH_PROFILE it writes its profile.
  await stop()
} finally {
  stopAll()
}
process.exit(0)
