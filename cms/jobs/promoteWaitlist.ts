import type { PayloadRequest, TaskConfig } from 'payload'

import { seatStore } from '../collections/SeatLedgers/store'
import { promotions } from '../../core/domain/seats'
import { queueBookingEmail } from '../mail/bookingEmails'
import { QUEUES } from './queues'
import { backoff, requiredText } from './taskConfig'

/**
 * Moves the waitlist up after seats free, then gives seats nobody waiting could use back to
 * everyone. One run per evening at a time (concurrency key), so nobody is promoted twice; each
 * promotion is also an atomic ledger update.
 */
export const PromoteWaitlistTask: TaskConfig<'promoteWaitlist'> = {
  slug: 'promoteWaitlist',
  label: 'Move the waitlist of an information evening up',
  retries: backoff(5, 2000),
  inputSchema: requiredText('evening'),
  concurrency: { key: ({ input }) => `promote-${input.evening}`, exclusive: true },
  handler: async ({ input, req }) => {
    const { evening } = input
    const store = seatStore(req.payload)
    const ledger = await store.read(evening)
    if (!ledger) return { output: {} }
    const { docs } = await req.payload.find({
      collection: 'bookings',
      where: { and: [{ evening: { equals: evening } }, { status: { equals: 'waitlisted' } }] },
      sort: 'sequence',
      depth: 0,
      pagination: false,
      req,
    })
    for (const booking of promotions(
      ledger,
      docs.map((doc) => ({ id: String(doc.id), seats: doc.seats, sequence: doc.sequence })),
    )) {
      if (!(await store.promote(evening, booking.seats))) continue
      await req.payload.update({
        collection: 'bookings',
        id: booking.id,
        data: { status: 'confirmed' },
        context: { seatLedger: true },
        req,
      })
      await queueBookingEmail(req.payload, booking.id, 'promoted', { req })
    }
    await store.unhold(evening)
    return { output: {} }
  },
}

/** Queues the waitlist's move on the seats queue, which no backlog of e-mail or pipeline work can hold up. */
export async function queuePromotion(req: PayloadRequest, evening: string): Promise<void> {
  await req.payload.jobs.queue({ task: 'promoteWaitlist', queue: QUEUES.seats, input: { evening }, req })
}
