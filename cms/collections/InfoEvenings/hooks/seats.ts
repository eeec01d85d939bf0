import type { CollectionAfterChangeHook } from 'payload'

import { closesAt } from '../../../../core/domain/seats'
import { queuePromotion } from '../../../jobs/promoteWaitlist'
import type { InfoEvening } from '../../../payload-types'
import { seatStore } from '../../SeatLedgers/store'

/**
 * Keeps the evening's seat ledger in step with what is published: capacity, whether it takes
 * bookings, and when bookings close. A drafted change waits until it is published. A larger
 * capacity may let the waitlist move up.
 */
export const mirrorSeats: CollectionAfterChangeHook<InfoEvening> = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published') return doc
  await seatStore(req.payload).mirror(String(doc.id), {
    capacity: doc.capacity,
    open: doc.status === 'open',
    closesAt: closesAt(doc.startsAt, doc.bookingsCloseHoursBefore ?? 2),
  })
  if (previousDoc && doc.capacity > (previousDoc.capacity ?? 0)) {
    await queuePromotion(req, String(doc.id))
  }
  return doc
}
