import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A municipality's e-mail outlives it on the default retention schedule: its messages are let go
 * of first (the column's foreign key, added by a migration, cannot set itself to null).
 */
export const releaseOutbox: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.update({
    collection: 'outbox',
    where: { municipality: { equals: id } },
    data: { municipality: null },
    depth: 0,
    req,
  })
}
