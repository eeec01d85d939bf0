import type { Payload, Where } from 'payload'

/** How long a job may stay claimed before it counts as left behind by a process that died. Every task here finishes in seconds. */
export const jobLeaseMs = (env: NodeJS.ProcessEnv = process.env) => Number(env.JOB_LEASE_MS ?? 10 * 60_000)

/** How often a running CMS looks for jobs left behind by another (dead) process. */
export const SWEEP_INTERVAL_MS = 60_000

/**
 * Jobs claimed before this moment were left behind by a dead process. A CMS on SQLite is the only
 * process running that file's jobs, so on start every claim is a dead one's; with MongoDB other
 * instances may be working, so only claims older than the lease are.
 */
export function abandonedBefore(
  now: Date,
  leaseMs: number,
  { atStart, soleRunner }: { atStart: boolean; soleRunner: boolean },
): Date {
  return atStart && soleRunner ? now : new Date(now.getTime() - leaseMs)
}

/** Payload stamps `updatedAt` when it claims a job and after each task, so it tells when a job was last worked on. */
export const abandonedJobsWhere = (before: Date): Where => ({
  and: [{ processing: { equals: true } }, { updatedAt: { less_than: before.toISOString() } }],
})

/**
 * Hands abandoned jobs back to the queue. A task that had half run runs again: each is written to
 * be repeated (outbox keys, the provider's idempotency key, status checks before every change).
 */
export async function releaseAbandonedJobs(payload: Payload, before: Date): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: abandonedJobsWhere(before),
    data: { processing: false },
    depth: 0,
  })
  if (docs.length)
    payload.logger.warn(`jobs: ${docs.length} job(s) left unfinished by a stopped process are queued again`)
  return docs.length
}

/** On start and then every minute, in a process that runs jobs. */
export async function watchForAbandonedJobs(payload: Payload, soleRunner: boolean): Promise<void> {
  await releaseAbandonedJobs(
    payload,
    abandonedBefore(new Date(), jobLeaseMs(), { atStart: true, soleRunner }),
  )
  const timer = setInterval(() => {
    releaseAbandonedJobs(
      payload,
      abandonedBefore(new Date(), jobLeaseMs(), { atStart: false, soleRunner }),
    ).catch((error: Error) =>
      payload.logger.error(`jobs: the sweep for abandoned jobs failed: ${error.name}`),
    )
  }, SWEEP_INTERVAL_MS)
  timer.unref()
}
