import { describe, expect, it } from 'vitest'

import {
  type FieldShape,
  KEPT,
  anonymisedChange,
  anonymousReference,
} from '../../../../core/domain/anonymise'

const now = new Date('2027-04-30T02:30:00Z')
const done = { now, reference: 'ANON-1' }
const shapes = (row: Record<string, unknown>, many: string[] = []): FieldShape[] =>
  Object.keys(row).map((name) => ({ name, many: many.includes(name) }))

const registration = {
  id: 'r1',
  createdAt: '2026-01-05T09:00:00.000Z',
  reference: 'IR-2026-ABCD',
  status: 'withdrawn',
  municipality: 'm1',
  district: 'sodermalm',
  routedTeams: ['t1'],
  services: ['contact-family'],
  channel: 'advertising',
  campaign: 'c1',
  endedAt: '2026-03-01T00:00:00.000Z',
  name: 'Anna Andersson',
  email: 'anna@example.org',
  phone: '070-123 45 67',
  about: 'Ring mig på 070-765 43 21 eller anna.privat@example.org',
  adults: 2,
  ageGroup: '30-49',
  locale: 'en',
  responsible: 'u1',
  nextAction: 'Ring Anna',
  nextActionAt: '2026-02-01',
  idempotencyKey: 'k1',
  routingExplanation: 'postnummer 118 20',
  possibleDuplicates: ['r2'],
  atRisk: true,
  history: [
    { id: 'h1', status: 'new', at: '2026-01-05T09:00:00.000Z', by: null, reason: null },
    { id: 'h2', status: 'contacted', at: '2026-01-06T09:00:00.000Z', by: 'u1', reason: 'Anna bad om det' },
  ],
  contactLog: [
    { id: 'c1', kind: 'phone', at: '2026-01-06T08:00:00.000Z', by: 'u1', note: 'anna@example.org' },
  ],
}

describe('anonymising a record', () => {
  const change = anonymisedChange(
    'interest-registrations',
    registration,
    shapes(registration, ['routedTeams', 'services', 'possibleDuplicates', 'history', 'contactLog']),
    done,
  )

  it.each([
    ['name, e-mail and phone: emptied (their columns take no null)', { name: '', email: '', phone: '' }],
    ['free text: erased whole', { about: null, nextAction: null, routingExplanation: null }],
    [
      'household, language and case work: erased',
      { adults: null, ageGroup: null, locale: null, responsible: null, nextActionAt: null },
    ],
    ['keys and links to other people’s records: erased', { idempotencyKey: null, possibleDuplicates: [] }],
    [
      'a new reference that points to nobody, and when',
      { reference: 'ANON-1', anonymisedAt: now.toISOString() },
    ],
    ['nothing left to act on', { atRisk: false }],
  ])('%s', (_, expected) => {
    expect(change).toMatchObject(expected)
  })

  it('keeps what statistics count by leaving it out of the change', () => {
    for (const field of [
      'status',
      'municipality',
      'district',
      'routedTeams',
      'services',
      'channel',
      'campaign',
      'endedAt',
      'createdAt',
      'id',
    ])
      expect(change).not.toHaveProperty(field)
  })

  it.each([
    [
      'history: dates, statuses and whether staff acted; no reason',
      'history',
      [
        { id: 'h1', status: 'new', at: '2026-01-05T09:00:00.000Z', by: null, reason: null },
        { id: 'h2', status: 'contacted', at: '2026-01-06T09:00:00.000Z', by: 'u1', reason: null },
      ],
    ],
    [
      'contact log: kind and time; no note, no author',
      'contactLog',
      [{ id: 'c1', kind: 'phone', at: '2026-01-06T08:00:00.000Z', by: null, note: null }],
    ],
  ])('%s', (_, field, expected) => {
    expect(change[field]).toEqual(expected)
  })

  it('leaves no e-mail address, phone number or name anywhere in the change', () => {
    const written = JSON.stringify(change)
    for (const personal of ['@', '070', 'Anna', '118 20', 'IR-2026']) expect(written).not.toContain(personal)
  })

  it('erases a field nobody has classified yet', () => {
    const row = { id: 'a1', service: 'contact-person', shoeSize: '42' }
    expect(anonymisedChange('applications', row, shapes(row), done)).toMatchObject({ shoeSize: null })
  })

  it.each([
    [
      'a booking keeps its evening, seats, status and attendance',
      'bookings' as const,
      ['evening', 'seats', 'status', 'attendance', 'interestRegistration'],
    ],
    [
      'an application keeps its service and the applicant’s category',
      'applications' as const,
      ['service', 'applicant', 'forWhom', 'disability', 'closedAt'],
    ],
  ])('%s', (_, kind, fields) => {
    expect(KEPT[kind]).toEqual(expect.arrayContaining(fields))
    for (const personal of [
      'name',
      'email',
      'phone',
      'needs',
      'staffNotes',
      'message',
      'callTime',
      'reference',
    ])
      expect(KEPT[kind]).not.toContain(personal)
  })

  it('has no flag to drop on a booking', () => {
    const booking = { id: 'b1', name: 'Cecilia', needs: 'Hörslinga', staffNotes: 'kom sent', seats: 2 }
    expect(anonymisedChange('bookings', booking, shapes(booking), done)).toEqual({
      name: '',
      needs: null,
      staffNotes: null,
      reference: 'ANON-1',
      anonymisedAt: now.toISOString(),
    })
  })
})

describe('an anonymous reference', () => {
  it.each([
    ['from a UUID', '0f8e2c1a-9b7d-4e6f-8a5b-3c2d1e0f9a8b', 'ANON-0F8E2C1A9B7D4E6F'],
    ['from hex', 'abcdef', 'ANON-ABCDEF'],
  ])('%s', (_, random, expected) => {
    expect(anonymousReference(random)).toBe(expected)
  })
})
