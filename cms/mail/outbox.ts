import type { Payload, PayloadRequest } from 'payload'

import type { MESSAGE_KINDS } from '../collections/OutboxMessages'
import type { Mail } from './messages'

/**
 * Writes the message to the outbox in the caller's transaction and queues its sending, so an
 * e-mail exists exactly when what caused it was stored; a failing provider only delays it.
 */
export async function queueEmail(payload: Payload, mail: Mail & { kind: (typeof MESSAGE_KINDS)[number]; to: string }, req?: PayloadRequest): Promise<void> {
  const message = await payload.create({ collection: 'outbox', data: { ...mail, status: 'queued', attempts: 0 }, req })
  await payload.jobs.queue({ task: 'sendEmail', input: { message: String(message.id) }, req })
}
