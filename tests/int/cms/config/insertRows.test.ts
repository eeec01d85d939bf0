import type { Client } from '@libsql/client'
import { insert as drizzleInsert } from '@payloadcms/drizzle/sqlite'
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createTownWithTwoTeams, interestRegistrationData, openTestPayload } from '../../helpers'

let payload: Payload
const ids: Record<string, string> = {}

/** Columns that differ between any two stored documents: clock times and keys. */
const VARYING = new Set([
  'reference',
  'idempotency_key',
  'key',
  'created_at',
  'updated_at',
  'at',
  'last_change_at',
])

const client = () => (payload.db as unknown as { client: Client }).client

/**
 * Every row the document left in its table and the tables of its arrays, relationships and
 * many-valued selects, by table, its own ids replaced by a placeholder.
 */
async function storedRows(table: string, id: string) {
  const { rows: tables } = await client().execute({
    sql: `SELECT name FROM sqlite_schema WHERE type = 'table' AND (name = ? OR name LIKE ? || '\\_%' ESCAPE '\\')`,
    args: [table, table],
  })
  const stored: Record<string, unknown[]> = {}
  for (const { name } of tables) {
    const { columns } = await client().execute(`SELECT * FROM "${name}" LIMIT 0`)
    const parent = ['id', '_parent_id', 'parent_id'].find((column) =>
      name === table ? column === 'id' : columns.includes(column) && column !== 'id',
    )
    if (!parent) continue
    const { rows } = await client().execute({
      sql: `SELECT * FROM "${name}" WHERE "${parent}" = ?`,
      args: [id],
    })
    const arrayIds = new Map<unknown, string>()
    stored[String(name)] = rows.map((row) =>
      Object.fromEntries(
        columns
          .filter((column) => !VARYING.has(column))
          .map((column) => {
            const value = row[column]
            if (value === id) return [column, 'the document']
            // A child row's id is chosen anew; its place among the others is what matters.
            if (column === 'id' && name !== table)
              return [column, arrayIds.get(value) ?? arrayIds.set(value, `row ${arrayIds.size}`).get(value)]
            return [column, value]
          }),
      ),
    )
  }
  return stored
}

type Store = (data: Record<string, unknown>) => Promise<{ id: string | number }>

/** Payload's create operation, which fills in every field's default. */
const byOperation =
  (collection: CollectionSlug): Store =>
  (data) =>
    payload.create({ collection, data: data as never, depth: 0 })

/** The adapter alone, as the lean paths store: what is left out is the database's to fill in. */
const byAdapter =
  (collection: CollectionSlug): Store =>
  async (data) =>
    (await payload.db.create({ collection, data })) as { id: string }

/** The same document stored through drizzle's insert, and through the adapter's own. */
async function bothWays(table: string, store: Store, data: () => Record<string, unknown>) {
  const db = payload.db as unknown as { insert: unknown }
  const ours = db.insert
  db.insert = drizzleInsert
  const byDrizzle = await store(data()).finally(() => {
    db.insert = ours
  })
  const withoutReadBack = await store(data())
  return {
    drizzle: await storedRows(table, String(byDrizzle.id)),
    adapter: await storedRows(table, String(withoutReadBack.id)),
  }
}

beforeAll(async () => {
  payload = await openTestPayload()
  Object.assign(ids, await createTownWithTwoTeams(payload, 'Radby', '9994'))
})

describe('a row inserted without reading it back', () => {
  it('stores an interest registration, its services, teams, history and facts as drizzle does', async () => {
    const { drizzle, adapter } = await bothWays(
      'interest_registrations',
      byOperation('interest-registrations'),
      () => interestRegistrationData(ids),
    )
    expect(adapter).toEqual(drizzle)
    expect(Object.keys(adapter)).toEqual(
      expect.arrayContaining([
        'interest_registrations',
        'interest_registrations_history',
        'interest_registrations_rels',
      ]),
    )
    expect(adapter.interest_registrations_services).toHaveLength(2)
  })

  it('stores an outbox message with its attachments and defaults as drizzle does', async () => {
    const { drizzle, adapter } = await bothWays('outbox', byOperation('outbox'), () => ({
      key: `message-${Math.random()}`,
      kind: 'booking-confirmed',
      to: 'anna@example.org',
      subject: 'Välkommen',
      text: 'Du har en plats.',
      attachments: [{ filename: 'kvall.ics', content: 'BEGIN:VCALENDAR' }],
      status: 'queued',
      attempts: 0,
    }))
    expect(adapter).toEqual(drizzle)
    expect(adapter.outbox).toHaveLength(1)
  })

  it('stores a job with the database’s own defaults as drizzle does', async () => {
    const { drizzle, adapter } = await bothWays('payload_jobs', byAdapter('payload-jobs'), () => ({
      taskSlug: 'sendEmail',
      queue: 'email',
      input: { message: 'm-1', kind: 'team-notification' },
    }))
    expect(adapter).toEqual(drizzle)
    expect(adapter.payload_jobs[0]).toMatchObject({ has_error: 0, processing: 0, queue: 'email' })
  })
})
