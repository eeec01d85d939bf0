import type { CollectionSlug, PayloadRequest } from 'payload'

import { type Contacts, type Person, isTheirs } from '../../core/domain/accessRequest'
import { writeAccessLog } from '../hooks/accessLog'

/** Where the portal holds something about a person, and the contact details each is found by. */
export const HELD_IN = {
  'interest-registrations': ['email', 'phone'],
  applications: ['email', 'phone'],
  bookings: ['email', 'phone'],
  outbox: ['to'],
} as const satisfies Partial<Record<CollectionSlug, readonly (keyof Contacts)[]>>
export type HeldIn = keyof typeof HELD_IN

export type Held = Record<string, unknown> & { id: string; reference?: string }
/** Everything the portal holds about one person, per collection, as stored. */
export type AccessReport = { createdAt: string; records: Record<HeldIn, Held[]> }

/**
 * The person's records in one collection. Phones are stored as typed, so matching happens here
 * over every record's contact details (read alone), then only the matches are read whole.
 */
async function heldIn(req: PayloadRequest, collection: HeldIn, person: Person): Promise<Held[]> {
  const select = Object.fromEntries(HELD_IN[collection].map((field) => [field, true]))
  const { docs: contacts } = await req.payload.find({ collection, select, depth: 0, pagination: false, req })
  const ids = (contacts as (Contacts & { id: string })[])
    .filter((record) => isTheirs(person, record))
    .map((record) => record.id)
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    req,
  })
  return docs as unknown as Held[]
}

/**
 * An access request (GDPR art. 15), made by an admin on the person's behalf: every record held
 * about them, and one access-log entry naming the records found (not whom the search was for).
 */
export async function accessRequest(
  req: PayloadRequest,
  user: NonNullable<PayloadRequest['user']>,
  person: Person,
): Promise<AccessReport> {
  const collections = Object.keys(HELD_IN) as HeldIn[]
  const found = await Promise.all(collections.map((collection) => heldIn(req, collection, person)))
  const records = Object.fromEntries(collections.map((collection, i) => [collection, found[i]])) as Record<
    HeldIn,
    Held[]
  >
  const references = [
    ...records['interest-registrations'],
    ...records.applications,
    ...records.bookings,
  ].flatMap((record) => (record.reference ? [record.reference] : []))
  await writeAccessLog(req.payload, { user, surface: 'access-request', references })
  return { createdAt: new Date().toISOString(), records }
}
