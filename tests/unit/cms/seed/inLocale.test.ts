import { describe, expect, it } from 'vitest'

import { inLocale } from '../../../../cms/seed/organisation'

describe('inLocale: a seed value as Payload takes it for one language', () => {
  const facts = {
    volunteerContact: { phone: '08-1', hours: { sv: 'Vardagar', en: 'Weekdays' } },
    fees: { text: { sv: 'Exempel', en: 'Example' }, url: 'https://example.org/a' },
    insurance: { covered: 'yes' },
    list: [{ sv: 'a', en: 'b' }],
  }

  it('replaces every { sv, en } text with its text in the language and keeps the rest', () => {
    expect(inLocale(facts, 'en')).toEqual({
      volunteerContact: { phone: '08-1', hours: 'Weekdays' },
      fees: { text: 'Example', url: 'https://example.org/a' },
      insurance: { covered: 'yes' },
      list: ['b'],
    })
    expect(inLocale(facts, 'sv')).toMatchObject({ volunteerContact: { hours: 'Vardagar' } })
  })

  it('leaves an object with other keys beside sv and en alone', () => {
    expect(inLocale({ sv: 'a', en: 'b', de: 'c' }, 'sv')).toEqual({ sv: 'a', en: 'b', de: 'c' })
  })
})
