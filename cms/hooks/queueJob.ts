import type { PayloadRequest, TaskConfig } from 'payload'

import { QUEUES } from '../jobs/queues'

type Task = 'notifySubmission' | 'afterBooking' | 'sendEmail'
type Queue = (typeof QUEUES)[keyof typeof QUEUES]
type Concurrency = NonNullable<TaskConfig['concurrency']>

/** The job's concurrency key, as `payload.jobs.queue` works it out. */
function concurrencyKey(concurrency: Concurrency | undefined, input: object, queue: Queue): string | null {
  if (!concurrency) return null
  const args = { input, queue }
  return typeof concurrency === 'function' ? concurrency(args) : concurrency.key(args)
}

/**
 * Queues a job in the caller's transaction (a post's follow-up, an outbox message's sending), as
 * `payload.jobs.queue` stores it, without reading the new job back: on SQLite that read is a
 * relational query (with the job's log joined in) and a transform, for a result nobody uses.
 * Anything that would make Payload's queue do more (job hooks, a superseding key, another
 * database) goes through it.
 */
export async function queueJob(
  req: PayloadRequest,
  task: Task,
  input: Record<string, string>,
  queue: Queue = QUEUES.default,
): Promise<void> {
  const { payload } = req
  const jobs = payload.config.jobs
  const concurrency = jobs.tasks?.find(({ slug }) => slug === task)?.concurrency
  const supersedes = Boolean(concurrency && typeof concurrency !== 'function' && concurrency.supersedes)
  if (payload.db.name !== 'sqlite' || jobs.runHooks || jobs.depth || supersedes) {
    await payload.jobs.queue({ task, input, queue, req } as Parameters<typeof payload.jobs.queue>[0])
    return
  }
  const key = jobs.enableConcurrencyControl ? concurrencyKey(concurrency, input, queue) : null
  await payload.db.create({
    collection: 'payload-jobs',
    data: { input, taskSlug: task, queue, ...(key ? { concurrencyKey: key } : {}) },
    req,
    returning: false,
  })
}
