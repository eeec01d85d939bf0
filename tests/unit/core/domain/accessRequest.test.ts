import { describe, expect, it } from 'vitest'

import { isTheirs, personOf } from '../../../../core/domain/accessRequest'

describe('personOf', () => {
  it.each([
    [
      'an address, in any case and spacing',
      { email: ' Anna@Example.ORG ' },
      { email: 'anna@example.org', phone: null },
    ],
    ['a number in any Swedish form', { phone: '+46 70-123 45 67' }, { email: null, phone: '0701234567' }],
    ['both', { email: 'a@b.se', phone: '070 123 45 67' }, { email: 'a@b.se', phone: '0701234567' }],
    ['nothing usable', { email: 'not an address', phone: '–' }, null],
    ['nothing at all', {}, null],
  ])('%s', (_, input, expected) => {
    expect(personOf(input)).toEqual(expected)
  })
})

describe('isTheirs', () => {
  const anna = { email: 'anna@example.org', phone: '0701234567' }
  it.each([
    ['the same address in another case', { email: 'ANNA@example.org', phone: '08-1' }, true],
    ['the same number written otherwise', { email: 'other@example.org', phone: '0046 70 123 45 67' }, true],
    ['an e-mail sent to them', { to: 'anna@example.org' }, true],
    ['someone else', { email: 'annan@example.org', phone: '0701234568' }, false],
    ['an address that only contains theirs', { email: 'xanna@example.org' }, false],
    ['a record without contact details', {}, false],
  ])('%s', (_, record, expected) => {
    expect(isTheirs(anna, record)).toBe(expected)
  })

  it('a search by address alone does not match on a missing number', () => {
    expect(isTheirs({ email: 'anna@example.org', phone: null }, { phone: null })).toBe(false)
  })
})
