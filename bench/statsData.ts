/**
 * Run by `npm run bench:stats` under `payload run`: fills the benchmark's throwaway database with
 * BENCH_REGISTRATIONS generated registrations (with histories and bookings) and BENCH_EVENINGS
 * past evenings held by every team, in bulk.
 */
import { seedHistory } from '../cms/seed/history/seedHistory'
import { openPayload } from '../scripts/lib/payload'

const registrations = Number(process.env.BENCH_REGISTRATIONS ?? 100_000)
const evenings = Number(process.env.BENCH_EVENINGS ?? 2_000)

const payload = await openPayload()
const started = performance.now()
const report = await seedHistory(payload, {
  size: { seed: 13, registrations, applications: Math.round(registrations / 20) },
  organisers: (teams) => teams.map((team) => ({ team: team.id, key: team.key, everyDays: 1, capacity: 30 })),
  eveningLimit: evenings,
  bulkEvenings: true,
})
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  report
    ? `bench data: ${report.registrations} registrations, ${report.applications} applications, ${report.bookings} bookings, ${report.evenings} evenings in ${seconds} s`
    : 'bench data: already there',
)
await payload.destroy()
console.log('bench data: done')
process.exit(0)
