import type { Payload } from 'payload'

import type { LedgerSettings } from './types'

/** Creating the row races with another mirror of the same evening; the loser updates instead. */
export async function createLedger(
  payload: Payload,
  eveningKey: string,
  settings: LedgerSettings,
): Promise<boolean> {
  try {
    await payload.create({
      collection: 'seat-ledgers',
      data: { eveningKey, ...settings, seatsConfirmed: 0, held: 0, waitlistCount: 0, sequence: 0 },
      depth: 0,
    })
    return true
  } catch {
    return false
  }
}
