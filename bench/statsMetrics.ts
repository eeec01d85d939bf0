/**
 * Times each statistic's query (the second of two runs) for an admin's and a recruiter's year, the
 * names lookup, the whole admin report with its JSON, signing in, the endpoint as Payload answers it
 * and the public counts, so a slow one can be found; the wall time beside the CPU time of all the
 * process's threads. On a copy of a bench:stats data folder:
 * `cd cms && PORTAL_DEMO=1 PAYLOAD_JOBS_AUTORUN=0 PORTAL_DATA_DIR=<copy> npx payload run ../bench/statsMetrics.ts`.
 */
import { handleEndpoints } from 'payload'

import { REMIND_AFTER_WORKING_DAYS } from '../core/domain/followUp'
import { CALL_BACK_WORKING_DAYS } from '../core/domain/today'
import { applicationCounts } from '../cms/statistics/applications'
import { atRisk } from '../cms/statistics/atRisk'
import { compute, statisticsDatabase } from '../cms/statistics/database'
import { eveningCounts, eveningsReached } from '../cms/statistics/evenings'
import { namesFor } from '../cms/statistics/names'
import { funnels } from '../cms/statistics/funnel'
import { publicCounts } from '../cms/statistics/public'
import { registrationCounts } from '../cms/statistics/registrations'
import { responseTimes } from '../cms/statistics/response'
import { statisticsScope } from '../cms/statistics/scope'
import { computeTeamReport } from '../cms/statistics/teamReport'
import { openPayload } from '../scripts/lib/payload'

const payload = await openPayload()
const db = statisticsDatabase(payload)
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
const period = { from: day(-365), to: day(1) }
const recruiter = (
  await payload.find({
    collection: 'users',
    where: { email: { equals: 'barn-unga.sodermalm@example.org' } },
    depth: 0,
  })
).docs[0]
const metrics = {
  registrations: registrationCounts,
  funnel: funnels,
  firstContact: responseTimes(
    { table: 'interest_registrations', collection: 'interest-registrations' },
    REMIND_AFTER_WORKING_DAYS,
  ),
  atRisk,
  evenings: eveningCounts,
  eveningsReached,
  applications: applicationCounts,
  callBack: responseTimes({ table: 'applications', collection: 'applications' }, CALL_BACK_WORKING_DAYS),
} as const
/** Wall time, and CPU time of all the process's threads (the readers' too), which a busy machine does not inflate as much. */
const times = async (run: () => Promise<unknown>) => {
  await run()
  const [t0, cpu0] = [performance.now(), process.cpuUsage()]
  await run()
  const cpu = process.cpuUsage(cpu0)
  return `${(performance.now() - t0).toFixed(0)} ms, CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)}`
}
for (const [who, user] of [
  ['admin', { roles: ['admin'] }],
  ['recruiter', recruiter],
] as const) {
  const scope = statisticsScope(user as never, null)!
  const query = { scope, period, now: new Date() }
  for (const [name, metric] of Object.entries(metrics))
    console.log(`${who} ${name}: ${await times(() => compute(db, metric as never, query))}`)
}
const admin = { scope: statisticsScope({ roles: ['admin'] } as never, null)!, period, now: new Date() }
const wanted = {
  campaigns: (await compute(db, registrationCounts, admin)).byCampaign.map((count) => count.key),
  evenings: (await compute(db, eveningCounts, admin)).map((row) => row.evening),
  districts: (await compute(db, registrationCounts, admin)).byDistrict.map((count) => count.key),
}
console.log(`admin names: ${await times(() => namesFor(payload, wanted))}`)
// What a request adds around the statements: the whole report in process, its JSON, and signing in.
const report = () => computeTeamReport(db, admin, (names) => namesFor(payload, names))
console.log(`admin report: ${await times(report)}`)
const json = JSON.stringify(await report())
console.log(
  `admin report JSON: ${await times(async () => JSON.stringify(await report()))} with the report, ${Math.round(json.length / 1024)} kB`,
)
const { token } = await payload.login({
  collection: 'users',
  data: { email: 'admin@example.org', password: 'demo-kontaktportalen' },
})
const headers = new Headers({ authorization: `JWT ${token}` })
console.log(`admin auth: ${await times(() => payload.auth({ headers }))}`)
// The endpoint as Payload answers it, its body read: all a request costs but Next and HTTP.
const { default: config } = await import('../cms/payload.config')
const url = `http://localhost/api/statistics/team?from=${period.from}&to=${period.to}`
const endpoint = async () =>
  (await handleEndpoints({ config, request: new Request(url, { headers }) })).arrayBuffer()
console.log(`admin endpoint: ${await times(endpoint)}`)
console.log(`public: ${await times(() => compute(db, publicCounts, { now: new Date() }))}`)
await payload.destroy()
process.exit(0)
