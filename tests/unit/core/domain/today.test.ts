import { describe, expect, it } from 'vitest'

import {
  CALL_BACK_WORKING_DAYS,
  callBackClock,
  callBackDue,
  shortDuration,
  startOfTomorrow,
} from '../../../../core/domain/today'
import { compactDateTime, staffDate, staffDateTime } from '../../../../core/i18n/format'

describe('the call-back promise', () => {
  it('is three working days, counted as the follow-up job counts them', () => {
    expect(CALL_BACK_WORKING_DAYS).toBe(3)
    // Friday afternoon → Wednesday afternoon; over Christmas the closed days do not count.
    expect(callBackDue('2026-11-27T14:00:00Z').toISOString()).toBe('2026-12-02T14:00:00.000Z')
    expect(callBackDue('2026-12-23T09:00:00Z').toISOString()).toBe('2026-12-30T09:00:00.000Z')
  })

  it.each([
    ['2026-11-27T14:00:00Z', '2026-11-30T12:00:00Z', { overdue: false, span: '2 d 2 h' }],
    ['2026-11-27T14:00:00Z', '2026-12-02T13:20:00Z', { overdue: false, span: '40 min' }],
    ['2026-11-27T14:00:00Z', '2026-12-02T14:00:00Z', { overdue: false, span: '0 min' }],
    ['2026-11-27T14:00:00Z', '2026-12-02T19:00:00Z', { overdue: true, span: '5 h' }],
    ['2026-11-27T14:00:00Z', '2026-12-05T14:00:00Z', { overdue: true, span: '3 d' }],
  ])('received %s, at %s: %o', (receivedAt, now, expected) => {
    expect(callBackClock(receivedAt, new Date(now))).toEqual(expected)
  })
})

describe('short durations', () => {
  it.each([
    [0, '0 min'],
    [59 * 60_000, '59 min'],
    [60 * 60_000, '1 h'],
    [(26 * 60 + 30) * 60_000, '1 d 2 h'],
    [2 * 86_400_000, '2 d'],
    [-3 * 3_600_000, '3 h'],
  ])('%i ms is %s', (ms, expected) => expect(shortDuration(ms)).toBe(expected))
})

describe('the end of today in Stockholm', () => {
  it.each([
    // Winter (UTC+1) and summer (UTC+2); just before midnight UTC is already tomorrow in Stockholm.
    ['2026-12-06T10:00:00Z', '2026-12-06T23:00:00.000Z'],
    ['2026-12-06T23:30:00Z', '2026-12-07T23:00:00.000Z'],
    ['2027-06-10T10:00:00Z', '2027-06-10T22:00:00.000Z'],
  ])('at %s tomorrow begins %s', (now, expected) => {
    expect(startOfTomorrow(new Date(now)).toISOString()).toBe(expected)
  })
})

describe('staff dates', () => {
  it.each([
    ['sv', '2026-11-25T07:46:00Z', '25 nov. 2026 08:46'],
    ['en', '2026-11-25T07:46:00Z', '25 Nov 2026 08:46'],
    ['sv', '2027-06-10T20:05:00Z', '10 juni 2027 22:05'],
    ['sv', '2026-06-30T22:05:00Z', '1 juli 2026 00:05'],
    ['en', '2026-06-30T22:05:00Z', '1 Jul 2026 00:05'],
  ] as const)('in %s, %s reads %s (24 h, Swedish time)', (locale, iso, expected) => {
    expect(staffDateTime(locale, iso)).toBe(expected)
  })

  it.each([
    ['sv', '2026-11-25T07:46:00Z', '25 nov. 2026'],
    ['en', '2026-06-30T22:05:00Z', '1 Jul 2026'],
  ] as const)('a day in %s, %s reads %s (Swedish date)', (locale, iso, expected) => {
    expect(staffDate(locale, iso)).toBe(expected)
  })

  it('reads in the history and a spreadsheet as year-month-day hour:minute, Swedish time', () => {
    expect(compactDateTime('2026-11-25T07:46:00Z')).toBe('2026-11-25 08:46')
    expect(compactDateTime('2027-06-10T22:30:00Z')).toBe('2027-06-11 00:30')
    expect(compactDateTime('2026-06-30T22:05:00Z')).toBe('2026-07-01 00:05')
  })
})
