import { describe, expect, it } from 'vitest'

import {
  INTEREST_STATUSES,
  nextStatuses,
  pipelineLinkFor,
  recordStatus,
  statusAfter,
  statusAfterAttendance,
} from '../../../../core/domain/pipeline'

const registration = (id: string, routedTeams: string[], status = 'new') => ({ id, routedTeams, status })

describe('a booking joining the organising team pipeline', () => {
  it.each([
    ['nobody with that address: a new registration', [], { kind: 'create', possibleDuplicates: [] }],
    [
      'the team already holds one: it moves to information evening',
      [registration('r1', ['lss'])],
      { kind: 'join', id: 'r1', status: 'information-evening' },
    ],
    [
      'the team holds one in assessment: joined, never pulled back',
      [registration('r1', ['lss'], 'assessment')],
      { kind: 'join', id: 'r1', status: null },
    ],
    [
      'held jointly with another team: joined',
      [registration('r1', ['children', 'lss'], 'contacted')],
      { kind: 'join', id: 'r1', status: 'information-evening' },
    ],
    // The address in a public form is a claim: another team's registration is never handed over.
    [
      'only another team holds one: a new one, pointing at it',
      [registration('r1', ['children'])],
      { kind: 'create', possibleDuplicates: ['r1'] },
    ],
    [
      'in the central queue (no team): a new one, pointing at it',
      [registration('r1', [])],
      { kind: 'create', possibleDuplicates: ['r1'] },
    ],
    [
      "the team's own among others: joined, the others untouched",
      [registration('r1', ['children']), registration('r2', ['lss'])],
      { kind: 'join', id: 'r2', status: 'information-evening' },
    ],
  ] as const)('%s', (_, sameAddress, expected) => {
    expect(
      pipelineLinkFor(
        sameAddress.map((r) => ({ ...r, routedTeams: [...r.routedTeams] })),
        'lss',
      ),
    ).toEqual(expected)
  })
})

describe('attendance moving a registration', () => {
  it.each([
    [
      "the organising team's registration at information evening",
      ['lss'],
      'information-evening',
      'assessment',
    ],
    ['already in assessment', ['lss'], 'assessment', null],
    ['still new', ['lss'], 'new', null],
    ["another team's registration", ['children'], 'information-evening', null],
  ])('%s → %s', (_, routedTeams, status, expected) => {
    expect(statusAfterAttendance({ routedTeams, status }, 'lss')).toBe(expected)
  })
})

describe('a booking or attendance moving a registration forward only', () => {
  it.each([
    ['booked', 'new', 'information-evening'],
    ['booked', 'contacted', 'information-evening'],
    ['booked', 'information-evening', null],
    ['booked', 'assessment', null],
    ['booked', 'paused', null],
    ['booked', 'withdrawn', null],
    ['attended', 'information-evening', 'assessment'],
    ['attended', 'contacted', null],
    ['attended', 'approved', null],
  ] as const)('%s while %s → %s', (event, current, expected) => {
    expect(statusAfter(event, current)).toBe(expected)
  })
})

describe('the status history', () => {
  const at = new Date('2027-02-01T09:30:00Z')
  const earlier = { status: 'new', at: '2027-01-30T08:00:00Z', by: null }
  it.each([
    [
      'creation records the first status',
      undefined,
      undefined,
      'new',
      [{ status: 'new', at: at.toISOString(), by: 'u1' }],
    ],
    [
      'a change is appended with its time and author',
      [earlier],
      'new',
      'contacted',
      [earlier, { status: 'contacted', at: at.toISOString(), by: 'u1' }],
    ],
    ['saving without a change adds nothing', [earlier], 'new', 'new', [earlier]],
    [
      'a document without history gets its status recorded',
      null,
      'new',
      'new',
      [{ status: 'new', at: at.toISOString(), by: 'u1' }],
    ],
  ] as const)('%s', (_, history, previous, next, expected) => {
    expect(recordStatus(history ? [...history] : history, previous, next, at, 'u1')).toEqual(expected)
  })
})

describe('the next steps a case card offers', () => {
  it('from new: every other interest status, in the pipeline order the status field lists', () => {
    const others = Object.keys(INTEREST_STATUSES).filter((status) => status !== 'new')
    expect(others).toHaveLength(8)
    expect(nextStatuses('interest', 'new')).toEqual(others)
  })

  it.each([
    ['interest', 'assessment', ['approved', 'assigned', 'paused', 'withdrawn', 'not-suitable']],
    ['interest', 'assigned', ['paused', 'withdrawn', 'not-suitable']],
    [
      'interest',
      'paused',
      ['contacted', 'information-evening', 'assessment', 'approved', 'withdrawn', 'not-suitable'],
    ],
    ['interest', 'withdrawn', []],
    ['interest', 'not-suitable', []],
    ['application', 'new', ['contacted', 'closed']],
    ['application', 'contacted', ['closed']],
    ['application', 'closed', []],
  ] as const)('%s, %s: %j', (kind, status, expected) => {
    expect(nextStatuses(kind, status)).toEqual(expected)
  })
})
