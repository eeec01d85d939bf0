import { describe, expect, it } from 'vitest'

import { retentionCutoffs, retentionSettings } from '../../../../core/domain/retention'

describe('retention', () => {
  it.each([
    [
      'the defaults: 30 days after closing, 90 after arrival, 30 for e-mail',
      {},
      { daysAfterClose: 30, maxDaysAfterArrival: 90, outboxDays: 30 },
    ],
    [
      'each set by its own variable',
      {
        APPLICATION_RETENTION_DAYS_AFTER_CLOSE: '7',
        APPLICATION_RETENTION_MAX_DAYS: '60',
        OUTBOX_RETENTION_DAYS: '14',
      },
      { daysAfterClose: 7, maxDaysAfterArrival: 60, outboxDays: 14 },
    ],
  ])('settings: %s', (_, env, expected) => {
    expect(retentionSettings(env)).toEqual(expected)
  })

  const now = new Date('2027-04-30T02:30:00Z')
  it.each([
    [
      'the defaults',
      retentionSettings({}),
      {
        closedBefore: '2027-03-31T02:30:00.000Z',
        arrivedBefore: '2027-01-30T02:30:00.000Z',
        outboxBefore: '2027-03-31T02:30:00.000Z',
      },
    ],
    [
      'shorter times',
      { daysAfterClose: 1, maxDaysAfterArrival: 10, outboxDays: 0 },
      {
        closedBefore: '2027-04-29T02:30:00.000Z',
        arrivedBefore: '2027-04-20T02:30:00.000Z',
        outboxBefore: '2027-04-30T02:30:00.000Z',
      },
    ],
  ])('cutoffs with %s', (_, settings, expected) => {
    expect(retentionCutoffs(now, settings)).toEqual(expected)
  })
})
