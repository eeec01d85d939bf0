import { describe, expect, it } from 'vitest'

import { linkedTo, mayLookForLinks, normalPhone, samePerson } from '../../../../core/domain/linkedRecords'

describe('normalised contact details', () => {
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
    ['same phone, written differently', { phone: '070-123 45 67' }, { phone: '+46701234567' }, true],
    ['other phone', { phone: '0701234567' }, { phone: '0707654321' }, false],
    ['two placeholder phones are not a match', { phone: '–' }, { phone: '–' }, false],
    ['no phone on either side is not a match', { phone: null }, { phone: null }, false],
  ])('%s', (_, a, b, expected) => {
    expect(samePerson(a, b)).toBe(expected)
    expect(samePerson(b, a)).toBe(expected)
  })

  it('links by phone only: a typed e-mail address is a claim nobody has checked', () => {
    const self = { id: '1', email: 'anna@example.org', phone: '0701234567' }
    const candidates = [
      self,
      { id: '2', email: 'anna@example.org', phone: null },
      { id: '3', email: 'other@example.org', phone: '+46 70 123 45 67' },
      { id: '4', email: 'other@example.org', phone: '0709999999' },
    ]
    expect(linkedTo(self, candidates).map((record) => record.id)).toEqual(['3'])
  })
})

describe('when a team may look for the person’s other records', () => {
  it.each([
    ['nothing logged', [], false],
    ['no log at all', null, false],
    [
      'only call attempts, notes and e-mails',
      [{ kind: 'call-attempt' }, { kind: 'note' }, { kind: 'email-sent' }],
      false,
    ],
    ['the team has spoken with the person', [{ kind: 'call-attempt' }, { kind: 'reached' }], true],
  ])('%s: %s', (_, log, expected) => {
    expect(mayLookForLinks(log)).toBe(expected)
  })
})
