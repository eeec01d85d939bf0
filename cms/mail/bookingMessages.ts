import { eveningIcs } from '../../core/domain/calendar'
import { type Mail, when } from './messages'

type Locale = 'sv' | 'en'
export type BookingMailKind = 'confirmed' | 'waitlisted' | 'promoted' | 'reminder' | 'changed' | 'cancelled'
/** What a booking e-mail says about the evening; no booker's personal data goes in. */
export type EveningFacts = { id: string; topic: string; startsAt: string; durationMinutes: number; online: boolean; place: string; accessibilityNotes: string; onlineLink: string; pageUrl: string; updatedAt: string }

const T = {
  sv: {
    subject: { confirmed: 'Din plats är bokad', waitlisted: 'Du står på väntelistan', promoted: 'Du har fått en plats', reminder: 'Påminnelse: informationskväll snart', changed: 'Informationskvällen är ändrad', cancelled: 'Informationskvällen är inställd' },
    lead: {
      confirmed: (seats: number) => `Välkommen! Vi har bokat ${seats === 2 ? 'två platser' : 'en plats'} åt dig.`,
      waitlisted: () => 'Kvällen är fullbokad, så du står på väntelistan. Får du en plats mejlar vi dig direkt.',
      promoted: (seats: number) => `En plats har blivit ledig: vi har bokat ${seats === 2 ? 'två platser' : 'en plats'} åt dig.`,
      reminder: () => 'Snart är det dags för informationskvällen du har bokat.',
      changed: () => 'Informationskvällen du har bokat har ändrats. Så här gäller nu:',
      cancelled: () => 'Tyvärr är informationskvällen du har bokat inställd. Du är välkommen att boka en annan kväll.',
    },
    when: 'När', where: 'Var', online: 'Digitalt', link: 'Länk', access: 'Tillgänglighet', page: 'Om kvällen', cancel: 'Kan du inte komma? Avboka här, så får någon annan platsen', calendar: 'Kalenderfilen finns som bilaga.',
  },
  en: {
    subject: { confirmed: 'Your seat is booked', waitlisted: 'You are on the waitlist', promoted: 'You have a seat', reminder: 'Reminder: information evening soon', changed: 'The information evening has changed', cancelled: 'The information evening is cancelled' },
    lead: {
      confirmed: (seats: number) => `Welcome! We have booked ${seats === 2 ? 'two seats' : 'a seat'} for you.`,
      waitlisted: () => 'The evening is full, so you are on the waitlist. If a seat frees up we e-mail you at once.',
      promoted: (seats: number) => `A seat has become free: we have booked ${seats === 2 ? 'two seats' : 'a seat'} for you.`,
      reminder: () => 'The information evening you booked is coming up soon.',
      changed: () => 'The information evening you booked has changed. This is what applies now:',
      cancelled: () => 'Unfortunately the information evening you booked is cancelled. You are welcome to book another evening.',
    },
    when: 'When', where: 'Where', online: 'Online', link: 'Link', access: 'Accessibility', page: 'About the evening', cancel: 'Cannot come? Cancel here so someone else gets the seat', calendar: 'The calendar file is attached.',
  },
} as const

/**
 * The e-mail for one booking event. Confirmed bookers get the online link and a calendar file;
 * the waitlisted get neither. `cancelUrl` is the booker's personal, signed link.
 */
export function bookingMail(kind: BookingMailKind, input: { locale: Locale; evening: EveningFacts; seats: number; confirmed: boolean; cancelUrl: string; reference: string }): Mail {
  const t = T[input.locale]
  const { evening } = input
  const place = evening.online ? `${t.online}${input.confirmed && evening.onlineLink ? `\n${t.link}: ${evening.onlineLink}` : ''}` : evening.place
  const details = kind === 'cancelled' ? [] : [`${t.when}: ${when(evening.startsAt, input.locale)}`, `${t.where}: ${place}`, ...(evening.accessibilityNotes && !evening.online ? [`${t.access}: ${evening.accessibilityNotes}`] : [])]
  const withCalendar = input.confirmed && kind !== 'reminder'
  const text = [
    t.lead[kind](input.seats), '', evening.topic, ...details, '', `${t.page}: ${evening.pageUrl}`,
    ...(kind === 'cancelled' ? [] : ['', `${t.cancel}: ${input.cancelUrl}`]),
    ...(withCalendar ? ['', t.calendar] : []),
    '', `Ref: ${input.reference}`,
  ].join('\n')
  const ics = eveningIcs({
    uid: `evening-${evening.id}@kontaktportalen`, start: new Date(evening.startsAt), durationMinutes: evening.durationMinutes, summary: evening.topic,
    location: evening.online ? t.online : evening.place, description: evening.pageUrl, url: evening.pageUrl, stamp: new Date(),
    // Calendars replace an event when its sequence grows: the evening's last change, in minutes.
    sequence: Math.floor(new Date(evening.updatedAt).getTime() / 60_000) % 2_000_000_000, cancelled: kind === 'cancelled',
  })
  return {
    subject: `${t.subject[kind]}: ${evening.topic}`,
    text,
    ...(withCalendar ? { attachments: [{ filename: 'informationskvall.ics', content: Buffer.from(ics).toString('base64') }] } : {}),
  }
}
