import { createHash } from 'node:crypto'

import type { CollectionAfterChangeHook } from 'payload'

import { statusAfterAttendance } from '../../../../core/domain/pipeline'
import { queueJob } from '../../../hooks/queueJob'
import type { Booking } from '../../../payload-types'
import { idOf } from '../../relations'

/**
 * After a booking is stored: its pipeline link and e-mail, in a job off the request's path
 * (`AfterBookingTask`). Marked attended, it moves the person's registration on.
 */
export const afterBookingCreated: CollectionAfterChangeHook<Booking> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'create') {
    // One person's bookings are linked one at a time, so two at once cannot create two registrations.
    const person = createHash('sha256')
      .update(String(doc.email).trim().toLowerCase())
      .digest('hex')
      .slice(0, 32)
    await queueJob(req, 'afterBooking', { booking: String(doc.id), person })
  }
  if (
    operation === 'update' &&
    doc.attendance === 'attended' &&
    previousDoc?.attendance !== 'attended' &&
    doc.interestRegistration
  ) {
    const id = idOf(doc.interestRegistration)
    const registration = await req.payload.findByID({
      collection: 'interest-registrations',
      id,
      depth: 0,
      req,
      disableErrors: true,
    })
    const next =
      registration &&
      statusAfterAttendance(
        { routedTeams: (registration.routedTeams ?? []).map(idOf), status: registration.status },
        idOf(doc.team),
      )
    if (next)
      await req.payload.update({ collection: 'interest-registrations', id, data: { status: next }, req })
  }
  return doc
}
