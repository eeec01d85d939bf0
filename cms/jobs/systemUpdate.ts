import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Sets plain fields of one document as the system, in one UPDATE through the database adapter:
 * no hooks, no access or lock checks, no read-back. For a job's own bookkeeping (a link, a
 * status) on a collection whose hooks do nothing with these fields. Payload's update operation
 * reads the document, checks its edit lock (a write of its own on SQLite), rewrites its
 * many-valued fields and reads it back: each of those writes held the write lock that form posts
 * wait for.
 */
export async function systemUpdate(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string,
  data: Record<string, unknown>,
): Promise<void> {
  await req.payload.db.updateOne({
    collection,
    id,
    data: { ...data, updatedAt: new Date().toISOString() },
    req,
    returning: false,
  })
}
