import { describe, expect, it } from 'vitest'

import { bookingMail } from '../../../../cms/mail/bookingMessages'

const evening = {
  id: 'e1',
  topic: 'Digital informationsträff',
  startsAt: '2027-03-30T17:00:00Z',
  durationMinutes: 60,
  online: true,
  place: '',
  accessibilityNotes: '',
  onlineLink: 'https://meet.example.org/abc',
  pageUrl: 'https://www.example.org/informationskvallar/x/',
  updatedAt: '2027-03-01T10:00:00Z',
}
const base = {
  locale: 'sv' as const,
  evening,
  seats: 1,
  cancelUrl: 'https://cms.example.org/api/bookings/cancel?token=t',
  reference: 'KP-ABCD-EFGH',
  phone: '08-555 02 00',
}

describe('booking e-mails', () => {
  it('give a confirmed booker the online link, the calendar file and the cancel link', () => {
    const mail = bookingMail('confirmed', { ...base, confirmed: true })
    expect(mail.text).toContain('https://meet.example.org/abc')
    expect(mail.text).toContain(base.cancelUrl)
    expect(mail.attachments?.map((file) => file.filename)).toEqual(['informationskvall.ics'])
    expect(Buffer.from(mail.attachments?.[0].content ?? '', 'base64').toString()).toContain(
      'DTSTART;TZID=Europe/Stockholm:20270330T190000',
    )
  })

  it('give someone on the waitlist neither the link nor a calendar file', () => {
    const mail = bookingMail('waitlisted', { ...base, confirmed: false })
    expect(mail.text).not.toContain('meet.example.org')
    expect(mail.attachments).toBeUndefined()
    expect(mail.text).toContain(base.cancelUrl)
  })

  it('tell of a cancelled evening without a cancel link', () => {
    const mail = bookingMail('cancelled', { ...base, confirmed: true })
    expect(mail.text).not.toContain(base.cancelUrl)
    expect(mail.subject).toContain('inställd')
  })
})
