import type { Client } from '@libsql/client'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { migrations as sqliteMigrations } from '../migrations/sqlite/index'
import { type StatisticsReaders, statisticsReaders } from '../statistics/readers'
import { BACKSTOP_CHECKPOINT_PAGES, checkpointInBackground } from './checkpointer'
import { reuseTransactionConnections } from './connections'
import { type Insert, insertWithoutReadBack } from './insertRows'
import type { DatabaseChoice } from './database'
import { projectRoot } from './paths'

const BUSY_TIMEOUT_MS = 5000

/** Up to this much of the file is read through a memory map (address space, not memory). */
const MMAP_BYTES = 1024 ** 3

/**
 * Per-connection settings, on the client's own connection and each one its transactions use: a
 * deleted row's bytes are overwritten, not merely unlinked (so an erased application cannot be
 * read back from the file), a busy database is waited for, and pages are read from a memory map
 * rather than by a system call each (statistics read tens of thousands; about a third faster),
 * and the log is copied into the database file by a thread (checkpointer.ts), not by a commit.
 */
export const CONNECTION_PRAGMAS = [
  'PRAGMA secure_delete = ON',
  `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
  `PRAGMA mmap_size = ${MMAP_BYTES}`,
  `PRAGMA wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`,
]

/** What the SQLite adapter carries besides Payload's own: its statistics readers. */
export type WithReaders = { statisticsReaders: StatisticsReaders }

/**
 * Builds the adapter for a database choice. Schema changes reach SQLite only through the committed
 * migrations (never `push`), so tests, the demo and production all run the same DDL.
 * `syncEachCommit: false` (the job worker) commits without waiting for the disk: a commit then
 * holds SQLite's one write lock for microseconds instead of a sync's milliseconds, which posts
 * waited for, some fifteen times per post. A killed process loses nothing (the log is in the
 * operating system's hands); a power cut may undo the last commits, in order, as if the worker
 * had been killed a moment earlier, and every job is written to be repeated. What the worker
 * sends is made durable first (`makeDurable`). Posts are stored on connections that sync each
 * commit (connections.ts).
 */
export function databaseAdapter(
  choice: DatabaseChoice,
  { syncEachCommit = true }: { syncEachCommit?: boolean } = {},
): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({ url: choice.url })
  }
  const sqlite = sqliteAdapter({
    client: { url: choice.url },
    idType: 'uuid',
    push: false,
    migrationDir: path.join(projectRoot, 'cms', 'migrations', 'sqlite'),
    prodMigrations: sqliteMigrations,
    busyTimeout: BUSY_TIMEOUT_MS,
    wal: { synchronous: syncEachCommit ? 'FULL' : 'NORMAL' },
  })
  return {
    ...sqlite,
    init: (args) => {
      const adapter = sqlite.init(args)
      const built = adapter as unknown as { tables: never; drizzle: { dialect: never } }
      adapter.insert = insertWithoutReadBack(adapter.insert as Insert, () => ({
        tables: built.tables,
        dialect: built.drizzle.dialect,
        relationshipsSuffix: adapter.relationshipsSuffix ?? '_rels',
      })) as typeof adapter.insert
      const connect = adapter.connect
      let stopCheckpoints: (() => Promise<unknown>) | undefined
      adapter.connect = async (options) => {
        await connect?.call(adapter, options)
        const client = (adapter as unknown as { client: Client }).client
        for (const pragma of CONNECTION_PRAGMAS) await client.execute(pragma)
        reuseTransactionConnections(client, choice.file, CONNECTION_PRAGMAS, BUSY_TIMEOUT_MS)
        stopCheckpoints = checkpointInBackground(choice.file, (message) =>
          adapter.payload.logger.error(message),
        )
      }
      // Statistics read on threads of their own (cms/statistics/readers), ended with Payload, as
      // is the checkpoint thread.
      const readers = statisticsReaders(choice.file, CONNECTION_PRAGMAS)
      const destroy = adapter.destroy
      adapter.destroy = async () => {
        await readers.close()
        await stopCheckpoints?.()
        await destroy?.call(adapter)
      }
      return Object.assign(adapter, { statisticsReaders: readers } satisfies WithReaders)
    },
  }
}

/**
 * Runs an SQLite checkpoint of the write-ahead log in `mode`; true if it could not finish because
 * the database was busy. Nothing to do (false) on any other database.
 */
async function checkpointWasBusy(payload: Payload, mode: 'PASSIVE' | 'TRUNCATE'): Promise<boolean> {
  if (payload.db.name !== 'sqlite') return false
  const client = (payload.db as unknown as { client: Client }).client
  const { rows } = await client.execute(`PRAGMA wal_checkpoint(${mode})`)
  return Boolean(Number(rows[0]?.busy))
}

/**
 * After an erasure on SQLite: copy the write-ahead log into the database file and empty it, so no
 * older copy of a deleted row stays behind in the log. Throws if readers kept it from finishing.
 */
export async function checkpointAfterErasure(payload: Payload): Promise<void> {
  if (await checkpointUntilFree(payload, 'TRUNCATE')) return
  throw new Error('the database was busy; its log still holds deleted rows')
}

/**
 * Runs the checkpoint until it finishes, up to a second: busy while the checkpoint thread's own
 * (checkpointer.ts) is under way. True once it has finished.
 */
async function checkpointUntilFree(payload: Payload, mode: 'PASSIVE' | 'TRUNCATE'): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (!(await checkpointWasBusy(payload, mode))) return true
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return false
}

/**
 * Makes every commit so far durable, before the worker does what cannot be undone (a send): on
 * SQLite a checkpoint syncs the write-ahead log first, without taking the write lock. Otherwise a
 * power cut could undo an outbox message already sent, and its repeat would go out under a new id.
 */
export async function makeDurable(payload: Payload): Promise<void> {
  // Busy: another checkpoint is under way, which may have begun before the last commit.
  if (await checkpointUntilFree(payload, 'PASSIVE')) return
  throw new Error('the database log could not be synced: another checkpoint kept it busy')
}
