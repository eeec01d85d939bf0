import { TIME_ZONE, stockholmOffsetMinutes } from './stockholmTime'

export type CalendarEvent = {
  uid: string
  start: Date
  durationMinutes: number
  summary: string
  location: string
  description: string
  url?: string
  stamp: Date
  sequence?: number
  cancelled?: boolean
}

/** `YYYYMMDDTHHMMSS` on Stockholm's wall clock. */
function stockholmLocal(instant: Date): string {
  const local = new Date(instant.getTime() + stockholmOffsetMinutes(instant) * 60_000)
  return local.toISOString().replace(/[-:]/g, '').slice(0, 15)
}

const utc = (instant: Date) => `${instant.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`
/** RFC 5545 text: escape backslash, semicolon, comma and newlines. */
const text = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
/** Lines longer than 75 octets continue on the next line after a space (which counts too). */
function fold(line: string): string {
  const parts: string[] = []
  let rest = line
  for (let limit = 75; Buffer.byteLength(rest, 'utf8') > limit; limit = 74) {
    let cut = limit
    while (Buffer.byteLength(rest.slice(0, cut), 'utf8') > limit) cut -= 1
    parts.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  return [...parts, rest].join('\r\n ')
}

/** The Stockholm zone, so calendars show the right hour on both sides of a clock change. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

/** An iCalendar file for one information evening (a cancellation when `cancelled`). */
export function eveningIcs(event: CalendarEvent): string {
  const end = new Date(event.start.getTime() + event.durationMinutes * 60_000)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kontaktportalen//Informationskvällar//SV',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `DTSTART;TZID=${TIME_ZONE}:${stockholmLocal(event.start)}`,
    `DTEND;TZID=${TIME_ZONE}:${stockholmLocal(end)}`,
    `SUMMARY:${text(event.summary)}`,
    `LOCATION:${text(event.location)}`,
    `DESCRIPTION:${text(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}
