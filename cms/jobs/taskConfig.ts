import type { CollectionSlug, Field, Payload, PayloadRequest, TaskConfig, TaskType } from 'payload'

import { QUEUES } from './queues'

/** Retries with doubling pauses, so a passing failure (a busy database, a provider hiccup) heals itself. */
export const backoff = (attempts: number, delayMs: number): TaskConfig['retries'] => ({
  attempts,
  backoff: { type: 'exponential', delay: delayMs },
})

/** A task's inputs that the code queuing it always gives, stored as text. */
export const requiredText = (...names: string[]): Field[] =>
  names.map((name) => ({ name, type: 'text', required: true }))

/**
 * The document a queued job is about, or null when it is gone by the time the job runs (deleted,
 * or removed by retention): the job then has nothing to do.
 */
export const stillThere = <C extends CollectionSlug>(req: PayloadRequest, collection: C, id: string) =>
  req.payload.findByID({ collection, id, depth: 0, req, disableErrors: true })

/**
 * A task the default queue runs on its own at `cron` (seconds first), with no input: `run` does the
 * work as of now and returns the line to log. A failed run is retried three times, and the next
 * scheduled run catches up on whatever is still due.
 */
export function scheduledTask({
  slug,
  label,
  cron,
  run,
}: {
  slug: TaskType
  label: string
  cron: string
  run: (payload: Payload, now: Date) => Promise<string>
}): TaskConfig {
  return {
    slug,
    label,
    schedule: [{ cron, queue: QUEUES.default }],
    retries: 3,
    handler: async ({ req }) => {
      req.payload.logger.info(await run(req.payload, new Date()))
      return { output: {} }
    },
  }
}
