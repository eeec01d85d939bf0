import { eveningIcs } from '../../core/domain/calendar'
import type { Locale } from '../../core/i18n/locales'
import { translator } from '../../core/i18n/text'
import { type Mail, toPerson, when } from './messages'

export type BookingMailKind = 'confirmed' | 'waitlisted' | 'promoted' | 'reminder' | 'changed' | 'cancelled'
/** What a booking e-mail says about the evening; no booker's personal data goes in. */
export type EveningFacts = {
  id: string
  topic: string
  startsAt: string
  durationMinutes: number
  online: boolean
  place: string
  accessibilityNotes: string
  onlineLink: string
  pageUrl: string
  updatedAt: string
}

/**
 * The e-mail for one booking event. Confirmed bookers get the online link and a calendar file;
 * the waitlisted get neither. `cancelUrl` is the booker's personal, signed link.
 */
export function bookingMail(
  kind: BookingMailKind,
  input: {
    locale: Locale
    evening: EveningFacts
    seats: number
    confirmed: boolean
    cancelUrl: string
    reference: string
    /** The organising team's number, or the portal's. */
    phone: string
  },
): Mail {
  const t = translator(input.locale)
  const { evening } = input
  const place = evening.online
    ? `${t('mail.booking.online')}${input.confirmed && evening.onlineLink ? `\n${t('mail.booking.link')}: ${evening.onlineLink}` : ''}`
    : evening.place
  const details =
    kind === 'cancelled'
      ? []
      : [
          `${t('mail.booking.when')}: ${when(evening.startsAt, input.locale)}`,
          `${t('mail.booking.where')}: ${place}`,
          ...(evening.accessibilityNotes && !evening.online
            ? [`${t('mail.booking.access')}: ${evening.accessibilityNotes}`]
            : []),
        ]
  const withCalendar = input.confirmed && kind !== 'reminder'
  const text = toPerson(input.locale, input.phone, [
    t(`mail.booking.leads.${kind}`, {
      seats: t(input.seats === 2 ? 'mail.booking.twoSeats' : 'mail.booking.oneSeat'),
    }),
    '',
    evening.topic,
    ...details,
    '',
    `${t('mail.booking.page')}: ${evening.pageUrl}`,
    ...(kind === 'cancelled' ? [] : ['', `${t('mail.booking.cancel')}: ${input.cancelUrl}`]),
    ...(withCalendar ? ['', t('mail.booking.calendar')] : []),
    '',
    `${t('mail.booking.reference')}: ${input.reference}`,
  ])
  const ics = eveningIcs({
    uid: `evening-${evening.id}@kontaktportalen`,
    start: new Date(evening.startsAt),
    durationMinutes: evening.durationMinutes,
    summary: evening.topic,
    location: evening.online ? t('mail.booking.online') : evening.place,
    description: evening.pageUrl,
    url: evening.pageUrl,
    stamp: new Date(),
    // Calendars replace an event when its sequence grows: the evening's last change, in minutes.
    sequence: Math.floor(new Date(evening.updatedAt).getTime() / 60_000) % 2_000_000_000,
    cancelled: kind === 'cancelled',
  })
  return {
    subject: `${t(`mail.booking.subjects.${kind}`)}: ${evening.topic}`,
    text,
    ...(withCalendar
      ? { attachments: [{ filename: 'informationskvall.ics', content: Buffer.from(ics).toString('base64') }] }
      : {}),
  }
}
