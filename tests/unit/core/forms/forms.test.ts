import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { BookingFormFields } from '../../../../core/forms/components/BookingFormFields'
import { ApplicationSchema } from '../../../../core/forms/application'
import { BookingSchema } from '../../../../core/forms/booking'
import { errorKeys, fieldErrors } from '../../../../core/forms/errors'
import { InterestRegistrationSchema } from '../../../../core/forms/interestRegistration'
import { en } from '../../../../core/i18n/dictionaries/en'
import { dictionaryOf } from '../../../../core/i18n/locales'
import type { ErrorKey } from '../../../../core/i18n/text'

const interest = {
  services: ['contact-family'],
  municipality: 'm1',
  name: 'Anna Andersson',
  email: 'anna@example.org',
  phone: '070-123 45 67',
  adults: 2,
  children: 1,
  consent: true,
}
const booking = { name: 'Cia Ek', email: 'cia@example.org', seats: 2, services: [], consent: true }
const application = {
  applicant: 'guardian',
  forWhom: 'child',
  service: 'not-sure',
  municipality: 'm1',
  name: 'Bo Berg',
  phone: '08-123 456',
  callTime: 'morning',
  consent: true,
}

/** The first message key each field failed with (the one the person sees). */
const keysOf = (result: {
  success: boolean
  error?: { issues: { path: PropertyKey[]; message: string }[] }
}) =>
  Object.fromEntries(
    (result.error?.issues ?? []).toReversed().map((issue) => [String(issue.path[0]), issue.message]),
  )

// One row per error key a schema fails with: an input that must fail with exactly that key on that field.
const cases: [ErrorKey, 'interest' | 'application' | 'booking', Record<string, unknown>, string][] = [
  ['seats.invalid', 'booking', { seats: 3 }, 'seats'],
  ['needs.tooLong', 'booking', { needs: 'x'.repeat(301) }, 'needs'],
  ['services.required', 'interest', { services: [] }, 'services'],
  ['municipality.required', 'interest', { municipality: '' }, 'municipality'],
  ['name.required', 'interest', { name: '   ' }, 'name'],
  ['name.tooLong', 'interest', { name: 'x'.repeat(101) }, 'name'],
  ['email.required', 'interest', { email: '' }, 'email'],
  ['email.invalid', 'interest', { email: 'anna@' }, 'email'],
  ['phone.required', 'interest', { phone: '' }, 'phone'],
  ['phone.invalid', 'interest', { phone: 'ring mig' }, 'phone'],
  ['adults.required', 'interest', { adults: undefined }, 'adults'],
  ['children.invalid', 'interest', { children: 40 }, 'children'],
  ['about.tooLong', 'interest', { about: 'x'.repeat(1001) }, 'about'],
  ['consent.required', 'interest', { consent: false }, 'consent'],
  ['applicant.required', 'application', { applicant: 'neighbour' }, 'applicant'],
  ['forWhom.required', 'application', { forWhom: undefined }, 'forWhom'],
  ['service.required', 'application', { service: '' }, 'service'],
  ['callTime.required', 'application', { callTime: undefined }, 'callTime'],
  ['message.tooLong', 'application', { message: 'x'.repeat(501) }, 'message'],
]

describe('form schemas', () => {
  it('accept a complete interest registration and a minimal application', () => {
    expect(InterestRegistrationSchema.safeParse(interest).success).toBe(true)
    expect(ApplicationSchema.safeParse(application).success).toBe(true)
    expect(
      ApplicationSchema.safeParse({ ...application, applicant: 'self', forWhom: undefined }).success,
    ).toBe(true)
  })

  it('read a plain HTML form post the same way as JSON', () => {
    const form = new URLSearchParams(
      'services=contact-family&services=skkp&municipality=m1&district=&name=Anna&email=anna%40example.org&phone=070-1234567&adults=2&children=0&consent=on',
    )
    const values: Record<string, unknown> = {}
    for (const key of new Set(form.keys()))
      values[key] = form.getAll(key).length > 1 ? form.getAll(key) : form.get(key)
    const parsed = InterestRegistrationSchema.parse(values)
    expect(parsed.services).toEqual(['contact-family', 'skkp'])
    expect(parsed).toMatchObject({ adults: 2, children: 0, consent: true, district: undefined })
  })

  it('ask for the household only when someone would stay in the home', () => {
    const contactPerson = {
      ...interest,
      services: ['contact-person'],
      adults: undefined,
      children: undefined,
    }
    expect(InterestRegistrationSchema.safeParse(contactPerson).success).toBe(true)
  })

  it.each(cases)('%s', (key, form, change, field) => {
    const schema = {
      interest: InterestRegistrationSchema,
      application: ApplicationSchema,
      booking: BookingSchema,
    }[form]
    const base = { interest, application, booking }[form]
    expect(keysOf(schema.safeParse({ ...base, ...change }))[field]).toBe(key)
  })

  it('have a test row for every field error key', () => {
    // `form.*` and `field.*` are answered by the endpoints, not by a schema; the dictionaries test
    // checks that every key is used and exists in every language.
    const fieldKeys = Object.entries(en.errors).flatMap(([field, keys]) =>
      ['form', 'field'].includes(field) ? [] : Object.keys(keys).map((key) => `${field}.${key}`),
    )
    expect(cases.map(([key]) => key).sort()).toEqual(fieldKeys.sort())
  })

  it('give field errors in the user language and log only field and key', () => {
    const result = InterestRegistrationSchema.safeParse({ ...interest, email: 'secret-anna@', name: '' })
    if (result.success) throw new Error('expected failure')
    expect(fieldErrors(result.error, 'en')).toEqual({
      name: 'Enter your name.',
      email: 'Enter the e-mail address like name@example.com.',
    })
    expect(fieldErrors(result.error, 'sv').email).toBe('Skriv e-postadressen som namn@exempel.se.')
    expect(errorKeys(result.error).join(' ')).not.toContain('secret-anna')
  })
})

describe('the time a form was shown', () => {
  const shownAt = (values: Record<string, string>) => {
    const html = renderToStaticMarkup(
      createElement(BookingFormFields, {
        locale: 'sv',
        texts: dictionaryOf('sv'),
        action: '/',
        privacyHref: '/',
        values,
      }),
    )
    return Number(/name="startedAt" value="(\d+)"/.exec(html)?.[1])
  }

  it('a form shown again with errors keeps the time it was first shown, so a quick correction is no bot', () => {
    expect(shownAt({ startedAt: '1700000000000' })).toBe(1_700_000_000_000)
  })

  it.each([[{}], [{ startedAt: 'soon' }], [{ startedAt: '1e99' }]])(
    'a form shown without a usable time (%j) carries the time it is shown',
    (values) => {
      const before = Date.now()
      expect(shownAt(values)).toBeGreaterThanOrEqual(before)
    },
  )
})
