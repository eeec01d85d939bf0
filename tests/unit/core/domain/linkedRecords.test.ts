import { describe, expect, it } from 'vitest'

import { linkedTo, normalEmail, normalPhone, samePerson } from '../../../../core/domain/linkedRecords'

describe('normalised contact details', () => {
  it.each([
    [' Anna.Berg@Example.ORG ', 'anna.berg@example.org'],
    ['', null],
    ['   ', null],
    [null, null],
  ])('e-mail %j is %j', (input, expected) => {
    expect(normalEmail(input)).toBe(expected)
  })

  it.each([
    ['070-123 45 67', '0701234567'],
    ['+46 70 123 45 67', '0701234567'],
    ['+46 (0)70-123 45 67', '0701234567'],
    ['0046701234567', '0701234567'],
    ['(08) 123 456', '08123456'],
    ['–', null],
    ['12345', null],
    [undefined, null],
  ])('phone %j is %j', (input, expected) => {
    expect(normalPhone(input)).toBe(expected)
  })
})

describe('the same person', () => {
  it.each([
    [
      'same e-mail, other case and spaces',
      { email: 'anna@example.org' },
      { email: ' ANNA@example.org' },
      true,
    ],
    ['same phone, written differently', { phone: '070-123 45 67' }, { phone: '+46701234567' }, true],
    [
      'e-mail differs, phone the same',
      { email: 'a@x.se', phone: '0701234567' },
      { email: 'b@x.se', phone: '070 123 45 67' },
      true,
    ],
    [
      'nothing shared',
      { email: 'a@x.se', phone: '0701234567' },
      { email: 'b@x.se', phone: '0707654321' },
      false,
    ],
    [
      'two placeholder phones are not a match',
      { email: 'a@x.se', phone: '–' },
      { email: 'b@x.se', phone: '–' },
      false,
    ],
    ['no e-mail on either side is not a match', { phone: null }, { phone: null }, false],
  ])('%s', (_, a, b, expected) => {
    expect(samePerson(a, b)).toBe(expected)
    expect(samePerson(b, a)).toBe(expected)
  })

  it('links the others, never the record itself', () => {
    const self = { id: '1', email: 'anna@example.org', phone: '0701234567' }
    const candidates = [
      self,
      { id: '2', email: 'ANNA@example.org', phone: null },
      { id: '3', email: 'other@example.org', phone: '+46 70 123 45 67' },
      { id: '4', email: 'other@example.org', phone: '0709999999' },
    ]
    expect(linkedTo(self, candidates).map((record) => record.id)).toEqual(['2', '3'])
  })
})
