import { describe, expect, it } from 'vitest'

import {
  type PublicTeam,
  contactsFor,
  factsSectionFor,
  isPhoneNumber,
  isWebLink,
  telHref,
} from '../../../../core/domain/municipalityFacts'

describe('a municipality fact as the CMS accepts it', () => {
  it.each([
    ['08-000 10 00', true],
    ['+46 8 000 10 00', true],
    ['(08) 123 45', true],
    ['112', true],
    ['ring oss', false],
    ['08-000 10 00 eller 08-000 20 00', false],
    ['--', false],
  ])('phone %j → %s', (value, valid) => {
    expect(isPhoneNumber(value)).toBe(valid)
  })

  it.each([
    ['https://www.stockholm.se/arvode', true],
    ['http://kommun.example.org/a?b=c', true],
    ['www.stockholm.se', false],
    ['javascript:alert(1)', false],
    ['mailto:info@example.org', false],
    ['https://localhost/x', false],
    ['', false],
  ])('link %j → %s', (value, valid) => {
    expect(isWebLink(value)).toBe(valid)
  })

  it.each([
    ['08-000 10 00', 'tel:080001000'],
    ['+46 (8) 000 10 00', 'tel:+4680001000'],
  ])('calls %j at %j', (phone, href) => {
    expect(telHref(phone)).toBe(href)
  })
})

describe('factsSectionFor', () => {
  it.each([
    ['volunteers', 'volunteer'],
    ['families', 'support'],
    ['both', null],
    [null, null],
  ] as const)('points a page for %s to the section %s', (audience, section) => {
    expect(factsSectionFor(audience)).toBe(section)
  })
})

describe('contactsFor: the teams a resident contacts, in words', () => {
  const team = (over: Partial<PublicTeam>): PublicTeam => ({
    districts: [],
    programmeAreas: ['sol-children-youth'],
    forms: ['interest', 'application'],
    phone: '08-1',
    email: '',
    hours: '',
    ...over,
  })
  const places = { municipality: 'Stockholm', districts: { sodermalm: 'Södermalm', kista: 'Rinkeby-Kista' } }

  it('keeps the teams that take the form and can be reached, by place then by group', () => {
    const teams = [
      team({ districts: ['sodermalm'], programmeAreas: ['lss'] }),
      team({ districts: ['sodermalm'], programmeAreas: ['sol-children-youth'] }),
      team({ districts: ['kista'], forms: ['interest'] }),
      team({ forms: ['interest'], programmeAreas: ['sol-children-youth', 'sol-adults', 'lss'] }),
      team({ districts: ['kista'], phone: '', email: '' }),
    ]
    const applications = contactsFor(teams, 'application', places)
    expect(applications.map((c) => [c.place, c.programmeAreas])).toEqual([
      ['Södermalm', ['sol-children-youth']],
      ['Södermalm', ['lss']],
    ])
    expect(contactsFor(teams, 'interest', places).map((c) => c.place)).toEqual([
      'Rinkeby-Kista',
      'Stockholm',
      'Södermalm',
      'Södermalm',
    ])
  })

  it('names a district it does not know by its key rather than hiding the team', () => {
    expect(contactsFor([team({ districts: ['okand'] })], 'interest', places)[0].place).toBe('okand')
  })
})
