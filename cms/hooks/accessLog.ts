import type { CollectionAfterOperationHook, Payload, PayloadRequest, SelectType } from 'payload'

import {
  type AccessSurface,
  type LoggedCollection,
  type Read,
  accessSurface,
} from '../../core/domain/accessLog'

type Entry = {
  user: NonNullable<PayloadRequest['user']>
  surface: AccessSurface
  collection?: LoggedCollection
  references: string[]
}

/** Writes one access-log entry as the system (no API may), outside the reader's transaction. */
export async function writeAccessLog(payload: Payload, entry: Entry): Promise<void> {
  await payload.create({
    collection: 'access-log',
    data: {
      staff: entry.user.id,
      staffName: entry.user.name || entry.user.email,
      surface: entry.surface,
      collection: entry.collection,
      references: entry.references,
    },
    depth: 0,
  })
}

/**
 * The request for a read that is part of a view the log already records (a panel of the edit
 * view reading the record again): a copy, so the rest of the view's reads are logged as before.
 */
export const withinLoggedView = (req: PayloadRequest): PayloadRequest => ({
  ...req,
  context: { ...req.context, accessLog: 'logged-elsewhere' },
})

/** The top-level fields a select asks for; null when it reads the whole document or all but some. */
function selectedFields(select: SelectType | undefined): string[] | null {
  const chosen = Object.entries(select ?? {}).filter(([, value]) => value !== false)
  return chosen.length ? chosen.map(([name]) => name) : null
}

type Found = { reference?: unknown }
const referencesOf = (docs: Found[]) =>
  docs.flatMap((doc) => (typeof doc.reference === 'string' ? [doc.reference] : []))

/**
 * After every read of `collection`: an entry for each read staff make of personal fields (the
 * rule is core/domain/accessLog.ts). One entry per read, naming every record it returned, so a
 * list view costs one write however long the list.
 */
export const logAccess =
  (collection: LoggedCollection): CollectionAfterOperationHook =>
  async ({ args, operation, req, result }) => {
    if (operation !== 'find' && operation !== 'findByID') return result
    const read: Read = {
      operation,
      api: req.payloadAPI,
      byStaff: Boolean(req.user),
      accessChecked: args.overrideAccess !== true,
      selected: selectedFields(args.select),
      named: req.context.accessLog as Read['named'],
    }
    const surface = accessSurface(collection, read)
    const docs = (operation === 'find' ? (result as { docs: Found[] }).docs : [result]) as Found[]
    const references = referencesOf(docs.filter(Boolean))
    if (!surface || !req.user || !references.length) return result
    await writeAccessLog(req.payload, { user: req.user, surface, collection, references })
    return result
  }
