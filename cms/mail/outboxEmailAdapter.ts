import { createHash } from 'node:crypto'
import type { PayloadEmailAdapter, SendEmailOptions } from 'payload'

import type { MESSAGE_KINDS } from '../collections/OutboxMessages'
import { queueEmail } from './outbox'
import { htmlToText } from './plainText'

/** Payload's own e-mails to staff (password reset, verification), filed apart from the portal's. */
export const STAFF_ACCOUNT_KIND: (typeof MESSAGE_KINDS)[number] = 'staff-account'

/** Plain addresses from nodemailer's `to`: a string (maybe "Name <a@b>, c@d"), an address object or a list. */
export function recipientsOf(to: SendEmailOptions['to']): string[] {
  const entries = Array.isArray(to) ? to : to ? [to] : []
  return entries
    .flatMap((entry) => (typeof entry === 'string' ? entry.split(',') : [entry.address]))
    .map((entry) => entry.replace(/^[^<]*<([^>]*)>.*$/, '$1').trim())
    .filter(Boolean)
}

const mailFrom = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(process.env.MAIL_FROM ?? '')
const [, fromName = 'Kontaktportalen', fromAddress = 'no-reply@example.org'] = mailFrom ?? []

/**
 * Payload's own e-mails go where every other e-mail goes: into the outbox, sent by the `sendEmail`
 * job (Resend with retries, or the local mailbox). Without an adapter Payload would log the
 * recipient's address instead of sending anything. The sender is MAIL_FROM, applied by that job.
 */
export const outboxEmailAdapter: PayloadEmailAdapter = ({ payload }) => ({
  name: 'outbox',
  defaultFromName: fromName,
  defaultFromAddress: fromAddress,
  sendEmail: async (message) => {
    const subject = String(message.subject ?? '')
    const text =
      typeof message.text === 'string'
        ? message.text
        : htmlToText(typeof message.html === 'string' ? message.html : '')
    // The body holds a one-time link, so the key is unique per e-mail and a retried call writes it once.
    const digest = createHash('sha256').update(`${subject}\n${text}`).digest('hex').slice(0, 32)
    for (const to of recipientsOf(message.to)) {
      await queueEmail(payload, {
        key: `account:${to}:${digest}`,
        kind: STAFF_ACCOUNT_KIND,
        to,
        subject,
        text,
      })
    }
  },
})
