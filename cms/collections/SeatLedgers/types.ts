// The contract both ledger stores keep, in a file of its own so neither store imports the module that picks one.

import type { PayloadRequest } from 'payload'

import type { Ledger } from '../../../core/domain/seats'

export type LedgerSettings = Pick<Ledger, 'capacity' | 'open' | 'closesAt'>
export type Claim = { outcome: 'confirmed' | 'waitlisted'; sequence: number }

/**
 * Seat counting that never overbooks under concurrent requests: each operation is one atomic
 * conditional update of the evening's ledger row (SQLite: a single UPDATE … RETURNING, which
 * SQLite serialises; MongoDB: a single findOneAndUpdate with an update pipeline).
 */
export interface SeatStore {
  /** Creates or updates the ledger from the published evening; the counts are never touched. */
  mirror(eveningKey: string, settings: LedgerSettings): Promise<void>
  /**
   * Takes the next place in line, decided as core's `bookingOutcome` decides; null when closed.
   * Given a `req` in a write transaction, a store that `joinsTransactions` claims inside it, so the
   * claim is undone with a booking that fails, and shares its commit.
   */
  claim(eveningKey: string, seats: number, now: Date, req?: PayloadRequest): Promise<Claim | null>
  /** Whether a claim made with a `req` in a transaction is part of it (SQLite); else it is committed at once. */
  readonly joinsTransactions: boolean
  /** Gives back a cancelled booking's seats (held for the waitlist if anyone waits), or its place in line. */
  release(eveningKey: string, seats: number, wasConfirmed: boolean): Promise<void>
  /** Moves one waiting booking's seats into the confirmed count, if they fit (`fitsFromWaitlist`). */
  promote(eveningKey: string, seats: number): Promise<boolean>
  /** After the waitlist has moved up: seats nobody waiting could use go back to everyone. */
  unhold(eveningKey: string): Promise<void>
  read(eveningKey: string): Promise<Ledger | null>
}
