import { type CollectionSlug, type Payload, createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { publicCreate } from '../../../../cms/collections/publicCreate'
import { inWriteTransaction } from '../../../../cms/config/writeTransaction'
import { newReference } from '../../../../core/domain/reference'
import {
  createEvening,
  createTownWithTwoTeams,
  interestRegistrationData,
  openTestPayload,
} from '../../helpers'

let payload: Payload
const ids: Record<string, string> = {}

/** What differs between any two stored documents: ids, keys and clock times. */
const VARYING = new Set(['id', 'reference', 'idempotencyKey', 'createdAt', 'updatedAt', 'at', 'lastChangeAt'])
const comparable = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(comparable)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => !VARYING.has(key))
            .map(([key, inner]) => [key, comparable(inner)]),
        )
      : value

const jobsFor = async (task: string, id: string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: task } },
      pagination: false,
      depth: 0,
    })
  ).docs.filter((job) => Object.values(job.input as object).includes(id))

/** The same data stored by Payload's create operation and by the public posts' lean create. */
async function bothWays(collection: CollectionSlug, data: () => Record<string, unknown>) {
  const full = await payload.create({ collection, data: data() as never, depth: 0 })
  const req = await createLocalReq({}, payload)
  const id = await inWriteTransaction(req, () => publicCreate(req, collection, data()))
  // Spread into plain records: the two are compared field by field.
  const read = async (docId: string | number): Promise<Record<string, unknown>> => ({
    ...(await payload.findByID({ collection, id: docId, depth: 0 })),
  })
  const [lean, stored] = [await read(id), await read(full.id)]
  return { stored, lean }
}

beforeAll(async () => {
  payload = await openTestPayload()
  Object.assign(ids, await createTownWithTwoTeams(payload, 'Likaby', '9993'))
})

describe('a document a public post stores', () => {
  it('is the same interest registration, with its history and notification job, as Payload would store', async () => {
    const { stored, lean } = await bothWays('interest-registrations', () => interestRegistrationData(ids))
    expect(comparable(lean)).toEqual(comparable(stored))
    expect(lean.history).toHaveLength(1)
    expect(lean).toMatchObject({ untouched: true, atRisk: false, status: 'new' })
    expect(await jobsFor('notifySubmission', String(lean.id))).toHaveLength(1)
  })

  it('is the same booking, with its follow-up job, as Payload would store', async () => {
    const evening = await createEvening(payload, ids.municipality, ids.team)
    let sequence = 0
    const { stored, lean } = await bothWays('bookings', () => ({
      reference: newReference(),
      evening,
      team: ids.team,
      status: 'confirmed',
      sequence: (sequence += 1),
      seats: 2,
      name: 'Bo Berg',
      email: 'bo@example.org',
      services: ['contact-person'],
      locale: 'sv',
      consentAt: '2026-12-06T10:00:00.000Z',
    }))
    expect({ ...(comparable(lean) as object), sequence: 0 }).toEqual({
      ...(comparable(stored) as object),
      sequence: 0,
    })
    expect(await jobsFor('afterBooking', String(lean.id))).toHaveLength(1)
  })
})
