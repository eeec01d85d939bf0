import type { Payload, PayloadRequest } from 'payload'

import type { MESSAGE_KINDS } from '../collections/OutboxMessages'
import { QUEUES } from '../jobs/queues'
import type { Mail } from './messages'

/**
 * Writes the message to the outbox and queues its sending in the caller's transaction. `key` names
 * what the message is about, so the same message is never written twice. A message about one
 * municipality's case names it, so that municipality's retention schedule deletes it.
 */
export async function queueEmail(
  payload: Payload,
  mail: Mail & { key: string; kind: (typeof MESSAGE_KINDS)[number]; to: string; municipality?: string },
  req?: PayloadRequest,
): Promise<void> {
  const existing = await payload.count({ collection: 'outbox', where: { key: { equals: mail.key } }, req })
  if (existing.totalDocs) return
  const message = await payload.create({
    collection: 'outbox',
    data: { ...mail, status: 'queued', attempts: 0 },
    req,
  })
  await payload.jobs.queue({
    task: 'sendEmail',
    queue: QUEUES.email,
    input: { message: String(message.id), kind: mail.kind },
    req,
  })
}
