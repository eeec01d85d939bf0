import { describe, expect, it } from 'vitest'

import { followUpActions } from '../../../../core/domain/followUp'
import { isWorkingDay, workingDaysAfter } from '../../../../core/domain/workingDays'

describe('working days in Sweden', () => {
  it.each([
    ['2026-11-24', true], // a Tuesday
    ['2026-11-28', false], // Saturday
    ['2026-12-24', false], // Christmas Eve
    ['2027-03-26', false], // Good Friday 2027
    ['2027-03-29', false], // Easter Monday 2027
    ['2027-05-06', false], // Ascension Day 2027
    ['2027-06-25', false], // Midsummer Eve 2027
    ['2027-06-06', false], // National Day (a Sunday in 2027 anyway)
    ['2027-01-06', false], // Epiphany
    ['2027-01-07', true],
  ])('%s is a working day: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
  })

  it.each([
    // Friday afternoon + 3 working days = Wednesday afternoon.
    ['2026-11-27T14:00:00Z', '2026-12-02T14:00:00.000Z'],
    // Over Christmas: Wednesday 23 Dec → 24, 25, 26 closed, weekend → 28, 29, 30.
    ['2026-12-23T09:00:00Z', '2026-12-30T09:00:00.000Z'],
    // Across the spring clock change the wall time (10:00 in Stockholm) is kept.
    ['2027-03-26T09:00:00Z', '2027-04-01T08:00:00.000Z'],
  ])('3 working days after %s is %s', (start, expected) => {
    expect(workingDaysAfter(new Date(start), 3).toISOString()).toBe(expected)
  })
})

describe('follow-up of a submission', () => {
  const created = '2026-11-23T08:00:00Z' // a Monday
  const fresh = { status: 'new', untouched: true, createdAt: created, lastChangeAt: created }
  const contacted = { ...fresh, untouched: false, status: 'contacted' }
  const nothing = { remind: false, flagAtRisk: false }

  it.each([
    ['untouched for 2 working days', fresh, '2026-11-25T09:00:00Z', nothing],
    ['untouched for 3 working days', fresh, '2026-11-26T08:00:00Z', { remind: true, flagAtRisk: false }],
    ['already reminded', { ...fresh, remindedAt: '2026-11-26T08:00:00Z' }, '2026-11-27T08:00:00Z', nothing],
    ['contacted (someone acted)', contacted, '2026-11-27T08:00:00Z', nothing],
    [
      'moved to an evening by a booking, nobody has acted',
      { ...fresh, status: 'information-evening' },
      '2026-11-26T08:00:00Z',
      { remind: true, flagAtRisk: false },
    ],
    ['no change for 29 days', contacted, '2026-12-22T08:00:00Z', nothing],
    ['no change for 30 days', contacted, '2026-12-23T08:00:00Z', { remind: false, flagAtRisk: true }],
    ['already flagged', { ...contacted, atRisk: true }, '2027-01-23T08:00:00Z', nothing],
    [
      'changed recently',
      { ...contacted, status: 'assessment', lastChangeAt: '2026-12-20T08:00:00Z' },
      '2026-12-23T08:00:00Z',
      nothing,
    ],
    ['finished (assigned)', { ...contacted, status: 'assigned' }, '2027-06-01T08:00:00Z', nothing],
  ])('%s', (_, state, now, expected) => {
    expect(followUpActions(state, new Date(now))).toEqual(expected)
  })
})
