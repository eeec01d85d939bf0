import type { Payload } from 'payload'
import { beforeAll, describe, it } from 'vitest'

import { sqliteSeatStore } from '../../../../../cms/collections/SeatLedgers/sqliteStore'
import { checkStoreAgainstRules } from '../../../../support/seatStoreCheck'
import { openTestPayload } from '../../../helpers'

let payload: Payload

beforeAll(async () => {
  payload = await openTestPayload()
})

/**
 * The SQL states the seat rule again, so that one UPDATE … RETURNING decides and counts at once;
 * here it is held to core's rule claim by claim, on a real migrated SQLite file.
 */
describe('the SQLite seat store', () => {
  it('keeps to the core rules over many random sequences of claims, releases and changes', async () => {
    const store = sqliteSeatStore(payload)
    for (let seed = 1; seed <= 150; seed += 1) await checkStoreAgainstRules(store, `evening-${seed}`, seed)
  })
})
