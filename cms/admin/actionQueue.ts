import type { CollectionAfterChangeHook, Payload, Where } from 'payload'

import { type Role, hasRole } from '../access/roles'

/** The collections a team works through, and the role that works each. */
const QUEUES = [
  { collection: 'interest-registrations', role: 'recruiter' },
  { collection: 'applications', role: 'intake' },
] as const satisfies { collection: string; role: Role }[]

export const ACTION_QUEUE_TITLE = 'Ingen har agerat än / Nobody has acted yet'
/** What nobody has acted on: the history hook keeps the flag (isUntouched in core/domain/caseWork.ts). */
const ACTION_QUEUE_WHERE: Where = { or: [{ and: [{ untouched: { equals: true } }] }] }

/**
 * A shared list preset per submission collection: what is still new. The collections sort oldest
 * first, so this is a team's to-do list. Created at start-up if missing; readable by all staff,
 * editable by nobody through the admin (anyone may save their own presets beside it).
 */
export async function ensureActionQueuePresets(payload: Payload): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const { collection } of QUEUES) {
    const where: Where = {
      and: [{ relatedCollection: { equals: collection } }, { title: { equals: ACTION_QUEUE_TITLE } }],
    }
    const existing = (await payload.find({ collection: 'payload-query-presets', where, depth: 0, limit: 1 }))
      .docs[0]
    const preset =
      existing ??
      (await payload.create({
        collection: 'payload-query-presets',
        data: {
          title: ACTION_QUEUE_TITLE,
          isShared: true,
          relatedCollection: collection,
          where: ACTION_QUEUE_WHERE,
          access: {
            read: { constraint: 'everyone' },
            update: { constraint: 'specificUsers', users: [] },
            delete: { constraint: 'specificUsers', users: [] },
          },
        },
      }))
    // A preset saved before 'untouched' existed filtered on status 'new': it follows the definition.
    if (existing && JSON.stringify(existing.where) !== JSON.stringify(ACTION_QUEUE_WHERE))
      await payload.update({
        collection: 'payload-query-presets',
        id: existing.id,
        data: { where: ACTION_QUEUE_WHERE },
      })
    ids.set(collection, String(preset.id))
  }
  return ids
}

/** A new staff member's lists open on their team's to-do preset; they can switch it off like any preset. */
export const openOnActionQueue: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const presets = await ensureActionQueuePresets(req.payload)
  for (const { collection, role } of QUEUES) {
    if (!hasRole(doc, 'admin', role)) continue
    await req.payload.create({
      collection: 'payload-preferences',
      data: {
        key: `collection-${collection}`,
        user: { relationTo: 'users', value: doc.id },
        value: { preset: presets.get(collection) },
      },
      user: { ...doc, collection: 'users' },
      req,
    })
  }
  return doc
}
