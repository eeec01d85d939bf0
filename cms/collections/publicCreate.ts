import { randomBytes, randomUUID } from 'node:crypto'

import type { CollectionSlug, Field, PayloadRequest } from 'payload'

type Data = Record<string, unknown>

/** A new array row's id, as Payload's own (an ObjectId-like hex string). */
const rowId = () => randomBytes(12).toString('hex')

/**
 * Defaults (in groups too), and an id on every array row: what Payload's field traversal adds to
 * a new document that the database adapter does not.
 */
function completed(fields: Field[], data: Data): Data {
  const doc: Data = { ...data }
  for (const field of fields) {
    // Rows, collapsibles and unnamed tabs only lay out fields stored at this level.
    if (field.type === 'tabs') {
      for (const tab of field.tabs)
        if ('name' in tab) doc[tab.name] = completed(tab.fields, (doc[tab.name] as Data | undefined) ?? {})
        else Object.assign(doc, completed(tab.fields, doc))
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) Object.assign(doc, completed(field.fields, doc))
      continue
    }
    if (doc[field.name] === undefined && 'defaultValue' in field && typeof field.defaultValue !== 'function')
      doc[field.name] = field.defaultValue
    const value = doc[field.name]
    if (field.type === 'array' && Array.isArray(value))
      doc[field.name] = value.map((row: Data) => completed(field.fields, { id: row.id ?? rowId(), ...row }))
    if (field.type === 'group') doc[field.name] = completed(field.fields, (value as Data | undefined) ?? {})
  }
  return doc
}

/**
 * Stores a document a public post or a job made, as the system: the collection's own
 * beforeChange hooks, then one insert through the database adapter (not read back), then its
 * afterChange hooks (which queue the notification job with this req, so inside the same
 * transaction). Payload's full create operation also walks every field for access, validation
 * and hooks, and reads the row back: most of a post's CPU, and all of it redundant here, since
 * the form's zod schema has checked every value the person sent and the rest is set by the use
 * case or the job. Returns the new row's id.
 */
export async function publicCreate(req: PayloadRequest, slug: CollectionSlug, data: Data): Promise<string> {
  const collection = req.payload.collections[slug].config
  const context = req.context
  let doc = completed(collection.fields, data)
  for (const hook of collection.hooks.beforeChange ?? [])
    doc = ((await hook({ collection, context, data: doc, operation: 'create', req })) as Data) ?? doc
  // As Payload's create: a hook may have set the creation time (and worked from it).
  const now = new Date().toISOString()
  doc = completed(collection.fields, { ...doc, createdAt: doc.createdAt ?? now, updatedAt: now })
  const id = await insert(req, slug, doc)
  const stored = { ...doc, id }
  for (const hook of collection.hooks.afterChange ?? [])
    await hook({ collection, context, data: doc, doc: stored, operation: 'create', previousDoc: {}, req })
  return String(id)
}

/**
 * One insert through the adapter. On SQLite the id is a UUID chosen here, as the adapter would,
 * so the row need not be read back (a relational query and its transform) to learn it.
 */
async function insert(req: PayloadRequest, slug: CollectionSlug, data: Data): Promise<unknown> {
  const db = req.payload.db
  if (db.name !== 'sqlite')
    return ((await db.create({ collection: slug, data, req, select: { id: true } })) as Data).id
  const id = randomUUID()
  await db.create({ collection: slug, customID: id, data, req, returning: false })
  return id
}
