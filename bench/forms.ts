/**
 * `npm run bench:forms`: interest registrations per second and latency through HTTP against the
 * real CMS on a throwaway SQLite database, then a burst; prints how many were acknowledged and
 * how many are stored (they must be equal).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildCmsIfChanged, startCms, waitForCms } from '../scripts/lib/cms'
import { completion, runNode, stopAll } from '../scripts/lib/processes'
import { bin, root } from '../scripts/lib/tools'

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function run(url: string, body: (i: number) => unknown, total: number, concurrency: number, ratePerSecond?: number) {
  const latencies: number[] = []
  let acknowledged = 0
  let next = 0
  const started = performance.now()
  const worker = async () => {
    for (let i = next++; i < total; i = next++) {
      if (ratePerSecond) {
        const due = started + (i * 1000) / ratePerSecond
        if (due > performance.now()) await new Promise((resolve) => setTimeout(resolve, due - performance.now()))
      }
      const t0 = performance.now()
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${process.pid}-${i}-${Math.random()}` },
        body: JSON.stringify(body(i)),
      })
      await response.arrayBuffer()
      latencies.push(performance.now() - t0)
      if (response.status === 201) acknowledged += 1
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return { acknowledged, seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-bench-forms-'))
const env = { ...process.env, PORTAL_DEMO: '1', PORTAL_DATA_DIR: dataDir, PAYLOAD_JOBS_AUTORUN: '0', FORM_RATE_LIMIT_POINTS: '100000000' }
try {
  await buildCmsIfChanged(env, console.log)
  await completion(runNode(bin.payload, ['run', '../scripts/seed.ts'], { env, cwd: path.join(root, 'cms'), quiet: true }), 'seed')
  const port = 3100 + Math.floor(Math.random() * 800)
  const cms = `http://localhost:${port}`
  startCms(env, '127.0.0.1', port)
  await waitForCms(cms)
  const municipalities = (await (await fetch(`${cms}/api/municipalities?depth=0&pagination=false`)).json()) as { docs: { id: string; slug: string }[] }
  const stockholm = municipalities.docs.find((m) => m.slug === 'stockholm')?.id
  const body = (i: number) => ({
    services: i % 3 ? ['contact-person'] : ['contact-family', 'lss-short-break-family'],
    municipality: stockholm,
    district: i % 2 ? 'sodermalm' : undefined,
    name: `Bench ${i}`,
    email: `bench${i}@example.org`,
    phone: '070-123 45 67',
    adults: 2,
    consent: true,
  })
  const url = `${cms}/api/forms/interest`
  await run(url, body, 50, 4)
  const steady = await run(url, body, 1000, 8, 100)
  console.log(`\nsteady 100/s: ${steady.acknowledged} acknowledged in ${steady.seconds.toFixed(1)} s, p50 ${steady.p50.toFixed(1)} ms, p99 ${steady.p99.toFixed(1)} ms`)
  const burstSize = Number(process.env.BENCH_BURST ?? 10_000)
  const burst = await run(url, body, burstSize, 64)
  console.log(`burst of ${burstSize}: ${burst.acknowledged} acknowledged in ${burst.seconds.toFixed(1)} s (${(burst.acknowledged / burst.seconds).toFixed(0)}/s), p50 ${burst.p50.toFixed(1)} ms, p99 ${burst.p99.toFixed(1)} ms`)
  const login = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.org', password: 'demo-kontaktportalen' }),
  })
  const { token } = (await login.json()) as { token: string }
  const stored = (await (await fetch(`${cms}/api/interest-registrations/count`, { headers: { authorization: `JWT ${token}` } })).json()) as { totalDocs: number }
  const acknowledged = 50 + steady.acknowledged + burst.acknowledged
  console.log(`acknowledged ${acknowledged}, stored ${stored.totalDocs}: ${acknowledged === stored.totalDocs ? 'equal' : 'NOT EQUAL'}`)
} finally {
  stopAll()
}
process.exit(0)
