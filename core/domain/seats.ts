/**
 * One evening's seat ledger. `held` are seats a cancellation freed while people were waiting:
 * they go to the waitlist, not to whoever books next.
 */
export type Ledger = { capacity: number; seatsConfirmed: number; held: number; waitlistCount: number; open: boolean }

/**
 * The rule every store applies in one atomic step: a booking is confirmed if its seats fit beside
 * the confirmed and held ones; otherwise it joins the waitlist. So the evening fills to exactly
 * its capacity (a single can take the last seat a couple could not).
 */
export function bookingOutcome(ledger: Ledger, seats: number): 'confirmed' | 'waitlisted' | 'closed' {
  if (!ledger.open) return 'closed'
  return ledger.seatsConfirmed + ledger.held + seats <= ledger.capacity ? 'confirmed' : 'waitlisted'
}

export type Waiting = { id: string; seats: number; sequence: number }

/**
 * Whom to move up when seats free: the waitlist in arrival order, each who fits; a couple first
 * in line keeps its place when only one seat is free, and the single behind it gets that seat.
 */
export function promotions(ledger: Pick<Ledger, 'capacity' | 'seatsConfirmed'>, waitlist: Waiting[]): Waiting[] {
  let free = ledger.capacity - ledger.seatsConfirmed
  const promoted: Waiting[] = []
  for (const booking of [...waitlist].sort((a, b) => a.sequence - b.sequence)) {
    if (booking.seats > free) continue
    promoted.push(booking)
    free -= booking.seats
  }
  return promoted
}

/** Bookings close a set time before the evening starts. */
export const closesAt = (startsAt: string, hoursBefore: number) => new Date(new Date(startsAt).getTime() - hoursBefore * 3_600_000).toISOString()

/** Hours before the evening that confirmed bookers are reminded (`BOOKING_REMINDER_HOURS`). */
export const reminderHours = (env: Record<string, string | undefined> = process.env) => Number(env.BOOKING_REMINDER_HOURS ?? 48)

/** A confirmed booking is reminded once, from `hours` before the start until the start. */
export function reminderDue(startsAt: string, now: Date, hours: number, reminderSentAt?: string | null): boolean {
  const start = new Date(startsAt).getTime()
  return !reminderSentAt && now.getTime() < start && start - now.getTime() <= hours * 3_600_000
}

/** What in an evening, once changed, every booker must be told about. */
export function eveningNotice(previous: Record<string, unknown> | undefined, next: Record<string, unknown>): 'changed' | 'cancelled' | null {
  if (!previous) return null
  if (next.status === 'cancelled' && previous.status !== 'cancelled') return 'cancelled'
  if (next.status === 'cancelled') return null
  const moved = ['startsAt', 'durationMinutes', 'online', 'place', 'onlineLink'].some((field) => String(previous[field] ?? '') !== String(next[field] ?? ''))
  return moved ? 'changed' : null
}
