import { describe, expect, it } from 'vitest'

import {
  bookingOutcome,
  eveningNotice,
  fits,
  fitsFromWaitlist,
  promotions,
  reminderDue,
  seatsLeft,
} from '../../../../core/domain/seats'

describe('seat rules', () => {
  const now = new Date('2027-03-20T12:00:00Z')
  const ledger = {
    capacity: 10,
    seatsConfirmed: 9,
    held: 0,
    waitlistCount: 0,
    open: true,
    closesAt: '2027-03-30T14:00:00Z',
  }
  it.each([
    ['a single takes the last seat', ledger, 1, 'confirmed'],
    ['a couple does not fit in one seat', ledger, 2, 'waitlisted'],
    [
      'a seat held for the waitlist is not for newcomers',
      { ...ledger, seatsConfirmed: 8, held: 1, waitlistCount: 3 },
      2,
      'waitlisted',
    ],
    ['a couple fits in the last two seats', { ...ledger, seatsConfirmed: 8 }, 2, 'confirmed'],
    ['a full evening waitlists even a single', { ...ledger, seatsConfirmed: 10 }, 1, 'waitlisted'],
    ['a closed evening takes nobody', { ...ledger, open: false }, 1, 'closed'],
    [
      'past the booking deadline nobody is taken',
      { ...ledger, closesAt: '2027-03-20T12:00:00Z' },
      1,
      'closed',
    ],
  ] as const)('%s', (_, state, seats, expected) => {
    expect(bookingOutcome(state, seats, now)).toBe(expected)
  })

  it.each([
    ['free seats', { capacity: 10, seatsConfirmed: 6, held: 1 }, 3],
    ['held seats are not free', { capacity: 10, seatsConfirmed: 8, held: 2 }, 0],
    ['a capacity lowered below the confirmed count', { capacity: 5, seatsConfirmed: 8, held: 0 }, 0],
  ])('seats left: %s → %s', (_, state, expected) => {
    expect(seatsLeft(state)).toBe(expected)
  })

  it.each([
    ['room beside confirmed and held', { capacity: 10, seatsConfirmed: 7, held: 1 }, 2, true, true],
    ['only the held seat is left', { capacity: 10, seatsConfirmed: 9, held: 1 }, 1, false, true],
    ['full', { capacity: 10, seatsConfirmed: 10, held: 0 }, 1, false, false],
  ])('%s: a newcomer fits %s, someone waiting %s', (_, state, seats, newcomer, waiting) => {
    expect(fits(state, seats)).toBe(newcomer)
    expect(fitsFromWaitlist(state, seats)).toBe(waiting)
  })

  it('promotes in arrival order, skipping a couple only while it does not fit', () => {
    const waitlist = [
      { id: 'c', seats: 2, sequence: 12 },
      { id: 'a', seats: 2, sequence: 11 },
      { id: 'b', seats: 1, sequence: 13 },
      { id: 'd', seats: 1, sequence: 14 },
    ]
    expect(promotions({ capacity: 10, seatsConfirmed: 9 }, waitlist).map((w) => w.id)).toEqual(['b'])
    expect(promotions({ capacity: 10, seatsConfirmed: 7 }, waitlist).map((w) => w.id)).toEqual(['a', 'b'])
  })
})

describe('reminders and notices', () => {
  const start = '2027-03-30T16:00:00Z'
  it.each([
    ['49 h before', '2027-03-28T15:00:00Z', null, false],
    ['48 h before', '2027-03-28T16:00:00Z', null, true],
    ['1 h before', '2027-03-30T15:00:00Z', null, true],
    ['already reminded', '2027-03-30T15:00:00Z', '2027-03-28T16:00:00Z', false],
    ['after the start', '2027-03-30T16:30:00Z', null, false],
  ])('%s → %s', (_, now, sent, expected) => {
    expect(reminderDue(start, new Date(now), 48, sent)).toBe(expected)
  })

  it.each([
    ['moved', { startsAt: 'a', status: 'open' }, { startsAt: 'b', status: 'open' }, 'changed'],
    ['new place', { place: 'x', status: 'open' }, { place: 'y', status: 'open' }, 'changed'],
    ['cancelled', { status: 'open' }, { status: 'cancelled' }, 'cancelled'],
    [
      'only the description edited',
      { description: 'x', status: 'open' },
      { description: 'y', status: 'open' },
      null,
    ],
    ['first publication', undefined, { status: 'open' }, null],
  ])('%s → %s', (_, previous, next, expected) => {
    expect(eveningNotice(previous, next)).toBe(expected)
  })
})
