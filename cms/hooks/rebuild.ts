import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { trackCmsEdits } from '../fields/seedStamp'
import { queueSiteRebuild } from '../jobs/rebuildSite'

/** For drafts-enabled collections: publishing, unpublishing or editing a published document. */
export const rebuildWhenPublished: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status === 'published' || previousDoc?._status === 'published') {
    await queueSiteRebuild(req)
  }
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc._status !== 'draft') await queueSiteRebuild(req)
  return doc
}

/** For documents the site shows whatever their status (organisation, settings). */
export const rebuildOnChange = async <T>({ doc, req }: { doc: T; req: PayloadRequest }): Promise<T> => {
  await queueSiteRebuild(req)
  return doc
}

/** A drafts-enabled document the site shows: its seed stamp kept, the site rebuilt as it is published. */
export const publishedDocumentHooks = (...afterChange: CollectionAfterChangeHook[]) => ({
  beforeChange: [trackCmsEdits],
  afterChange: [rebuildWhenPublished, ...afterChange],
  afterDelete: [rebuildAfterDelete],
})
