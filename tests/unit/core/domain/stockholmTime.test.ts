import { describe, expect, it } from 'vitest'

import {
  stockholmDatePlus,
  stockholmOffsetMinutes,
  stockholmWallTime,
} from '../../../../core/domain/stockholmTime'

describe('Stockholm wall-clock time', () => {
  it.each([
    ['2026-12-03', '18:00', '2026-12-03T17:00:00.000Z'],
    ['2026-06-10', '18:00', '2026-06-10T16:00:00.000Z'],
    // The last Sunday of March: clocks go from 02:00 to 03:00.
    ['2027-03-28', '18:00', '2027-03-28T16:00:00.000Z'],
    ['2027-03-27', '18:00', '2027-03-27T17:00:00.000Z'],
    // The last Sunday of October: back from 03:00 to 02:00.
    ['2026-10-25', '18:30', '2026-10-25T17:30:00.000Z'],
  ])('%s %s in Stockholm is %s', (date, time, utc) => {
    expect(stockholmWallTime(date, time).toISOString()).toBe(utc)
  })

  it('knows the offset in winter and summer', () => {
    expect(stockholmOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60)
    expect(stockholmOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120)
  })

  it('counts days from the Stockholm date, not the UTC one', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Stockholm.
    expect(stockholmDatePlus(new Date('2026-12-31T23:30:00Z'), 0)).toBe('2027-01-01')
    expect(stockholmDatePlus(new Date('2026-12-31T12:00:00Z'), 10)).toBe('2027-01-10')
  })
})
