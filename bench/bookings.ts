/**
 * `npm run bench:bookings`: bookings on one evening through HTTP, the bare floor (bench/floor.mjs)
 * and the real CMS (SQLite) in the same run with the same client: a steady 100/s, then a rush from
 * 64 clients; with the job runner off, then on. Prints both side by side and the final counts
 * (confirmed seats must equal the capacity; confirmed + waitlisted must equal the accepted
 * requests). Then, with the rush's e-mail and pipeline jobs still queued, a cancellation: how long
 * until the next in line is promoted (floor: 60 s).
 */
import path from 'node:path'

import { createClient } from '@libsql/client'

import { stopAll } from '../scripts/lib/processes'
import { createOpenEvening } from '../tests/e2e/evenings'
import { type Run, measure, printSideBySide, startFloor } from './floor'
import { startBenchCms } from './load'

const capacity = Number(process.env.BENCH_CAPACITY ?? 200)
const requests = Number(process.env.BENCH_REQUESTS ?? 3000)
const PROMOTION_FLOOR_S = 60
/** BENCH_JOBS=off or on runs one of the two. */
const runnerSettings = [false, true].filter((on) => process.env.BENCH_JOBS !== (on ? 'off' : 'on'))

type Booking = { id: string; status: string; seats: number; sequence: number }

const body = (i: number) => ({
  name: `Bench ${i}`,
  email: `bench${i}@example.org`,
  seats: i % 4 === 0 ? 2 : 1,
  services: [],
  consent: true,
})
const verdict = (ok: boolean) => (ok ? 'equal' : 'NOT EQUAL')

try {
  let dataDir = ''
  for (const jobs of runnerSettings) {
    const floor = await startFloor(jobs)
    const floorRun = await measure(`${floor.url}/evenings/bench/bookings`, body, requests, floor.pid)
    const floorCounts = await floor.counts()
    floor.stop()

    const portal = await startBenchCms('bookings', { runJobs: jobs, dataDir })
    dataDir = portal.dataDir
    const { cms, admin } = portal
    const json = async <T>(url: string, init: RequestInit = {}) =>
      (await (
        await fetch(`${cms}${url}`, {
          ...init,
          headers: { ...admin, 'content-type': 'application/json', ...init.headers },
        })
      ).json()) as T
    // One evening per runner setting: the second run shares the database, and a topic its slug.
    const topic = `Benchmark evening, job runner ${jobs ? 'on' : 'off'}`
    const evening = await createOpenEvening(cms, admin, { topic, capacity, inDays: 7 })
    const portalRun: Run & { acknowledged: number } = await measure(
      `${cms}/api/info-evenings/${evening}/bookings`,
      body,
      requests,
      portal.pid,
    )
    printSideBySide(`bookings, job runner ${jobs ? 'on' : 'off'} (rush of ${requests})`, floorRun, portalRun)
    console.log(
      `floor: acknowledged ${floorRun.acknowledged}, stored ${floorCounts.stored} (${verdict(floorRun.acknowledged === floorCounts.stored)}), confirmed seats ${floorCounts.confirmedSeats} of ${floorCounts.capacity}`,
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
      `portal: confirmed ${confirmed.length} bookings = ${confirmedSeats} seats (capacity ${capacity}: ${verdict(confirmedSeats === capacity)}); waitlisted ${waitlisted}; confirmed + waitlisted = ${confirmed.length + waitlisted} of ${portalRun.acknowledged} accepted: ${verdict(confirmed.length + waitlisted === portalRun.acknowledged)}`,
    )

    if (jobs) {
      // The cancellation: a single seat, so the first single in line moves up.
      const db = createClient({ url: `file:${path.join(dataDir, 'portal.db')}` })
      const backlog = Number(
        (
          await db.execute(
            `SELECT count(*) AS n FROM payload_jobs WHERE completed_at IS NULL AND queue != 'seats'`,
          )
        ).rows[0].n,
      )
      db.close()
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
    }
    await portal.stop()
  }
} finally {
  stopAll()
}
process.exit(0)
