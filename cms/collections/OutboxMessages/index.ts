import type { CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { label } from '../../../core/i18n/text'
import { isAdmin } from '../../access/roles'
import { recordDeletion } from '../../hooks/recordDeletion'
import { removeLocalCopies } from '../../mail/localMailbox'

export const OUTBOX_STATUSES = ['queued', 'sent', 'delivered-locally', 'failed'] as const
export const MESSAGE_KINDS = [
  'team-notification',
  'interest-confirmation',
  'application-confirmation',
  'team-reminder',
  'next-action-reminder',
  'booking-confirmed',
  'booking-waitlisted',
  'booking-promoted',
  'booking-reminder',
  'evening-changed',
  'evening-cancelled',
  'staff-account',
  'retention-escalation',
] as const

const readOnly = { readOnly: true }

/** Deleting a message, by retention or by an admin, deletes its copy in the local mailbox too. */
const removeMailboxCopy: CollectionAfterDeleteHook = async ({ doc }) => {
  const attachments = Array.isArray(doc.attachments) ? (doc.attachments as { filename?: unknown }[]) : []
  await removeLocalCopies({
    id: String(doc.id),
    createdAt: String(doc.createdAt),
    attachments: attachments.flatMap(({ filename }) => (typeof filename === 'string' ? [{ filename }] : [])),
  })
}

/**
 * Every e-mail the portal sends, written here in the same request as what caused it and sent by
 * the `sendEmail` job. Without a Resend key this list is the local mailbox. Admins only: it holds
 * recipients' addresses (bodies never carry personal data).
 */
export const OutboxMessages: CollectionConfig = {
  slug: 'outbox',
  labels: {
    singular: label('collections.outboxMessages.singular'),
    plural: label('collections.outboxMessages.plural'),
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'status', 'createdAt'],
    group: label('collections.outboxMessages.group'),
  },
  defaultSort: '-createdAt',
  access: { create: () => false, read: isAdmin, update: () => false, delete: isAdmin },
  hooks: {
    afterDelete: [
      removeMailboxCopy,
      // Named by its id: its key and recipient may hold an address.
      recordDeletion<{ id: string | number; municipality?: unknown }>('outbox-message', (doc) => ({
        reference: String(doc.id),
        municipality: doc.municipality,
      })),
    ],
  },
  fields: [
    // What the message is about (a reference and a recipient), never personal data; one message per key.
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: MESSAGE_KINDS.map((value) => ({ value, label: value })),
      admin: readOnly,
    },
    {
      name: 'to',
      type: 'email',
      required: true,
      admin: readOnly,
      label: label('collections.outboxMessages.fields.to'),
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      admin: readOnly,
      label: label('collections.outboxMessages.fields.subject'),
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      admin: readOnly,
      label: label('collections.outboxMessages.fields.text'),
    },
    // Calendar files: `{ filename, content }` with the content base64-encoded, as Resend takes them.
    {
      name: 'attachments',
      type: 'json',
      admin: readOnly,
      label: label('collections.outboxMessages.fields.attachments'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: OUTBOX_STATUSES.map((value) => ({ value, label: value })),
      admin: { ...readOnly, position: 'sidebar' },
    },
    // The municipality the message is about, whose schedule deletes it; none: the default schedule.
    {
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      index: true,
      admin: { ...readOnly, position: 'sidebar' },
      label: label('collections.outboxMessages.fields.municipality'),
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      admin: { ...readOnly, position: 'sidebar' },
      label: label('collections.outboxMessages.fields.attempts'),
    },
    {
      name: 'lastError',
      type: 'text',
      admin: { ...readOnly, position: 'sidebar' },
      label: label('collections.outboxMessages.fields.lastError'),
    },
    {
      name: 'providerId',
      type: 'text',
      admin: { ...readOnly, position: 'sidebar' },
      label: label('collections.outboxMessages.fields.providerId'),
    },
    {
      name: 'sentAt',
      type: 'date',
      index: true,
      admin: { ...readOnly, position: 'sidebar' },
      label: label('collections.outboxMessages.fields.sentAt'),
    },
  ],
}
