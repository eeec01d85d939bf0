import type { PayloadRequest } from 'payload'

import type { Booking } from '../../../core/forms/booking'
import { newReference } from '../../../core/domain/reference'
import { idOf } from '../relations'
import { seatStore } from '../SeatLedgers/store'

export type BookingResult = { reference: string; status: 'confirmed' | 'waitlisted' } | 'closed'

/**
 * Books seats: the ledger decides confirmed or waitlisted and the place in line in one atomic
 * step, then the booking is stored. If storing fails the seats are given back, so a count never
 * includes a booking that does not exist. The same idempotency key never books twice.
 */
export async function book(req: PayloadRequest, evening: { id: string; organizingTeam: unknown }, data: Booking & { locale: 'sv' | 'en' }, key?: string): Promise<BookingResult> {
  const byKey = async () =>
    key ? ((await req.payload.find({ collection: 'bookings', where: { idempotencyKey: { equals: key } }, limit: 1, depth: 0, req })).docs[0] as { reference: string; status: string } | undefined) : undefined
  const answered = (doc: { reference: string; status: string }): BookingResult => ({ reference: doc.reference, status: doc.status === 'waitlisted' ? 'waitlisted' : 'confirmed' })
  const previous = await byKey()
  if (previous) return answered(previous)
  const store = seatStore(req.payload)
  const claim = await store.claim(evening.id, data.seats, new Date())
  if (!claim) return 'closed'
  const reference = newReference()
  try {
    await req.payload.create({
      collection: 'bookings',
      data: {
        reference, evening: evening.id, team: idOf(evening.organizingTeam), status: claim.outcome, sequence: claim.sequence, seats: data.seats,
        name: data.name, email: data.email, phone: data.phone, needs: data.needs, services: data.services as never,
        locale: data.locale, consentAt: new Date().toISOString(), idempotencyKey: key,
      },
      req,
    })
  } catch (error) {
    await store.release(evening.id, data.seats, claim.outcome === 'confirmed')
    // A concurrent retry with the same key got there first: answer with its booking.
    const winner = await byKey()
    if (winner) return answered(winner)
    throw error
  }
  return { reference, status: claim.outcome }
}
