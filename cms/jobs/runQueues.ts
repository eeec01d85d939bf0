import type { Payload } from 'payload'

import type { QueueRun } from './queues'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs each queue in a loop of its own, its jobs one after another. Payload's own runner starts
 * all of a run's jobs at once (fifty notifications every five seconds), whose writes then follow
 * each other so closely that a form post waiting for SQLite's write lock rarely finds it free;
 * one job at a time leaves the lock free between its writes, at the same throughput. A queue's
 * next run starts `everyMs` after the last one started, or at once if that one took longer.
 * Returns a stop function that resolves once every loop has finished its run.
 */
export function runQueues(payload: Payload, runs: QueueRun[]): () => Promise<void> {
  let running = true
  const loops = runs.map(async ({ queue, everyMs, limit, schedules }) => {
    while (running) {
      const started = Date.now()
      try {
        if (schedules) await payload.jobs.handleSchedules({ queue })
        await payload.jobs.run({ queue, limit, sequential: true, silent: true })
      } catch (error) {
        payload.logger.error(`jobs: the ${queue} queue's run failed: ${(error as Error).name}`)
      }
      await sleep(Math.max(0, started + everyMs - Date.now()))
    }
  })
  return async () => {
    running = false
    await Promise.all(loops)
  }
}
