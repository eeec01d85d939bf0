import type { CollectionAfterChangeHook } from 'payload'

import type { Input } from '../jobs/notifySubmission'
import type { FormKind } from '../../core/domain/organisation'
import type { Application, InterestRegistration } from '../payload-types'
import { queueJob } from './queueJob'

/** After a submission is created: queue its notifications (a booking's registration has the booking's). */
export const notifyOnCreate =
  (
    kind: FormKind,
    collection: Input['collection'],
  ): CollectionAfterChangeHook<InterestRegistration | Application> =>
  async ({ doc, operation, req }) => {
    if (operation === 'create' && !req.context.fromBooking)
      await queueJob(req, 'notifySubmission', { kind, collection, id: String(doc.id) })
    return doc
  }
