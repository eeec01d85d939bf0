import type { TaskConfig } from 'payload'

import { linkToPipeline } from '../collections/Bookings/pipeline'
import { queueBookingEmail } from '../mail/bookingEmails'

/** Links a new booking to the organising team's pipeline, then writes its e-mail to the outbox. */
export const AfterBookingTask: TaskConfig<'afterBooking'> = {
  slug: 'afterBooking',
  label: 'Link a booking to the pipeline and confirm it',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 5000 } },
  inputSchema: [
    { name: 'booking', type: 'text', required: true },
    { name: 'person', type: 'text', required: true },
  ],
  concurrency: { key: ({ input }) => `pipeline-${input.person}`, exclusive: true },
  handler: async ({ input, req }) => {
    const id = input.booking
    const booking = await req.payload.findByID({
      collection: 'bookings',
      id,
      depth: 0,
      req,
      disableErrors: true,
    })
    if (!booking) return { output: {} }
    if (!booking.interestRegistration) {
      const evening = await req.payload.findByID({
        collection: 'info-evenings',
        id: String(booking.evening),
        depth: 0,
        req,
      })
      const registration = await linkToPipeline(req, booking, evening)
      await req.payload.update({
        collection: 'bookings',
        id,
        data: { interestRegistration: registration },
        context: { seatLedger: true },
        req,
      })
    }
    await queueBookingEmail(req.payload, id, booking.status === 'confirmed' ? 'confirmed' : 'waitlisted', {
      req,
    })
    return { output: {} }
  },
}
