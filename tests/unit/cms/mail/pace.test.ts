import { describe, expect, it } from 'vitest'

import { createPacer, reserveSlot, retryAfterMs } from '../../../../cms/mail/pace'

/** A clock that moves only when someone sleeps; records when each request would go out. */
function fakeClock() {
  let time = 1_000_000
  return { now: () => time, sleep: async (ms: number) => void (time += ms), elapsed: () => time - 1_000_000 }
}

describe('pacing provider requests', () => {
  it.each([
    { nextFree: 0, now: 100, expected: { at: 100, nextFree: 600 } },
    { nextFree: 600, now: 100, expected: { at: 600, nextFree: 1100 } },
    { nextFree: 600, now: 900, expected: { at: 900, nextFree: 1400 } },
  ])('a request at $now with the next slot free at $nextFree', ({ nextFree, now, expected }) => {
    expect(reserveSlot(nextFree, now, 500)).toEqual(expected)
  })

  it('lets five requests out at 2 a second over two seconds, never two in the same half second', async () => {
    const clock = fakeClock()
    const pacer = createPacer(2, clock)
    const times: number[] = []
    for (let i = 0; i < 5; i += 1) {
      await pacer.take()
      times.push(clock.elapsed())
    }
    expect(times).toEqual([0, 500, 1000, 1500, 2000])
  })

  it('holds everything back for a retry-after', async () => {
    const clock = fakeClock()
    const pacer = createPacer(2, clock)
    await pacer.take()
    pacer.holdFor(3000)
    await pacer.take()
    expect(clock.elapsed()).toBe(3000)
  })

  it('moves a request already waiting for its slot when a hold comes meanwhile', async () => {
    const clock = fakeClock()
    const pacer = createPacer(2, clock)
    await pacer.take()
    const sleep = clock.sleep
    // The hold arrives while the second request sleeps towards its slot at 500 ms.
    clock.sleep = async (ms) => {
      clock.sleep = sleep
      pacer.holdFor(2000)
      await sleep(ms)
    }
    await pacer.take()
    expect(clock.elapsed()).toBe(2000)
  })

  it('refuses a rate that is not a positive number', () => {
    expect(() => createPacer(0)).toThrow(/RESEND_MAX_PER_SECOND/)
    expect(() => createPacer(Number('two'))).toThrow(/RESEND_MAX_PER_SECOND/)
  })
})

describe('reading retry-after', () => {
  const now = Date.parse('2026-12-06T12:00:00Z')
  it.each([
    { headers: { 'retry-after': '2' }, expected: 2000 },
    { headers: { 'retry-after': '0.5' }, expected: 500 },
    { headers: { 'retry-after': 'Sun, 06 Dec 2026 12:00:04 GMT' }, expected: 4000 },
    { headers: { 'retry-after': 'soon' }, expected: 1000 },
    { headers: {}, expected: 1000 },
    { headers: null, expected: 1000 },
  ])('$headers → $expected ms', ({ headers, expected }) => {
    expect(retryAfterMs(headers, now)).toBe(expected)
  })
})
