/**
 * One evening's seat ledger. `held` are seats a cancellation freed while people were waiting:
 * they go to the waitlist, not to whoever books next.
 */
export type Ledger = {
  capacity: number
  seatsConfirmed: number
  held: number
  waitlistCount: number
  open: boolean
  closesAt: string
}

/** An evening takes bookings while it is open and its booking deadline has not passed. */
export const takesBookings = (ledger: Pick<Ledger, 'open' | 'closesAt'>, now: Date) =>
  ledger.open && new Date(ledger.closesAt) > now

/**
 * The seat rule: a newcomer's seats fit beside the confirmed and the held ones. So the evening
 * fills to exactly its capacity (a single can take the last seat a couple could not). The stores
 * state it again in SQL and in a MongoDB pipeline, to decide it atomically; tests hold them to it.
 */
export const fits = (ledger: Pick<Ledger, 'capacity' | 'seatsConfirmed' | 'held'>, seats: number) =>
  ledger.seatsConfirmed + ledger.held + seats <= ledger.capacity

/** Someone already waiting may also take the held seats: they were kept for the waitlist. */
export const fitsFromWaitlist = (ledger: Pick<Ledger, 'capacity' | 'seatsConfirmed'>, seats: number) =>
  ledger.seatsConfirmed + seats <= ledger.capacity

/** What the public sees as free: seats neither confirmed nor held for the waitlist. */
export const seatsLeft = (ledger: Pick<Ledger, 'capacity' | 'seatsConfirmed' | 'held'>) =>
  Math.max(ledger.capacity - ledger.seatsConfirmed - ledger.held, 0)

/** What a claim gets, decided by every store in one atomic step: confirmed if it fits, else the waitlist. */
export function bookingOutcome(
  ledger: Ledger,
  seats: number,
  now: Date,
): 'confirmed' | 'waitlisted' | 'closed' {
  if (!takesBookings(ledger, now)) return 'closed'
  return fits(ledger, seats) ? 'confirmed' : 'waitlisted'
}

export type Waiting = { id: string; seats: number; sequence: number }

/**
 * Whom to move up when seats free: the waitlist in arrival order, each who fits; a couple first
 * in line keeps its place when only one seat is free, and the single behind it gets that seat.
 */
export function promotions(
  ledger: Pick<Ledger, 'capacity' | 'seatsConfirmed'>,
  waitlist: Waiting[],
): Waiting[] {
  let seatsConfirmed = ledger.seatsConfirmed
  const promoted: Waiting[] = []
  for (const booking of [...waitlist].sort((a, b) => a.sequence - b.sequence)) {
    if (!fitsFromWaitlist({ capacity: ledger.capacity, seatsConfirmed }, booking.seats)) continue
    promoted.push(booking)
    seatsConfirmed += booking.seats
  }
  return promoted
}

/** Bookings close a set time before the evening starts. */
export const closesAt = (startsAt: string, hoursBefore: number) =>
  new Date(new Date(startsAt).getTime() - hoursBefore * 3_600_000).toISOString()

/** Hours before the evening that confirmed bookers are reminded (`BOOKING_REMINDER_HOURS`). */
export const reminderHours = (env: Record<string, string | undefined> = process.env) =>
  Number(env.BOOKING_REMINDER_HOURS ?? 48)

/** A confirmed booking is reminded once, from `hours` before the start until the start. */
export function reminderDue(
  startsAt: string,
  now: Date,
  hours: number,
  reminderSentAt?: string | null,
): boolean {
  const start = new Date(startsAt).getTime()
  return !reminderSentAt && now.getTime() < start && start - now.getTime() <= hours * 3_600_000
}

const NOTICED = ['startsAt', 'durationMinutes', 'online', 'place', 'onlineLink'] as const
type NoticedFacts = { status?: unknown } & { [field in (typeof NOTICED)[number]]?: unknown }

/** What in an evening, once changed, every booker must be told about. */
export function eveningNotice(
  previous: NoticedFacts | undefined,
  next: NoticedFacts,
): 'changed' | 'cancelled' | null {
  if (!previous) return null
  if (next.status === 'cancelled' && previous.status !== 'cancelled') return 'cancelled'
  if (next.status === 'cancelled') return null
  const moved = NOTICED.some((field) => String(previous[field] ?? '') !== String(next[field] ?? ''))
  return moved ? 'changed' : null
}

/** What staff record about a booking after its evening. */
export const ATTENDANCES = ['attended', 'no-show'] as const
