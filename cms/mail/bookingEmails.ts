import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../collections/relations'
import { cancelUrl, sitePageUrl } from '../urls'
import { contactPhone } from './contactPhone'
import { type BookingMailKind, type EveningFacts, bookingMail } from './bookingMessages'
import { queueEmail } from './outbox'

async function eveningFacts(
  payload: Payload,
  id: string,
  locale: 'sv' | 'en',
  req?: PayloadRequest,
): Promise<EveningFacts & { municipality: string; team: string | null }> {
  const evening = await payload.findByID({ collection: 'info-evenings', id, depth: 0, locale, req })
  return {
    id,
    topic: evening.topic,
    startsAt: evening.startsAt,
    durationMinutes: evening.durationMinutes,
    online: Boolean(evening.online),
    place: evening.place ?? '',
    accessibilityNotes: evening.accessibilityNotes ?? '',
    onlineLink: evening.onlineLink ?? '',
    pageUrl: sitePageUrl(locale, evening.slug ?? '', 'evening'),
    updatedAt: evening.updatedAt,
    municipality: idOf(evening.municipality),
    team: evening.organizingTeam ? idOf(evening.organizingTeam) : null,
  }
}

/** Writes one booking's e-mail to the outbox; `stamp` keeps each distinct notice distinct (a change at 10:02 and at 10:40). */
export async function queueBookingEmail(
  payload: Payload,
  bookingId: string,
  kind: BookingMailKind,
  options: { stamp?: string; req?: PayloadRequest } = {},
): Promise<void> {
  const { stamp = '', req } = options
  const booking = await payload.findByID({ collection: 'bookings', id: bookingId, depth: 0, req })
  const locale = booking.locale === 'en' ? 'en' : 'sv'
  const evening = await eveningFacts(payload, idOf(booking.evening), locale, req)
  const mail = bookingMail(kind, {
    locale,
    evening,
    seats: booking.seats,
    confirmed: booking.status === 'confirmed',
    cancelUrl: cancelUrl(payload.secret, bookingId),
    reference: booking.reference,
    phone: await contactPhone(payload, evening.team ? [evening.team] : [], req),
  })
  await queueEmail(
    payload,
    {
      key: `${booking.reference}:${kind}${stamp ? `:${stamp}` : ''}`,
      kind: kind === 'changed' || kind === 'cancelled' ? `evening-${kind}` : `booking-${kind}`,
      to: booking.email,
      municipality: evening.municipality,
      ...mail,
    },
    req,
  )
}
