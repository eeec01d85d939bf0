import { type AnonymisedKind, anonymisedChange, anonymousReference } from '../../../core/domain/anonymise'
import { retentionCutoffs, retentionDefaults } from '../../../core/domain/retention'
import { stockholmDatePlus, stockholmWallTime } from '../../../core/domain/stockholmTime'
import { generateApplication } from './applications'
import type { Context } from './context'
import { EveningBook } from './evenings'
import type { GeneratedHistory, HistoryWorld } from './model'
import { type Random, seededRandom } from './random'
import { generateRegistration } from './registrations'

export type HistorySize = { seed: number; registrations: number; applications: number }

/** Arrivals by hour of day (Stockholm): people fill in forms in the evening more than at night. */
const HOURS: [number, number][] = Array.from({ length: 17 }, (_, i) => [i + 7, i + 7 >= 19 ? 3 : 2])

/**
 * A sampler of arrival times over the `days` days before `now`: fewer at weekends, in July and
 * over Christmas, more while a campaign runs.
 */
function arrivals(world: HistoryWorld, random: Random, days: number): () => Date {
  const dates = Array.from({ length: days }, (_, i) => stockholmDatePlus(world.now, -(i + 1)))
  const weights = dates.map((date) => {
    const day = new Date(`${date}T12:00:00Z`)
    const month = day.getUTCMonth() + 1
    const christmas = (month === 12 && day.getUTCDate() >= 20) || (month === 1 && day.getUTCDate() <= 6)
    const campaign = world.campaigns.some(
      (c) => c.startsAt <= day.toISOString() && day.toISOString() < c.endsAt,
    )
    return (
      ([0, 6].includes(day.getUTCDay()) ? 0.6 : 1) *
      (month === 7 || christmas ? 0.5 : 1) *
      (campaign ? 1.8 : 1)
    )
  })
  const cumulative: number[] = []
  weights.reduce((sum, weight) => (cumulative.push(sum + weight), sum + weight), 0)
  const total = cumulative[cumulative.length - 1]
  return () => {
    const target = random.next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (cumulative[middle] > target) high = middle
      else low = middle + 1
    }
    const hour = random.weighted(HOURS)
    return stockholmWallTime(
      dates[low],
      `${String(hour).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`,
    )
  }
}

/**
 * A year of interest registrations (with their bookings of the past evenings) and the
 * applications still open to retention, all before `world.now`, anonymised where the nightly
 * run would have anonymised them. Pure and
 * deterministic: the same world and size give the same history.
 */
export function generateHistory(world: HistoryWorld, size: HistorySize): GeneratedHistory {
  const random = seededRandom(size.seed)
  const ctx: Context = { world, random, book: new EveningBook(world.evenings), references: new Set() }
  const registrationAt = arrivals(world, random, 365)
  const registrations = Array.from({ length: size.registrations }, registrationAt)
    .sort((a, b) => a.getTime() - b.getTime())
    .map((at, serial) => generateRegistration(ctx, serial, at))
  const applicationAt = arrivals(world, random, 89)
  const applications = Array.from({ length: size.applications }, applicationAt)
    .sort((a, b) => a.getTime() - b.getTime())
    .flatMap((at, serial) => generateApplication(ctx, serial, at) ?? [])
  // Arrival numbers follow the booking times, as the ledger hands them out.
  const bookings = [...ctx.book.bookings].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const sequence = new Map<string, number>()
  for (const booking of bookings) {
    booking.sequence = (sequence.get(booking.evening) ?? 0) + 1
    sequence.set(booking.evening, booking.sequence)
  }
  const ledgers = new Map(
    [...ctx.book.ledgers].map(([id, { seatsConfirmed, waitlistCount, sequence }]) => [
      id,
      { seatsConfirmed, waitlistCount, sequence },
    ]),
  )
  // Past the cut-off the nightly run has already left only the anonymous skeleton statistics count.
  const cutoffs = retentionCutoffs(world.now, retentionDefaults())
  const eveningAt = new Map(world.evenings.map((evening) => [evening.id, evening.startsAt]))
  const skeleton = <T extends object>(kind: AnonymisedKind, doc: T, due: boolean): T =>
    due ? anonymised(ctx, kind, doc) : doc
  return {
    registrations: registrations.map((r) =>
      skeleton('interest-registrations', r, !!r.endedAt && r.endedAt < cutoffs.interestEndedBefore),
    ),
    applications: applications.map((a) =>
      skeleton('applications', a, !!a.closedAt && a.closedAt < cutoffs.applicationClosedBefore),
    ),
    bookings: bookings.map((b) =>
      skeleton('bookings', b, (eveningAt.get(b.evening) ?? '') < cutoffs.bookingEveningBefore),
    ),
    ledgers,
  }
}

/** A generated record as retention's anonymisation leaves it, by the same rule the job applies. */
function anonymised<T extends object>(ctx: Context, kind: AnonymisedKind, doc: T): T {
  const row = doc as Record<string, unknown>
  const fields = Object.entries(row).map(([name, value]) => ({ name, many: Array.isArray(value) }))
  const done = { now: ctx.world.now, reference: anonymousReference(ctx.random.uuid()) }
  return { ...doc, ...anonymisedChange(kind, row, fields, done) }
}
