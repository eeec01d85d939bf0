import type { Client } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import { createLedger } from './createLedger'
import type { SeatStore } from './types'

/** Core's `fitsFromWaitlist` in SQL (seats are ?1), so the UPDATE decides it atomically; `fits` is in `claim`. */
const FITS_FROM_WAITLIST = '(seats_confirmed + ?1 <= capacity)'

type Drizzle = { all: <T>(query: ReturnType<typeof sql>) => Promise<T[]> }
type Adapter = { client: Client; drizzle: Drizzle; sessions: Record<string, { db: Drizzle } | undefined> }

/** The write transaction `req` is in (config/writeTransaction.ts), or the adapter's own connection. */
function connectionOf(adapter: Adapter, req: PayloadRequest | undefined): Drizzle {
  const id = req?.transactionID
  return ((typeof id === 'string' || typeof id === 'number') && adapter.sessions[id]?.db) || adapter.drizzle
}

/** SQLite runs one write statement at a time, so each UPDATE below decides and counts atomically. */
export function sqliteSeatStore(payload: Payload): SeatStore {
  const adapter = payload.db as unknown as Adapter
  const client = adapter.client
  const run = (statement: string, args: (string | number)[]) => client.execute({ sql: statement, args })
  return {
    joinsTransactions: true,
    async mirror(eveningKey, { capacity, open, closesAt }) {
      const update = 'UPDATE seat_ledgers SET capacity = ?1, open = ?2, closes_at = ?3 WHERE evening_key = ?4'
      const args = [capacity, open ? 1 : 0, closesAt, eveningKey]
      if ((await run(update, args)).rowsAffected) return
      if (!(await createLedger(payload, eveningKey, { capacity, open, closesAt }))) await run(update, args)
    },
    async claim(eveningKey, seats, now, req) {
      // Core's `fits`. SET expressions all read the row as it was, so it is decided once on the old
      // counts. Run in `req`'s transaction if it has one: a booking that fails there undoes it.
      const fits = sql`(seats_confirmed + held + ${seats} <= capacity)`
      const [row] = await connectionOf(adapter, req).all<{ sequence: number; last_confirmed: number }>(
        sql`UPDATE seat_ledgers SET sequence = sequence + 1, last_confirmed = ${fits},
           seats_confirmed = seats_confirmed + CASE WHEN ${fits} THEN ${seats} ELSE 0 END,
           waitlist_count = waitlist_count + CASE WHEN ${fits} THEN 0 ELSE 1 END
         WHERE evening_key = ${eveningKey} AND open = 1 AND closes_at > ${now.toISOString()}
         RETURNING sequence, last_confirmed`,
      )
      return row
        ? { outcome: Number(row.last_confirmed) ? 'confirmed' : 'waitlisted', sequence: Number(row.sequence) }
        : null
    },
    async release(eveningKey, seats, wasConfirmed) {
      if (!wasConfirmed)
        return void (await run(
          'UPDATE seat_ledgers SET waitlist_count = MAX(waitlist_count - 1, 0) WHERE evening_key = ?1',
          [eveningKey],
        ))
      await run(
        'UPDATE seat_ledgers SET seats_confirmed = MAX(seats_confirmed - ?1, 0), held = held + CASE WHEN waitlist_count > 0 THEN ?1 ELSE 0 END WHERE evening_key = ?2',
        [seats, eveningKey],
      )
    },
    async promote(eveningKey, seats) {
      const { rows } = await run(
        `UPDATE seat_ledgers SET seats_confirmed = seats_confirmed + ?1, held = MAX(held - ?1, 0), waitlist_count = waitlist_count - 1 WHERE evening_key = ?2 AND waitlist_count > 0 AND ${FITS_FROM_WAITLIST} RETURNING sequence`,
        [seats, eveningKey],
      )
      return rows.length === 1
    },
    async unhold(eveningKey) {
      await run('UPDATE seat_ledgers SET held = 0 WHERE evening_key = ?1', [eveningKey])
    },
    async read(eveningKey) {
      const { rows } = await run(
        'SELECT capacity, open, closes_at, seats_confirmed, held, waitlist_count FROM seat_ledgers WHERE evening_key = ?1',
        [eveningKey],
      )
      const row = rows[0]
      return row
        ? {
            capacity: Number(row.capacity),
            open: Boolean(Number(row.open)),
            closesAt: String(row.closes_at),
            seatsConfirmed: Number(row.seats_confirmed),
            held: Number(row.held),
            waitlistCount: Number(row.waitlist_count),
          }
        : null
    },
  }
}
