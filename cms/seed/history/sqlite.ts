import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import type { GeneratedApplication, GeneratedHistory, GeneratedRegistration } from './model'

type Row = Record<string, unknown>
type Tx = {
  insert: (table: unknown) => { values: (rows: Row[]) => Promise<unknown> }
  run: (query: unknown) => Promise<unknown>
}
type Drizzle = { transaction: <T>(work: (tx: Tx) => Promise<T>) => Promise<T> }

/** SQLite takes at most 32,766 bound values per statement. */
const MAX_VALUES = 32_000

/** The array rows, select values and relationships of one submission, keyed as Payload's tables are. */
function submissionRows(doc: GeneratedRegistration | GeneratedApplication) {
  return {
    history: doc.history.map(({ fromTeam, toTeam, reason, ...entry }, index) => ({
      ...entry,
      _order: index + 1,
      _parentID: doc.id,
      fromTeam: fromTeam ?? null,
      toTeam: toTeam ?? null,
      reason: reason ?? null,
    })),
    contactLog: doc.contactLog.map((entry, index) => ({ ...entry, _order: index + 1, _parentID: doc.id })),
    rels: doc.routedTeams.map((team, index) => ({
      order: index + 1,
      parent: doc.id,
      path: 'routedTeams',
      teamsID: team,
    })),
  }
}

/**
 * Writes a generated history in one transaction, straight into Payload's own tables through its
 * Drizzle schema: no hooks run, so no e-mail or job is queued for records that are only history.
 * The seat ledgers of the booked evenings are set to the bookings' counts.
 */
export async function writeHistory(payload: Payload, history: GeneratedHistory): Promise<void> {
  const db = payload.db as unknown as { drizzle: Drizzle; tables: Record<string, unknown> }
  const rows: Record<string, Row[]> = {}
  const add = (table: string, more: Row[]) => (rows[table] ??= []).push(...more)
  for (const [table, docs] of [
    ['interest_registrations', history.registrations],
    ['applications', history.applications],
  ] as const) {
    for (const doc of docs) {
      const { history: _h, contactLog: _c, routedTeams: _r, ...fields } = doc
      const { services, ...main } = fields as typeof fields & { services?: string[] }
      add(table, [{ ...main, nextActionRemindedFor: null }])
      const related = submissionRows(doc)
      add(`${table}_history`, related.history)
      add(`${table}_contact_log`, related.contactLog)
      add(`${table}_rels`, related.rels)
      if (Array.isArray(services))
        add(
          `${table}_services`,
          services.map((value, index) => ({ order: index + 1, parent: doc.id, value, id: randomUUID() })),
        )
    }
  }
  for (const { services, ...booking } of history.bookings) {
    add('bookings', [{ ...booking, needs: null, staffNotes: null, idempotencyKey: null }])
    add(
      'bookings_services',
      services.map((value, index) => ({ order: index + 1, parent: booking.id, value, id: randomUUID() })),
    )
  }
  await db.drizzle.transaction(async (tx) => {
    for (const [table, list] of Object.entries(rows)) {
      if (!list.length) continue
      const perStatement = Math.max(1, Math.floor(MAX_VALUES / Object.keys(list[0]).length))
      for (let start = 0; start < list.length; start += perStatement)
        await tx.insert(db.tables[table]).values(list.slice(start, start + perStatement))
    }
    for (const [evening, ledger] of history.ledgers)
      await tx.run(
        sql`UPDATE seat_ledgers SET seats_confirmed = ${ledger.seatsConfirmed}, waitlist_count = ${ledger.waitlistCount}, sequence = ${ledger.sequence} WHERE evening_key = ${evening}`,
      )
  })
}
