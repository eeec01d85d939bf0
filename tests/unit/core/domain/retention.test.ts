import { describe, expect, it } from 'vitest'

import {
  INTEREST_ENDED,
  endedAtAfter,
  retentionCutoffs,
  retentionDefaults,
  scheduleFor,
} from '../../../../core/domain/retention'

const DEFAULTS = {
  applicationDaysAfterClose: 30,
  applicationEscalateAfterDays: 90,
  interestDaysAfterEnd: 90,
  interestInactiveMonths: 12,
  bookingDaysAfterEvening: 30,
  outboxDays: 30,
  statisticsHorizonDays: 1095,
}

describe('the default schedule', () => {
  it.each([
    ['with nothing set: the documented defaults', {}, DEFAULTS],
    [
      'each set by its own variable',
      {
        APPLICATION_RETENTION_DAYS_AFTER_CLOSE: '7',
        APPLICATION_RETENTION_MAX_DAYS: '60',
        INTEREST_RETENTION_DAYS_AFTER_END: '14',
        INTEREST_INACTIVE_MONTHS: '6',
        BOOKING_RETENTION_DAYS_AFTER_EVENING: '1',
        OUTBOX_RETENTION_DAYS: '0',
        STATISTICS_HORIZON_DAYS: '730',
      },
      {
        applicationDaysAfterClose: 7,
        applicationEscalateAfterDays: 60,
        interestDaysAfterEnd: 14,
        interestInactiveMonths: 6,
        bookingDaysAfterEvening: 1,
        outboxDays: 0,
        statisticsHorizonDays: 730,
      },
    ],
    [
      'ignoring empty, negative and non-numbers',
      {
        APPLICATION_RETENTION_DAYS_AFTER_CLOSE: '',
        OUTBOX_RETENTION_DAYS: '-1',
        INTEREST_INACTIVE_MONTHS: 'x',
      },
      DEFAULTS,
    ],
  ])('%s', (_, env, expected) => {
    expect(retentionDefaults(env)).toEqual(expected)
  })
})

describe("a municipality's schedule", () => {
  it.each([
    ['none of its own: the defaults', null, DEFAULTS],
    ['blank fields: the defaults', { applicationDaysAfterClose: null, outboxDays: undefined }, DEFAULTS],
    [
      'its own where it set them, the defaults elsewhere',
      { applicationDaysAfterClose: 365, interestDaysAfterEnd: 0 },
      { ...DEFAULTS, applicationDaysAfterClose: 365, interestDaysAfterEnd: 0 },
    ],
  ])('%s', (_, own, expected) => {
    expect(scheduleFor(own, DEFAULTS)).toEqual(expected)
  })
})

describe('the cutoffs', () => {
  const now = new Date('2027-04-30T02:30:00Z')
  it.each([
    [
      'the defaults',
      DEFAULTS,
      {
        applicationClosedBefore: '2027-03-31T02:30:00.000Z',
        escalateArrivedBefore: '2027-01-30T02:30:00.000Z',
        escalatedBefore: '2027-04-23T02:30:00.000Z',
        interestEndedBefore: '2027-01-30T02:30:00.000Z',
        interestInactiveBefore: '2026-01-30T02:30:00.000Z',
        bookingEveningBefore: '2027-03-31T02:30:00.000Z',
        outboxBefore: '2027-03-31T02:30:00.000Z',
        statisticsHorizonBefore: '2024-04-30T02:30:00.000Z',
      },
    ],
    [
      'shorter times',
      {
        applicationDaysAfterClose: 1,
        applicationEscalateAfterDays: 10,
        interestDaysAfterEnd: 0,
        interestInactiveMonths: 2,
        bookingDaysAfterEvening: 3,
        outboxDays: 0,
        statisticsHorizonDays: 365,
      },
      {
        applicationClosedBefore: '2027-04-29T02:30:00.000Z',
        escalateArrivedBefore: '2027-04-20T02:30:00.000Z',
        escalatedBefore: '2027-04-23T02:30:00.000Z',
        interestEndedBefore: '2027-04-30T02:30:00.000Z',
        interestInactiveBefore: '2027-02-28T02:30:00.000Z',
        bookingEveningBefore: '2027-04-27T02:30:00.000Z',
        outboxBefore: '2027-04-30T02:30:00.000Z',
        statisticsHorizonBefore: '2026-04-30T02:30:00.000Z',
      },
    ],
  ])('with %s', (_, schedule, expected) => {
    expect(retentionCutoffs(now, schedule)).toEqual(expected)
  })
})

describe('when the retention clock of a registration starts', () => {
  const now = new Date('2027-04-30T10:00:00Z')
  const stamped = '2027-01-01T00:00:00.000Z'
  it.each([
    ['withdrawn now: starts', 'contacted', 'withdrawn', null, now.toISOString()],
    ['found not suitable: starts', 'assessment', 'not-suitable', null, now.toISOString()],
    ['from one end to the other: keeps its start', 'withdrawn', 'not-suitable', stamped, stamped],
    ['status unchanged: keeps what was there', 'withdrawn', 'withdrawn', stamped, stamped],
    ['no status in the change: keeps what was there', 'withdrawn', undefined, stamped, stamped],
    ['resumed: stops', 'withdrawn', 'contacted', stamped, null],
    ['a move along the pipeline: none', 'new', 'contacted', null, null],
    ['created withdrawn: starts', undefined, 'withdrawn', undefined, now.toISOString()],
  ])('%s', (_, previous, next, before, expected) => {
    expect(endedAtAfter(INTEREST_ENDED, previous, next, before, now)).toBe(expected)
  })
})
