import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { QUEUES } from '../../../../cms/jobs/queues'
import { runQueues } from '../../../../cms/jobs/runQueues'

/** A Payload that records what the runner asks of it; each queue's run resolves at once. */
function recordingPayload() {
  const calls: { method: string; args: Record<string, unknown> }[] = []
  const payload = {
    jobs: {
      handleSchedules: async (args: Record<string, unknown>) => void calls.push({ method: 'schedule', args }),
      run: async (args: Record<string, unknown>) => void calls.push({ method: 'run', args }),
    },
    logger: { error: () => undefined },
  } as unknown as Payload
  return { payload, calls }
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5))
}

describe('the job worker running its queues', () => {
  it('runs each queue one job after another, schedules only from the default queue, and stops', async () => {
    const { payload, calls } = recordingPayload()
    const stop = runQueues(payload, [
      { queue: QUEUES.default, everyMs: 10, limit: 50, schedules: true },
      { queue: QUEUES.seats, everyMs: 10, limit: 20, schedules: false },
    ])
    await until(() => calls.filter((call) => call.method === 'run').length >= 4)
    await stop()
    const runs = calls.filter((call) => call.method === 'run').map((call) => call.args)
    expect(runs).toContainEqual({ queue: QUEUES.default, limit: 50, sequential: true, silent: true })
    expect(runs).toContainEqual({ queue: QUEUES.seats, limit: 20, sequential: true, silent: true })
    const scheduled = calls.filter((call) => call.method === 'schedule').map((call) => call.args.queue)
    expect(new Set(scheduled)).toEqual(new Set([QUEUES.default]))
    // Stopped: no run starts after stop() has resolved.
    const count = calls.length
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(calls.length).toBe(count)
  })

  it('keeps running a queue after one of its runs failed', async () => {
    const { payload, calls } = recordingPayload()
    let failed = false
    payload.jobs.run = (async (args: Record<string, unknown>) => {
      if (!failed) {
        failed = true
        throw new Error('database is locked')
      }
      calls.push({ method: 'run', args })
    }) as unknown as Payload['jobs']['run']
    const stop = runQueues(payload, [{ queue: QUEUES.email, everyMs: 5, limit: 2, schedules: false }])
    await until(() => calls.length >= 1)
    await stop()
    expect(failed).toBe(true)
  })

  it('holds a queue’s next run while posts pile up, and runs it once they are answered', async () => {
    const { payload, calls } = recordingPayload()
    let rush = true
    const stop = runQueues(payload, [{ queue: QUEUES.email, everyMs: 5, limit: 2, schedules: false }], {
      held: () => rush,
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(calls).toHaveLength(0)
    rush = false
    await until(() => calls.length >= 1)
    await stop()
  })

  it('runs a queue held by a rush that lasts longer than the longest hold', async () => {
    const { payload, calls } = recordingPayload()
    const stop = runQueues(payload, [{ queue: QUEUES.seats, everyMs: 5, limit: 20, schedules: false }], {
      held: () => true,
      maxHoldMs: 20,
    })
    await until(() => calls.length >= 2)
    await stop()
  })
})
