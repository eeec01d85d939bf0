import { createHash } from 'node:crypto'

import type { CollectionAfterChangeHook, TaskConfig } from 'payload'

import { queueBookingEmail } from '../../../mail/bookingEmails'
import { statusAfterAttendance } from '../../../../core/domain/pipeline'
import { linkToPipeline } from '../pipeline'
import { idOf } from '../../relations'

/** After a booking is stored: its pipeline link and e-mail, in a job off the request's path. */
export const afterBookingCreated: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'create') {
    // One person's bookings are linked one at a time, so two at once cannot create two registrations.
    const person = createHash('sha256').update(String(doc.email).trim().toLowerCase()).digest('hex').slice(0, 32)
    await req.payload.jobs.queue({ task: 'afterBooking', input: { booking: String(doc.id), person }, req })
  }
  if (operation === 'update' && doc.attendance === 'attended' && previousDoc?.attendance !== 'attended' && doc.interestRegistration) {
    const id = idOf(doc.interestRegistration)
    const registration = await req.payload.findByID({ collection: 'interest-registrations', id, depth: 0, req, disableErrors: true })
    const next = registration && statusAfterAttendance({ routedTeams: (registration.routedTeams ?? []).map(idOf), status: registration.status }, idOf(doc.team))
    if (next) await req.payload.update({ collection: 'interest-registrations', id, data: { status: next }, req })
  }
  return doc
}

export const AfterBookingTask: TaskConfig = {
  slug: 'afterBooking',
  label: 'Link a booking to the pipeline and confirm it',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 5000 } },
  inputSchema: [
    { name: 'booking', type: 'text', required: true },
    { name: 'person', type: 'text', required: true },
  ],
  concurrency: { key: ({ input }) => `pipeline-${(input as { person: string }).person}`, exclusive: true },
  handler: async ({ input, req }) => {
    const id = (input as { booking: string }).booking
    const booking = await req.payload.findByID({ collection: 'bookings', id, depth: 0, req, disableErrors: true })
    if (!booking) return { output: {} }
    if (!booking.interestRegistration) {
      const evening = await req.payload.findByID({ collection: 'info-evenings', id: String(booking.evening), depth: 0, req })
      const registration = await linkToPipeline(req, booking, evening)
      await req.payload.update({ collection: 'bookings', id, data: { interestRegistration: registration }, context: { seatLedger: true }, req })
    }
    await queueBookingEmail(req.payload, id, booking.status === 'confirmed' ? 'confirmed' : 'waitlisted', { req })
    return { output: {} }
  },
}
