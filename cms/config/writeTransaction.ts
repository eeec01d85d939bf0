import { beginTransaction } from '@payloadcms/drizzle'
import type { PayloadRequest } from 'payload'

let turns: Promise<unknown> = Promise.resolve()

/**
 * Runs `work` (Local API calls given `req`) in one transaction, so that a submission and its
 * notification job are stored together or not at all. On MongoDB Payload's own transaction
 * already spans an operation and its hooks. The SQLite adapter has none unless configured: each
 * statement was committed, and synced to disk, on its own. Here one write transaction on a kept
 * connection (connections.ts), one at a time in this process: a second would otherwise wait for
 * SQLite's lock inside a blocking call, holding up the event loop the first needs to finish.
 */
export function inWriteTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const db = req.payload.db
  if (db.name !== 'sqlite' || req.transactionID) return work()
  const turn = turns.then(async () => {
    const id = await beginTransaction.call(db as never)
    if (id === null) return work()
    req.transactionID = id
    try {
      const result = await work()
      await db.commitTransaction(id)
      return result
    } catch (error) {
      await db.rollbackTransaction(id)
      throw error
    } finally {
      delete req.transactionID
    }
  })
  turns = turn.catch(() => undefined)
  return turn
}
