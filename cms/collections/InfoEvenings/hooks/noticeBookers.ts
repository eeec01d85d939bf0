import type { CollectionAfterChangeHook } from 'payload'

import { eveningNotice } from '../../../../core/domain/seats'
import type { InfoEvening } from '../../../payload-types'

/** On publishing a moved or cancelled evening: queue the notice to its bookers. */
export const noticeBookersOfChange: CollectionAfterChangeHook<InfoEvening> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc._status !== 'published') return doc
  const kind = eveningNotice(previousDoc?._status === 'published' ? previousDoc : undefined, doc)
  if (kind)
    await req.payload.jobs.queue({
      task: 'eveningNotice',
      input: { evening: String(doc.id), kind, stamp: doc.updatedAt },
      req,
    })
  return doc
}
