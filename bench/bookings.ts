/**
 * `npm run bench:bookings`: a rush of bookings on one evening from many clients through HTTP
 * against the real CMS (SQLite); prints bookings per second, p50/p99 latency and the final counts
 * (confirmed seats must equal the capacity; confirmed + waitlisted must equal the accepted requests).
 */
import { stopAll } from '../scripts/lib/processes'
import { post, startBenchCms } from './load'

const capacity = Number(process.env.BENCH_CAPACITY ?? 200)
const requests = Number(process.env.BENCH_REQUESTS ?? 3000)
const clients = Number(process.env.BENCH_CLIENTS ?? 64)

try {
  const { cms, admin } = await startBenchCms('bookings')
  const team = ((await (await fetch(`${cms}/api/teams?limit=1&depth=0`, { headers: admin })).json()) as { docs: { id: string; municipalities: string[] }[] }).docs[0]
  const created = await fetch(`${cms}/api/info-evenings`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ topic: 'Benchmark evening', municipality: team.municipalities[0], organizingTeam: team.id, startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), durationMinutes: 90, place: 'Stadshuset', capacity, language: 'sv', status: 'open', _status: 'published' }),
  })
  const evening = ((await created.json()) as { doc: { id: string } }).doc.id
  const body = (i: number) => ({ name: `Bench ${i}`, email: `bench${i}@example.org`, seats: i % 4 === 0 ? 2 : 1, services: [], consent: true })
  const rush = await post(`${cms}/api/info-evenings/${evening}/bookings`, body, requests, clients)
  console.log(`\nrush of ${requests} bookings from ${clients} clients for ${capacity} seats: ${rush.acknowledged} accepted in ${rush.seconds.toFixed(1)} s (${(rush.acknowledged / rush.seconds).toFixed(0)}/s), p50 ${rush.p50.toFixed(1)} ms, p99 ${rush.p99.toFixed(1)} ms`)
  const { docs } = (await (await fetch(`${cms}/api/bookings?where[evening][equals]=${evening}&limit=0&depth=0`, { headers: admin })).json()) as { docs: { status: string; seats: number }[] }
  const confirmedSeats = docs.filter((doc) => doc.status === 'confirmed').reduce((sum, doc) => sum + doc.seats, 0)
  const waitlisted = docs.filter((doc) => doc.status === 'waitlisted').length
  const confirmed = docs.filter((doc) => doc.status === 'confirmed').length
  console.log(`confirmed ${confirmed} bookings = ${confirmedSeats} seats (capacity ${capacity}: ${confirmedSeats === capacity ? 'equal' : 'NOT EQUAL'}); waitlisted ${waitlisted}; confirmed + waitlisted = ${confirmed + waitlisted} of ${rush.acknowledged} accepted: ${confirmed + waitlisted === rush.acknowledged ? 'equal' : 'NOT EQUAL'}`)
} finally {
  stopAll()
}
process.exit(0)
