import type { Payload, TaskConfig } from 'payload'

import { reminderDue, reminderHours } from '../../core/domain/seats'
import { queueBookingEmail } from '../mail/bookingEmails'
import { backoff, requiredText, scheduledTask } from './taskConfig'

/** Sends the reminder to every confirmed booker whose evening is now within the reminder window. */
export async function remindBookers(payload: Payload, now: Date): Promise<number> {
  const hours = reminderHours()
  const window = new Date(now.getTime() + hours * 3_600_000).toISOString()
  const { docs: evenings } = await payload.find({
    collection: 'info-evenings',
    where: {
      and: [
        { status: { not_equals: 'cancelled' } },
        { startsAt: { greater_than: now.toISOString() } },
        { startsAt: { less_than_equal: window } },
      ],
    },
    depth: 0,
    pagination: false,
  })
  let sent = 0
  for (const evening of evenings) {
    const { docs } = await payload.find({
      collection: 'bookings',
      where: {
        and: [
          { evening: { equals: evening.id } },
          { status: { equals: 'confirmed' } },
          { reminderSentAt: { exists: false } },
        ],
      },
      depth: 0,
      pagination: false,
    })
    for (const booking of docs.filter((doc) =>
      reminderDue(evening.startsAt, now, hours, doc.reminderSentAt),
    )) {
      await queueBookingEmail(payload, String(booking.id), 'reminder')
      await payload.update({
        collection: 'bookings',
        id: booking.id,
        data: { reminderSentAt: now.toISOString() },
        context: { seatLedger: true },
      })
      sent += 1
    }
  }
  return sent
}

export const BookingRemindersTask = scheduledTask({
  slug: 'bookingReminders',
  label: 'Remind bookers before their information evening',
  cron: '0 */15 * * * *',
  run: async (payload, now) => `bookingReminders: ${await remindBookers(payload, now)} sent`,
})

/** Tells every booker (confirmed or waiting) that their evening moved or was cancelled. */
export const EveningNoticeTask: TaskConfig<'eveningNotice'> = {
  slug: 'eveningNotice',
  label: 'Tell bookers that their evening changed',
  retries: backoff(5, 5000),
  inputSchema: requiredText('evening', 'kind', 'stamp'),
  handler: async ({ input, req }) => {
    const { evening, stamp } = input
    // Stored as text; only the evening hook queues this, with one of the two.
    const kind = input.kind === 'cancelled' ? 'cancelled' : 'changed'
    const { docs } = await req.payload.find({
      collection: 'bookings',
      where: { and: [{ evening: { equals: evening } }, { status: { not_equals: 'cancelled' } }] },
      depth: 0,
      pagination: false,
      req,
    })
    for (const booking of docs) await queueBookingEmail(req.payload, String(booking.id), kind, { stamp, req })
    return { output: {} }
  },
}
