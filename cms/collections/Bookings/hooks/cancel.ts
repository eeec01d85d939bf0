import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
} from 'payload'

import { queuePromotion } from '../../../jobs/promoteWaitlist'
import type { Booking } from '../../../payload-types'
import { idOf } from '../../relations'
import { seatStore } from '../../SeatLedgers/store'

/** Seats are handed out by the ledger in order of arrival; staff may cancel a booking, nothing else. */
export const onlyCancelByStaff: CollectionBeforeChangeHook<Booking> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (
    operation === 'update' &&
    !req.context.seatLedger &&
    data.status &&
    data.status !== originalDoc?.status &&
    data.status !== 'cancelled'
  ) {
    throw new APIError(
      'A booking can only be cancelled; seats are given by the waitlist.',
      400,
      undefined,
      true,
    )
  }
  return data
}

/**
 * A cancelled booking gives its seats (or its place in line) back, and the waitlist moves up in
 * a job that runs one at a time per evening, so two cancellations never promote the same person.
 */
export const releaseWhenCancelled: CollectionAfterChangeHook<Booking> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || previousDoc?.status === 'cancelled' || doc.status !== 'cancelled') return doc
  const evening = idOf(doc.evening)
  await seatStore(req.payload).release(evening, doc.seats, previousDoc?.status === 'confirmed')
  await queuePromotion(req, evening)
  return doc
}

/** An admin deleting a booking that still holds seats (or a place in line) gives them back, as a cancellation does. */
export const releaseWhenDeleted: CollectionAfterDeleteHook<Booking> = async ({ doc, req }) => {
  if (doc.status === 'cancelled') return doc
  const evening = idOf(doc.evening)
  await seatStore(req.payload).release(evening, doc.seats, doc.status === 'confirmed')
  await queuePromotion(req, evening)
  return doc
}
