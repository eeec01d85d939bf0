import { expect } from 'vitest'

import type { SeatStore } from '../../cms/collections/SeatLedgers/types'
import { type Ledger, bookingOutcome, fitsFromWaitlist } from '../../core/domain/seats'

/** A small seeded generator (mulberry32), so a failing sequence is found again by its seed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Held = { seats: number; confirmed: boolean }

/**
 * Runs one random sequence of claims, releases, promotions, unholds and changes of capacity,
 * opening and deadline on one ledger of `store`. Each claim must get what core's `bookingOutcome`
 * gives on the counts just before it, each promotion what `fitsFromWaitlist` allows, and every
 * step must leave exactly the counts the store's contract promises.
 */
export async function checkStoreAgainstRules(
  store: SeatStore,
  eveningKey: string,
  seed: number,
  steps = 40,
): Promise<void> {
  const random = seeded(seed)
  const pick = (n: number) => Math.floor(random() * n)
  const future = new Date(Date.now() + 86_400_000).toISOString()
  const past = new Date(Date.now() - 60_000).toISOString()
  await store.mirror(eveningKey, { capacity: 1 + pick(8), open: true, closesAt: future })
  const bookings: Held[] = []
  let sequence = 0
  for (let step = 0; step < steps; step += 1) {
    const at = `seed ${seed}, step ${step}`
    const before = (await store.read(eveningKey)) as Ledger
    const roll = random()
    const waiting = bookings.filter((booking) => !booking.confirmed)
    let expected: Ledger
    if (roll < 0.5) {
      const seats = 1 + pick(2)
      const now = new Date()
      const outcome = bookingOutcome(before, seats, now)
      const claim = await store.claim(eveningKey, seats, now)
      if (outcome === 'closed') {
        expect(claim, at).toBeNull()
        expected = before
      } else {
        sequence += 1
        expect(claim, at).toEqual({ outcome, sequence })
        bookings.push({ seats, confirmed: outcome === 'confirmed' })
        expected =
          outcome === 'confirmed'
            ? { ...before, seatsConfirmed: before.seatsConfirmed + seats }
            : { ...before, waitlistCount: before.waitlistCount + 1 }
      }
    } else if (roll < 0.68 && bookings.length) {
      const [booking] = bookings.splice(pick(bookings.length), 1)
      await store.release(eveningKey, booking.seats, booking.confirmed)
      expected = booking.confirmed
        ? {
            ...before,
            seatsConfirmed: Math.max(before.seatsConfirmed - booking.seats, 0),
            held: before.held + (before.waitlistCount > 0 ? booking.seats : 0),
          }
        : { ...before, waitlistCount: Math.max(before.waitlistCount - 1, 0) }
    } else if (roll < 0.8 && waiting.length) {
      const booking = waiting[pick(waiting.length)]
      const promoted = await store.promote(eveningKey, booking.seats)
      expect(promoted, at).toBe(before.waitlistCount > 0 && fitsFromWaitlist(before, booking.seats))
      booking.confirmed = promoted
      expected = promoted
        ? {
            ...before,
            seatsConfirmed: before.seatsConfirmed + booking.seats,
            held: Math.max(before.held - booking.seats, 0),
            waitlistCount: before.waitlistCount - 1,
          }
        : before
    } else if (roll < 0.86) {
      await store.unhold(eveningKey)
      expected = { ...before, held: 0 }
    } else {
      const settings = {
        capacity: 1 + pick(10),
        open: random() < 0.8,
        closesAt: random() < 0.8 ? future : past,
      }
      await store.mirror(eveningKey, settings)
      expected = { ...before, ...settings }
    }
    expect(await store.read(eveningKey), at).toEqual(expected)
  }
}
