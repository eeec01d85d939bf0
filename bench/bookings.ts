/**
 * `npm run bench:bookings`: a rush of bookings on one evening from many clients through HTTP
 * against the real CMS (SQLite) with its job runner on; prints bookings per second, p50/p99
 * latency and the final counts (confirmed seats must equal the capacity; confirmed + waitlisted
 * must equal the accepted requests). Then, with the rush's e-mail and pipeline jobs still queued,
 * a cancellation: how long until the next in line is promoted (floor: 60 s).
 */
import path from 'node:path'

import { createClient } from '@libsql/client'

import { stopAll } from '../scripts/lib/processes'
import { createOpenEvening } from '../tests/e2e/evenings'
import { post, startBenchCms } from './load'

const capacity = Number(process.env.BENCH_CAPACITY ?? 200)
const requests = Number(process.env.BENCH_REQUESTS ?? 3000)
const clients = Number(process.env.BENCH_CLIENTS ?? 64)
const PROMOTION_FLOOR_S = 60

type Booking = { id: string; status: string; seats: number; sequence: number }

try {
  const { cms, admin, dataDir } = await startBenchCms('bookings', { runJobs: true })
  const json = async <T>(url: string, init: RequestInit = {}) =>
    (await (
      await fetch(`${cms}${url}`, {
        ...init,
        headers: { ...admin, 'content-type': 'application/json', ...init.headers },
      })
    ).json()) as T
  const evening = await createOpenEvening(cms, admin, { topic: 'Benchmark evening', capacity, inDays: 7 })
  const body = (i: number) => ({
    name: `Bench ${i}`,
    email: `bench${i}@example.org`,
    seats: i % 4 === 0 ? 2 : 1,
    services: [],
    consent: true,
  })
  const rush = await post(`${cms}/api/info-evenings/${evening}/bookings`, body, requests, clients)
  console.log(
    `\nrush of ${requests} bookings from ${clients} clients for ${capacity} seats: ${rush.acknowledged} accepted in ${rush.seconds.toFixed(1)} s (${(rush.acknowledged / rush.seconds).toFixed(0)}/s), p50 ${rush.p50.toFixed(1)} ms, p99 ${rush.p99.toFixed(1)} ms`,
  )
  const bookings = async () =>
    (
      await json<{ docs: Booking[] }>(
        `/api/bookings?where[evening][equals]=${evening}&limit=0&depth=0&sort=sequence`,
      )
    ).docs
  const docs = await bookings()
  const confirmed = docs.filter((doc) => doc.status === 'confirmed')
  const confirmedSeats = confirmed.reduce((sum, doc) => sum + doc.seats, 0)
  const waitlisted = docs.filter((doc) => doc.status === 'waitlisted').length
  console.log(
    `confirmed ${confirmed.length} bookings = ${confirmedSeats} seats (capacity ${capacity}: ${confirmedSeats === capacity ? 'equal' : 'NOT EQUAL'}); waitlisted ${waitlisted}; confirmed + waitlisted = ${confirmed.length + waitlisted} of ${rush.acknowledged} accepted: ${confirmed.length + waitlisted === rush.acknowledged ? 'equal' : 'NOT EQUAL'}`,
  )

  // The cancellation: a single seat, so the first single in line moves up.
  const db = createClient({ url: `file:${path.join(dataDir, 'portal.db')}` })
  const backlog = Number(
    (
      await db.execute(
        `SELECT count(*) AS n FROM payload_jobs WHERE completed_at IS NULL AND queue != 'seats'`,
      )
    ).rows[0].n,
  )
  const cancelled = confirmed.find((doc) => doc.seats === 1) as Booking
  const next = docs.find((doc) => doc.status === 'waitlisted' && doc.seats === 1) as Booking
  const started = performance.now()
  await json(`/api/bookings/${cancelled.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ status: 'cancelled' }),
  })
  while ((await json<Booking>(`/api/bookings/${next.id}?depth=0`)).status !== 'confirmed')
    await new Promise((resolve) => setTimeout(resolve, 250))
  const seconds = (performance.now() - started) / 1000
  console.log(
    `cancellation with ${backlog} e-mail and pipeline jobs still queued: next in line promoted after ${seconds.toFixed(1)} s (floor ${PROMOTION_FLOOR_S} s: ${seconds <= PROMOTION_FLOOR_S ? 'within' : 'OVER'})`,
  )
  db.close()
} finally {
  stopAll()
}
process.exit(0)
