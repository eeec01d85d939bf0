import { describe, expect, it } from 'vitest'

import { abandonedBefore, abandonedJobsWhere } from '../../../../cms/jobs/abandonedJobs'
import { failureLine } from '../../../../cms/jobs/failureLog'
import { QUEUES, queueRuns, runsJobs } from '../../../../cms/jobs/queues'

const now = new Date('2026-12-06T12:00:00.000Z')
const tenMinutes = 10 * 60_000

describe('which claimed jobs a dead process left behind', () => {
  it.each([
    {
      soleRunner: true,
      atStart: true,
      expected: '2026-12-06T12:00:00.000Z',
      why: 'SQLite on start: every claim is a dead process’s',
    },
    {
      soleRunner: true,
      atStart: false,
      expected: '2026-12-06T11:50:00.000Z',
      why: 'SQLite while running: only claims older than the lease',
    },
    {
      soleRunner: false,
      atStart: true,
      expected: '2026-12-06T11:50:00.000Z',
      why: 'MongoDB on start: other instances may be working',
    },
    { soleRunner: false, atStart: false, expected: '2026-12-06T11:50:00.000Z', why: 'MongoDB while running' },
  ])('$why', ({ soleRunner, atStart, expected }) => {
    expect(abandonedBefore(now, tenMinutes, { soleRunner, atStart }).toISOString()).toBe(expected)
  })

  it('asks only for jobs still marked processing and not worked on since the cut-off', () => {
    expect(abandonedJobsWhere(now)).toEqual({
      and: [{ processing: { equals: true } }, { updatedAt: { less_than: '2026-12-06T12:00:00.000Z' } }],
    })
  })
})

describe('the log line of a failed job', () => {
  it.each([
    {
      error: new TypeError('fetch failed'),
      expected: 'job sendEmail (booking-confirmed) failed on attempt 2: TypeError: fetch failed',
    },
    {
      error: new Error('no team for anna.andersson@example.org'),
      expected: 'job sendEmail (booking-confirmed) failed on attempt 2: Error: no team for [address]',
    },
    {
      error: new Error('phone 070-123 45 67 refused'),
      expected: 'job sendEmail (booking-confirmed) failed on attempt 2: Error: phone [number] refused',
    },
    {
      error: 'a thrown string',
      expected: 'job sendEmail (booking-confirmed) failed on attempt 2: Error: a thrown string',
    },
  ])('$expected', ({ error, expected }) => {
    expect(failureLine('sendEmail', 'booking-confirmed', 2, error)).toBe(expected)
  })

  it('leaves the kind out when the task has none', () => {
    expect(failureLine('promoteWaitlist', undefined, 1, new Error('busy'))).toBe(
      'job promoteWaitlist failed on attempt 1: Error: busy',
    )
  })
})

describe('the queues', () => {
  it('runs seats and e-mail apart from the default queue, e-mail no faster than the provider allows', () => {
    const byQueue = Object.fromEntries(
      queueRuns({ RESEND_MAX_PER_SECOND: '2' }).map((run) => [run.queue, run]),
    )
    expect(Object.keys(byQueue).sort()).toEqual([QUEUES.default, QUEUES.email, QUEUES.seats].sort())
    expect(byQueue.email).toMatchObject({ everyMs: 1000, limit: 2, schedules: false })
    expect(byQueue.seats).toMatchObject({ everyMs: 1000, schedules: false })
    expect(byQueue.default.schedules).toBe(true)
  })

  it.each([
    { env: {}, expected: true },
    { env: { PAYLOAD_JOBS_AUTORUN: '0' }, expected: false },
    { env: { NEXT_PHASE: 'phase-production-build' }, expected: false },
  ])('runs jobs with $env: $expected', ({ env, expected }) => {
    expect(runsJobs(env)).toBe(expected)
  })
})
