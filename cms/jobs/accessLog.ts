import type { Payload } from 'payload'

import { accessLogCutoff } from '../../core/domain/accessLog'
import { scheduledTask } from './taskConfig'

/** Deletes access-log entries older than their retention time (ACCESS_LOG_RETENTION_DAYS); returns how many. */
export async function pruneAccessLog(payload: Payload, now: Date): Promise<number> {
  const { docs, errors } = await payload.delete({
    collection: 'access-log',
    where: { createdAt: { less_than: accessLogCutoff(now) } },
    depth: 0,
    select: { staffName: true },
  })
  if (errors.length) throw new Error(`access log: ${errors.length} deletions failed; will retry`)
  return docs.length
}

/** Nightly, before the retention run: the access log keeps two years unless configured otherwise. */
export const PruneAccessLogTask = scheduledTask({
  slug: 'pruneAccessLog',
  label: 'Delete access-log entries past their retention time',
  cron: '0 15 2 * * *',
  run: async (payload, now) => `access log: deleted ${await pruneAccessLog(payload, now)} entries`,
})
