import type { Payload } from 'payload'

import { checkpointAfterErasure } from '../config/adapter'
import { retentionCutoffs } from '../../core/domain/retention'
import { scheduledTask } from './taskConfig'

/**
 * Deletes, for good, what the retention schedule says is due, then empties SQLite's log of old
 * copies (also of what admins deleted by hand since the last run). Returns counts only.
 */
export async function deleteExpired(
  payload: Payload,
  now: Date,
): Promise<{ applications: number; outbox: number }> {
  const cutoff = retentionCutoffs(now)
  const applications = await payload.delete({
    collection: 'applications',
    where: {
      or: [
        { and: [{ status: { equals: 'closed' } }, { closedAt: { less_than: cutoff.closedBefore } }] },
        { createdAt: { less_than: cutoff.arrivedBefore } },
      ],
    },
    depth: 0,
  })
  const outbox = await payload.delete({
    collection: 'outbox',
    where: { and: [{ status: { not_equals: 'queued' } }, { createdAt: { less_than: cutoff.outboxBefore } }] },
    depth: 0,
  })
  if (applications.errors.length || outbox.errors.length)
    throw new Error(
      `retention: ${applications.errors.length + outbox.errors.length} deletions failed; will retry`,
    )
  await checkpointAfterErasure(payload)
  return { applications: applications.docs.length, outbox: outbox.docs.length }
}

/** Nightly: applications past their retention time, and sent e-mail past the outbox's. */
export const RetentionTask = scheduledTask({
  slug: 'applyRetention',
  label: 'Delete applications and e-mail past their retention time',
  cron: '0 30 2 * * *',
  run: async (payload, now) => {
    const deleted = await deleteExpired(payload, now)
    return `retention: deleted ${deleted.applications} applications and ${deleted.outbox} outbox messages`
  },
})
