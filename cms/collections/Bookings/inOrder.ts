import type { PayloadRequest } from 'payload'

import type { Booking } from '../../payload-types'

/**
 * An evening's bookings in one status, in the order they were made (the waitlist's order). With
 * `asUser`, read with the signed-in user's own access, so nobody gets a row they may not see.
 */
export const bookingsInOrder = (
  req: PayloadRequest,
  evening: string,
  status: Booking['status'],
  { asUser = false } = {},
) =>
  req.payload.find({
    collection: 'bookings',
    where: { and: [{ evening: { equals: evening } }, { status: { equals: status } }] },
    sort: 'sequence',
    depth: 0,
    pagination: false,
    ...(asUser ? { overrideAccess: false, user: req.user } : {}),
    req,
  })
