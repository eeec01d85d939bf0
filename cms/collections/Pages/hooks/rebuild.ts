import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { queueSiteRebuild } from '../../../jobs/rebuildSite'

/** Publishing, unpublishing or editing a published page changes the public site. */
export const rebuildAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    await queueSiteRebuild(req)
  }
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc._status === 'published') await queueSiteRebuild(req)
  return doc
}
