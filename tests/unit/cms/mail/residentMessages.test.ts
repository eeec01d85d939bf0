import { describe, expect, it } from 'vitest'

import { type BookingMailKind, bookingMail } from '../../../../cms/mail/bookingMessages'
import { applicationConfirmation, interestConfirmation } from '../../../../cms/mail/messages'

const phone = '08-555 03 00'
const withdrawUrl = 'https://cms.example.org/api/interest-registrations/withdraw?token=w'
const cancelUrl = 'https://cms.example.org/api/bookings/cancel?token=c'
const greeting = { sv: 'Hej!', en: 'Hello,' }
const evening = {
  id: 'e1',
  topic: 'Informationskväll',
  startsAt: '2027-03-30T17:00:00Z',
  durationMinutes: 90,
  online: false,
  place: 'Stadshuset',
  accessibilityNotes: '',
  onlineLink: '',
  pageUrl: 'https://www.example.org/informationskvallar/x/',
  updatedAt: '2027-03-01T10:00:00Z',
}
const kinds: BookingMailKind[] = ['confirmed', 'waitlisted', 'promoted', 'reminder', 'changed', 'cancelled']

/** Every e-mail a resident gets, with the one link (or phone text) that undoes what they did. */
const mails = (locale: 'sv' | 'en') => [
  {
    mail: interestConfirmation({
      locale,
      reference: 'KP-1',
      phone,
      evenings: [],
      stepsUrl: 's',
      withdrawUrl,
    }),
    undo: withdrawUrl,
  },
  {
    mail: applicationConfirmation({ locale, reference: 'AN-1', phone }),
    undo: locale === 'sv' ? 'Vill du ta tillbaka' : 'Want to take back',
  },
  ...kinds
    .filter((kind) => kind !== 'cancelled')
    .map((kind) => ({
      mail: bookingMail(kind, {
        locale,
        evening,
        seats: 1,
        confirmed: true,
        cancelUrl,
        reference: 'KP-2',
        phone,
      }),
      undo: cancelUrl,
    })),
]

describe('the e-mails a resident gets', () => {
  it.each(['sv', 'en'] as const)(
    'in %s open with a greeting and give a number to call and a way back',
    (locale) => {
      for (const { mail, undo } of mails(locale)) {
        expect(mail.text.startsWith(`${greeting[locale]}\n`)).toBe(true)
        expect(mail.text).toContain(phone)
        expect(mail.text).toContain(undo)
      }
    },
  )

  it('tell the applicant who calls and what to do in an emergency', () => {
    const mail = applicationConfirmation({ locale: 'sv', reference: 'AN-1', phone })
    expect(mail.text).toContain('mottagning ringer dig')
    expect(mail.text).toContain('112')
  })

  it('leave the phone line out when nobody has a number, rather than print an empty one', () => {
    const mail = applicationConfirmation({ locale: 'sv', reference: 'AN-1', phone: '' })
    expect(mail.text).not.toContain('Ring .')
    expect(mail.text).not.toContain('Har du frågor')
  })

  it('take nothing the person typed: no template accepts a name, an address or a message', () => {
    // The inputs above are the templates' whole signature; a value typed into a form has no way in.
    for (const { mail } of [...mails('sv'), ...mails('en')])
      for (const typed of ['@example.org', '070-', 'Anna'])
        expect(mail.subject + mail.text).not.toContain(typed)
  })
})
