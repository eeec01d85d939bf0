import type { Payload } from 'payload'

import type { QueueRun } from './queues'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A queue's run waits at most this long for a rush of posts to pass, so a long rush starves none. */
export const MAX_HOLD_MS = 10_000
/** A run still going after this long is reported: every task here takes seconds. */
const SLOW_RUN_MS = 60_000
/** How often a held run looks again whether it may go. */
const HOLD_CHECK_MS = 50

type Options = {
  /** True while public posts pile up in the web process (server/rush.mjs): runs wait meanwhile. */
  held?: () => boolean
  maxHoldMs?: number
}

/**
 * Runs each queue in a loop of its own, its jobs one after another. Payload's own runner starts
 * all of a run's jobs at once (fifty notifications every five seconds), whose writes then follow
 * each other so closely that a form post waiting for SQLite's write lock rarely finds it free;
 * one job at a time leaves the lock free between its writes, at the same throughput. A queue's
 * next run starts `everyMs` after the last one started, or at once if that one took longer, and
 * waits while `held` says so, up to `maxHoldMs`. Returns a stop function that resolves once every
 * loop has finished its run.
 */
export function runQueues(
  payload: Payload,
  runs: QueueRun[],
  { held = () => false, maxHoldMs = MAX_HOLD_MS }: Options = {},
): () => Promise<void> {
  let running = true
  const holdBack = async () => {
    const due = Date.now()
    while (running && held() && Date.now() - due < maxHoldMs) await sleep(HOLD_CHECK_MS)
  }
  const loops = runs.map(async ({ queue, everyMs, limit, schedules }) => {
    while (running) {
      await holdBack()
      if (!running) break
      const started = Date.now()
      // A run that hangs holds its queue's every job: said in the log, where operators look.
      const slow = setTimeout(
        () =>
          payload.logger.warn(`jobs: the ${queue} queue's run is still going after ${SLOW_RUN_MS / 1000} s`),
        SLOW_RUN_MS,
      )
      try {
        if (schedules) await payload.jobs.handleSchedules({ queue })
        await payload.jobs.run({ queue, limit, sequential: true, silent: true })
      } catch (error) {
        payload.logger.error(`jobs: the ${queue} queue's run failed: ${(error as Error).name}`)
      } finally {
        clearTimeout(slow)
      }
      await sleep(Math.max(0, started + everyMs - Date.now()))
    }
  })
  return async () => {
    running = false
    await Promise.all(loops)
  }
}
