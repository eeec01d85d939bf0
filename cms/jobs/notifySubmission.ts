import type { TaskConfig } from 'payload'

import { type FormKind } from '../mail/messages'
import { notifySubmission } from '../mail/notifySubmission'
import { backoff, requiredText } from './taskConfig'

export type Input = { kind: FormKind; collection: 'interest-registrations' | 'applications'; id: string }

/**
 * Writes a new submission's e-mails to the outbox. Queued in the submission's own transaction, so
 * the request stores two rows and answers; looking up teams and evenings happens off its path.
 */
export const NotifySubmissionTask: TaskConfig<'notifySubmission'> = {
  slug: 'notifySubmission',
  label: 'Write the e-mails a new submission causes',
  retries: backoff(5, 5000),
  inputSchema: requiredText('kind', 'collection', 'id'),
  handler: async ({ input, req }) => {
    // Stored as text; only `notifyOnCreate` queues this, with one of each pair.
    const kind: Input['kind'] = input.kind === 'application' ? 'application' : 'interest'
    const collection: Input['collection'] =
      input.collection === 'applications' ? 'applications' : 'interest-registrations'
    await notifySubmission(req, kind, collection, input.id)
    return { output: {} }
  },
}
