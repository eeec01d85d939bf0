import { describe, expect, it } from 'vitest'

import { isRunning, upcomingSwitches } from '../../../../core/domain/campaignWindow'

const campaign = { startsAt: '2026-12-01T08:00:00.000Z', endsAt: '2027-01-31T23:00:00.000Z' }

describe('campaign window', () => {
  it.each([
    ['2026-11-30T12:00:00Z', false],
    ['2026-12-01T08:00:00Z', true],
    ['2027-01-15T12:00:00Z', true],
    ['2027-01-31T23:00:00Z', false],
  ])('at %s running is %s', (now, running) => {
    expect(isRunning(campaign, new Date(now))).toBe(running)
  })

  it('schedules rebuilds only for switches still ahead', () => {
    expect(upcomingSwitches(campaign, new Date('2026-11-01T00:00:00Z')).map((d) => d.toISOString())).toEqual([
      '2026-12-01T08:00:00.000Z',
      '2027-01-31T23:00:00.000Z',
    ])
    expect(upcomingSwitches(campaign, new Date('2026-12-15T00:00:00Z')).map((d) => d.toISOString())).toEqual([
      '2027-01-31T23:00:00.000Z',
    ])
  })
})
