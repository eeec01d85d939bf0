/**
 * `npm run bench:forms`: interest registrations per second and latency through HTTP against the
 * real CMS on a throwaway SQLite database, then a burst; prints how many were acknowledged and
 * how many are stored (they must be equal).
 */
import { stopAll } from '../scripts/lib/processes'
import { post, startBenchCms } from './load'

try {
  const { cms, admin } = await startBenchCms('forms')
  const municipalities = (await (
    await fetch(`${cms}/api/municipalities?depth=0&pagination=false`)
  ).json()) as { docs: { id: string; slug: string }[] }
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
  await post(url, body, 50, 4)
  const steady = await post(url, body, 1000, 8, 100)
  console.log(
    `\nsteady 100/s: ${steady.acknowledged} acknowledged in ${steady.seconds.toFixed(1)} s, p50 ${steady.p50.toFixed(1)} ms, p99 ${steady.p99.toFixed(1)} ms`,
  )
  const burstSize = Number(process.env.BENCH_BURST ?? 10_000)
  const burst = await post(url, body, burstSize, 64)
  console.log(
    `burst of ${burstSize}: ${burst.acknowledged} acknowledged in ${burst.seconds.toFixed(1)} s (${(burst.acknowledged / burst.seconds).toFixed(0)}/s), p50 ${burst.p50.toFixed(1)} ms, p99 ${burst.p99.toFixed(1)} ms`,
  )
  const stored = (await (
    await fetch(`${cms}/api/interest-registrations/count`, { headers: admin })
  ).json()) as { totalDocs: number }
  const acknowledged = 50 + steady.acknowledged + burst.acknowledged
  console.log(
    `acknowledged ${acknowledged}, stored ${stored.totalDocs}: ${acknowledged === stored.totalDocs ? 'equal' : 'NOT EQUAL'}`,
  )
} finally {
  stopAll()
}
process.exit(0)
