import type { TaskConfig } from 'payload'

import { linkToPipeline } from '../collections/Bookings/pipeline'
import { queueBookingEmail } from '../mail/bookingEmails'
import { systemUpdate } from './systemUpdate'
import { backoff, requiredText, stillThere } from './taskConfig'

/** Links a new booking to the organising team's pipeline, then writes its e-mail to the outbox. */
export const AfterBookingTask: TaskConfig<'afterBooking'> = {
  slug: 'afterBooking',
  label: 'Link a booking to the pipeline and confirm it',
  retries: backoff(5, 5000),
  inputSchema: requiredText('booking', 'person'),
  concurrency: { key: ({ input }) => `pipeline-${input.person}`, exclusive: true },
  handler: async ({ input, req }) => {
    const id = input.booking
    const booking = await stillThere(req, 'bookings', id)
    if (!booking) return { output: {} }
    if (!booking.interestRegistration) {
      const evening = await req.payload.findByID({
        collection: 'info-evenings',
        id: String(booking.evening),
        depth: 0,
        req,
      })
      const registration = await linkToPipeline(req, booking, evening)
      // The link is the booking's one new fact, which none of its hooks acts on.
      await systemUpdate(req, 'bookings', id, { interestRegistration: registration })
    }
    await queueBookingEmail(req.payload, id, booking.status === 'confirmed' ? 'confirmed' : 'waitlisted', {
      req,
    })
    return { output: {} }
  },
}
