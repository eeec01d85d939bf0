import { type Payload, type PayloadRequest, createLocalReq } from 'payload'

import { publicCreate } from '../collections/publicCreate'
import type { MESSAGE_KINDS } from '../collections/OutboxMessages'
import { queueJob } from '../hooks/queueJob'
import { QUEUES } from '../jobs/queues'
import type { Mail } from './messages'

export type QueuedMail = Mail & {
  key: string
  kind: (typeof MESSAGE_KINDS)[number]
  to: string
  municipality?: string
}

/**
 * Writes the message to the outbox and queues its sending in the caller's transaction. `key` names
 * what the message is about, so the same message is never written twice. A message about one
 * municipality's case names it, so that municipality's retention schedule deletes it. Written as
 * the system through the adapter (`publicCreate`, `queueJob`): every value is the portal's own,
 * and on SQLite each of Payload's create operations held the write lock that posts wait for.
 */
export async function queueEmail(payload: Payload, mail: QueuedMail, req?: PayloadRequest): Promise<void> {
  const request = req ?? (await createLocalReq({}, payload))
  const existing = await payload.db.count({
    collection: 'outbox',
    where: { key: { equals: mail.key } },
    req: request,
  })
  if (existing.totalDocs) return
  const id = await publicCreate(request, 'outbox', { ...mail, status: 'queued', attempts: 0 })
  await queueJob(request, 'sendEmail', { message: id, kind: mail.kind }, QUEUES.email)
}
