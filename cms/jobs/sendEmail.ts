import type { TaskConfig } from 'payload'
import { Resend } from 'resend'

import { makeDurable } from '../config/adapter'
import { idempotencyKeyFor, shouldRetry } from '../mail/delivery'
import { deliverLocally } from '../mail/localMailbox'
import type { Attachment } from '../mail/messages'
import { providerPacer, retryAfterMs } from '../mail/pace'
import { systemUpdate } from './systemUpdate'
import { backoff, requiredText, stillThere } from './taskConfig'

const attachmentsOf = (value: unknown): Attachment[] => (Array.isArray(value) ? (value as Attachment[]) : [])
const retryDelayMs = () => Number(process.env.OUTBOX_RETRY_DELAY_MS ?? 5000)

/**
 * Sends one outbox message: through Resend when `RESEND_API_KEY` is set, otherwise into the local
 * mailbox. Transient failures throw, so the queue retries with exponential backoff (about 85
 * minutes in all by default) under the same idempotency key. Provider requests are paced to
 * `RESEND_MAX_PER_SECOND`; a 429's `retry-after` holds back every send of the process.
 */
export const SendEmailTask: TaskConfig<'sendEmail'> = {
  slug: 'sendEmail',
  label: 'Send an e-mail from the outbox',
  retries: backoff(Number(process.env.OUTBOX_MAX_ATTEMPTS ?? 10), retryDelayMs()),
  inputSchema: [
    ...requiredText('message'),
    // The message's kind, so a failure can be logged without opening the message.
    { name: 'kind', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    const id = input.message
    const message = await stillThere(req, 'outbox', id)
    // Already delivered (a retried job) or deleted by retention: nothing to do.
    if (!message || message.status !== 'queued') return { output: {} }
    // The message's status and attempts; the outbox's hooks act on deletion only.
    const update = (data: Record<string, unknown>) => systemUpdate(req, 'outbox', id, data)
    const attempts = (message.attempts ?? 0) + 1
    // The message (and what caused it) must outlive a power cut before it leaves.
    await makeDurable(req.payload)
    const apiKey = process.env.RESEND_API_KEY
    if (!apiKey) {
      await deliverLocally({
        id,
        to: message.to,
        subject: message.subject,
        text: message.text,
        createdAt: message.createdAt,
        attachments: attachmentsOf(message.attachments),
      })
      await update({ status: 'delivered-locally', attempts, sentAt: new Date().toISOString() })
      return { output: {} }
    }
    const resend = new Resend(apiKey, { baseUrl: process.env.RESEND_BASE_URL || undefined })
    await providerPacer().take()
    const { data, error, headers } = await resend.emails.send(
      {
        from: process.env.MAIL_FROM || 'Kontaktportalen <no-reply@example.org>',
        to: [message.to],
        subject: message.subject,
        text: message.text,
        attachments: attachmentsOf(message.attachments),
      },
      { idempotencyKey: idempotencyKeyFor(id) },
    )
    if (error) {
      if (error.statusCode === 429) providerPacer().holdFor(retryAfterMs(headers))
      const retry = shouldRetry(error)
      await update({
        attempts,
        lastError: `${error.name ?? 'error'} (${error.statusCode ?? 'no answer'})`,
        ...(retry ? {} : { status: 'failed' }),
      })
      if (retry)
        throw new Error(
          `sendEmail: the provider answered ${error.name ?? 'error'} (${error.statusCode ?? 'no answer'}); will retry`,
        )
      req.payload.logger.error(`sendEmail: the provider refused message ${id}: ${error.name ?? 'error'}`)
      return { output: {} }
    }
    await update({
      status: 'sent',
      attempts,
      providerId: data?.id ?? null,
      lastError: null,
      sentAt: new Date().toISOString(),
    })
    return { output: {} }
  },
}
