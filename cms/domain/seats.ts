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
