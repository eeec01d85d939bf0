import { sql } from '@payloadcms/db-sqlite'
import { beginTransaction } from '@payloadcms/drizzle'
import type { PayloadRequest } from 'payload'

type Waiting = {
  req: PayloadRequest
  work: () => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}
type Session = { db: { run: (query: ReturnType<typeof sql.raw>) => Promise<unknown> } }

/** At most this many posts share a commit, so one batch never holds the lock for long. */
const MAX_BATCH = 32

const waiting: Waiting[] = []
let writing = false

/**
 * Runs `work` (Local API calls given `req`) in one transaction, so that a submission and its
 * notification job are stored together or not at all. On MongoDB Payload's own transaction
 * already spans an operation and its hooks. The SQLite adapter has none unless configured: each
 * statement was committed, and synced to disk, on its own. Here one write transaction on a kept
 * connection (connections.ts), one at a time in this process: a second would otherwise wait for
 * SQLite's lock inside a blocking call, holding up the event loop the first needs to finish.
 * Posts that arrive while one is written share the next commit (group commit): each runs inside
 * its own savepoint, so it is still stored whole or not at all, and is answered only once the
 * commit, with its one sync to disk, has succeeded.
 */
export function inWriteTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  if (req.payload.db.name !== 'sqlite' || req.transactionID) return work()
  return new Promise<T>((resolve, reject) => {
    waiting.push({ req, work, resolve: resolve as (value: unknown) => void, reject })
    if (writing) return
    writing = true
    setImmediate(() => void writeAll(req))
  })
}

/**
 * A batch runs from BEGIN to COMMIT without giving the event loop back (libsql's calls are
 * synchronous), so only posts that arrive before it starts can join it: each batch starts after
 * the requests read in this turn of the event loop (setImmediate), not at once with the first.
 */
async function writeAll(req: PayloadRequest): Promise<void> {
  try {
    while (waiting.length) {
      await writeBatch(req, waiting.splice(0, MAX_BATCH))
      await new Promise((resolve) => setImmediate(resolve))
    }
  } finally {
    writing = false
  }
}

/** Runs each post in its savepoint, then commits them together; answers each post with its own outcome. */
async function writeBatch(req: PayloadRequest, batch: Waiting[]): Promise<void> {
  const db = req.payload.db
  let id: string | number | null
  try {
    id = await beginTransaction.call(db as never)
  } catch (error) {
    for (const item of batch) item.reject(error)
    return
  }
  if (id === null) {
    for (const item of batch) item.work().then(item.resolve, item.reject)
    return
  }
  const run = (statement: string) => (db.sessions[id] as unknown as Session).db.run(sql.raw(statement))
  const done: { item: Waiting; result: unknown }[] = []
  // Answered after the commit too: a post refused for a key that another post of this batch
  // stored must find that post when it looks for it.
  const failed: { item: Waiting; error: unknown }[] = []
  let lost: unknown = null
  for (const item of batch) {
    if (lost) {
      failed.push({ item, error: lost })
      continue
    }
    item.req.transactionID = id
    try {
      await run('SAVEPOINT post')
      const result = await item.work()
      await run('RELEASE post')
      done.push({ item, result })
    } catch (error) {
      failed.push({ item, error })
      // Only this post's writes are undone; if the transaction itself is gone, so is the batch.
      await run('ROLLBACK TO post')
        .then(() => run('RELEASE post'))
        .catch((rollbackError: unknown) => (lost = rollbackError))
    } finally {
      delete item.req.transactionID
    }
  }
  try {
    if (lost) throw lost
    await db.commitTransaction(id)
    for (const { item, result } of done) item.resolve(result)
  } catch (error) {
    await db.rollbackTransaction(id).catch(() => undefined)
    for (const { item } of done) item.reject(error)
  }
  for (const { item, error } of failed) item.reject(error)
}
