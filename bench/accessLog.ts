/**
 * `npm run bench:access-log`: what the access log adds to a list of 100 applications. The same
 * list is read twice over, once with columns that show nobody (not logged) and once with the
 * applicant's name among them (one entry naming all 100): over REST, and as the admin's list page.
 */
import { stopAll } from '../scripts/lib/processes'
import { post, startBenchCms } from './load'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100)
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** Times `rounds` GETs of each URL, alternating them so that both see the same machine. */
async function compare(urls: [string, string], headers: Record<string, string>) {
  const times: [number[], number[]] = [[], []]
  for (let i = 0; i < ROUNDS; i++)
    for (const side of [0, 1] as const) {
      const t0 = performance.now()
      const response = await fetch(urls[side], { headers })
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`${urls[side]} answered ${response.status}`)
      times[side].push(performance.now() - t0)
    }
  return times
    .map((list) => list.sort((a, b) => a - b))
    .map((list) => ({
      p50: percentile(list, 50),
      p95: percentile(list, 95),
    }))
}

const line = (what: string, [plain, logged]: { p50: number; p95: number }[]) =>
  console.log(
    `${what}: not logged p50 ${plain.p50.toFixed(1)} ms (p95 ${plain.p95.toFixed(1)}), logged p50 ${logged.p50.toFixed(1)} ms (p95 ${logged.p95.toFixed(1)}): +${(logged.p50 - plain.p50).toFixed(1)} ms at the median`,
  )

try {
  const { cms, admin } = await startBenchCms('access-log')
  const municipalities = (await (
    await fetch(`${cms}/api/municipalities?depth=0&pagination=false`)
  ).json()) as {
    docs: { id: string; slug: string }[]
  }
  const vaxholm = municipalities.docs.find((m) => m.slug === 'vaxholm')?.id
  await post(
    `${cms}/api/forms/application`,
    (i) => ({
      applicant: 'self',
      service: 'contact-person',
      municipality: vaxholm,
      name: `Bench ${i}`,
      phone: '070-123 45 67',
      callTime: 'any',
      consent: true,
    }),
    100,
    4,
  )
  const cookie = { cookie: `payload-token=${admin.authorization.replace('JWT ', '')}` }
  const list = `${cms}/api/applications?limit=100&depth=0&select[reference]=true&select[status]=true`
  line('REST list of 100', await compare([list, `${list}&select[name]=true`], admin))
  const page = `${cms}/admin/collections/applications?limit=100&columns=`
  const columns = (names: string[]) => encodeURIComponent(JSON.stringify(names))
  line(
    'admin list page of 100',
    await compare(
      [
        `${page}${columns(['reference', 'status', 'service'])}`,
        `${page}${columns(['reference', 'status', 'name'])}`,
      ],
      cookie,
    ),
  )
  const entries = (await (await fetch(`${cms}/api/access-log?limit=0`, { headers: admin })).json()) as {
    totalDocs: number
  }
  console.log(
    `access-log entries written: ${entries.totalDocs} (one per logged read, ${ROUNDS * 2} expected)`,
  )
} finally {
  stopAll()
}
process.exit(0)
