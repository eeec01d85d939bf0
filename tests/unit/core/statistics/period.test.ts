import { describe, expect, it } from 'vitest'

import {
  DEFAULT_CHOICE,
  type PeriodChoice,
  choiceFromParams,
  lastDayOf,
  offeredQuarters,
  periodOf,
  quarterOf,
} from '../../../../core/statistics/period'

// 00:30 on 1 July in Stockholm is still 30 June in UTC: the period follows Stockholm's calendar.
const justAfterMidnight = new Date('2026-06-30T22:30:00Z')
const winterNoon = new Date('2026-12-06T11:00:00Z')

describe('the days a period choice covers', () => {
  it.each<[string, PeriodChoice, Date, { from: string; to: string }]>([
    [
      'last 30 days, today included',
      { kind: 'last', days: 30 },
      winterNoon,
      { from: '2026-11-07', to: '2026-12-07' },
    ],
    ['last 90 days', { kind: 'last', days: 90 }, winterNoon, { from: '2026-09-08', to: '2026-12-07' }],
    ['last 365 days', { kind: 'last', days: 365 }, winterNoon, { from: '2025-12-07', to: '2026-12-07' }],
    [
      'last 30 days on Stockholm’s date',
      { kind: 'last', days: 30 },
      justAfterMidnight,
      { from: '2026-06-02', to: '2026-07-02' },
    ],
    [
      'a quarter',
      { kind: 'quarter', quarter: '2026-Q3' },
      winterNoon,
      { from: '2026-07-01', to: '2026-10-01' },
    ],
    [
      'the last quarter of a year',
      { kind: 'quarter', quarter: '2025-Q4' },
      winterNoon,
      { from: '2025-10-01', to: '2026-01-01' },
    ],
    [
      'custom, its last day included',
      { kind: 'custom', from: '2026-02-01', through: '2026-02-28' },
      winterNoon,
      { from: '2026-02-01', to: '2026-03-01' },
    ],
    [
      'custom, one day',
      { kind: 'custom', from: '2026-03-29', through: '2026-03-29' },
      winterNoon,
      { from: '2026-03-29', to: '2026-03-30' },
    ],
  ])('%s', (_, choice, now, expected) => {
    expect(periodOf(choice, now)).toEqual(expected)
  })

  it('shows its last day, not the exclusive end', () => {
    expect(lastDayOf({ from: '2026-07-01', to: '2026-10-01' })).toBe('2026-09-30')
  })
})

describe('quarters', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-09-30', '2026-Q3'],
    ['2026-12-31', '2026-Q4'],
  ])('%s is in %s', (date, quarter) => expect(quarterOf(date)).toBe(quarter))

  it('offers the current quarter in Stockholm and the seven before it, newest first', () => {
    expect(offeredQuarters(justAfterMidnight)).toEqual([
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
      '2025-Q2',
      '2025-Q1',
      '2024-Q4',
    ])
  })
})

describe('the choice in the URL', () => {
  it.each<[string, Record<string, string | string[] | undefined>, PeriodChoice]>([
    ['nothing chosen', {}, DEFAULT_CHOICE],
    ['last 30 days', { period: '30' }, { kind: 'last', days: 30 }],
    ['last 365 days', { period: '365' }, { kind: 'last', days: 365 }],
    ['a span not offered', { period: '45' }, DEFAULT_CHOICE],
    ['a quarter', { period: 'quarter', quarter: '2026-Q2' }, { kind: 'quarter', quarter: '2026-Q2' }],
    ['a malformed quarter', { period: 'quarter', quarter: '2026-Q5' }, DEFAULT_CHOICE],
    ['a quarter without one', { period: 'quarter' }, DEFAULT_CHOICE],
    [
      'custom dates',
      { period: 'custom', from: '2026-01-15', through: '2026-02-15' },
      { kind: 'custom', from: '2026-01-15', through: '2026-02-15' },
    ],
    [
      'custom, ending before it starts',
      { period: 'custom', from: '2026-02-15', through: '2026-01-15' },
      DEFAULT_CHOICE,
    ],
    [
      'custom, a day that does not exist',
      { period: 'custom', from: '2026-02-30', through: '2026-03-15' },
      DEFAULT_CHOICE,
    ],
    ['custom, not a date', { period: 'custom', from: 'yesterday', through: '2026-03-15' }, DEFAULT_CHOICE],
    ['a repeated parameter: the first counts', { period: ['30', '365'] }, { kind: 'last', days: 30 }],
  ])('%s', (_, params, expected) => expect(choiceFromParams(params)).toEqual(expected))
})
