import { describe, expect, it } from 'vitest'

import { eveningIcs } from '../../../../core/domain/calendar'

/** A small RFC 5545 reader: unfolds lines and returns the VEVENT's properties with parameters. */
function parse(ics: string) {
  const lines = ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean)
  expect(lines[0]).toBe('BEGIN:VCALENDAR')
  expect(lines.at(-1)).toBe('END:VCALENDAR')
  const event = lines.slice(lines.indexOf('BEGIN:VEVENT') + 1, lines.indexOf('END:VEVENT'))
  return Object.fromEntries(
    event.map((line) => [line.split(/[;:]/)[0], line.slice(line.split(/[;:]/)[0].length)]),
  )
}

const base = {
  uid: 'evening-1@kontaktportalen',
  durationMinutes: 90,
  summary: 'Bli kontaktfamilj, Södermalm',
  location: 'Medborgarhuset; hiss finns',
  description: 'Välkommen!\nVi bjuder på fika.',
  stamp: new Date('2027-03-01T10:00:00Z'),
}

describe('the calendar file of an evening', () => {
  it.each([
    // Winter time (UTC+1): 18:00 in Stockholm is 17:00 UTC.
    [
      '2027-03-25T17:00:00Z',
      ';TZID=Europe/Stockholm:20270325T180000',
      ';TZID=Europe/Stockholm:20270325T193000',
    ],
    // After the clock change on 28 March 2027 (UTC+2): 18:00 in Stockholm is 16:00 UTC.
    [
      '2027-03-30T16:00:00Z',
      ';TZID=Europe/Stockholm:20270330T180000',
      ';TZID=Europe/Stockholm:20270330T193000',
    ],
    // Across the autumn change (31 October 2027), back to UTC+1.
    [
      '2027-11-02T17:00:00Z',
      ';TZID=Europe/Stockholm:20271102T180000',
      ';TZID=Europe/Stockholm:20271102T193000',
    ],
  ])('starting %s reads as %s', (start, dtstart, dtend) => {
    const event = parse(eveningIcs({ ...base, start: new Date(start) }))
    expect(event.DTSTART).toBe(dtstart)
    expect(event.DTEND).toBe(dtend)
  })

  it('escapes text, carries the zone definition and folds long lines', () => {
    const ics = eveningIcs({ ...base, start: new Date('2027-03-25T17:00:00Z'), description: 'x'.repeat(200) })
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm')
    expect(parse(ics).LOCATION).toBe(':Medborgarhuset\\; hiss finns')
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    expect(parse(ics).DESCRIPTION).toBe(`:${'x'.repeat(200)}`)
  })

  it('marks a cancelled evening so calendars remove it', () => {
    const event = parse(
      eveningIcs({ ...base, start: new Date('2027-03-25T17:00:00Z'), cancelled: true, sequence: 2 }),
    )
    expect(event.STATUS).toBe(':CANCELLED')
    expect(event.SEQUENCE).toBe(':2')
  })
})
