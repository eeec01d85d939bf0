import type { Client, TransactionMode } from '@libsql/client'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { migrations as sqliteMigrations } from '../migrations/sqlite/index'
import type { DatabaseChoice } from './database'
import { projectRoot } from './paths'

const BUSY_TIMEOUT_MS = 5000

/**
 * Per-connection settings: a deleted row's bytes are overwritten, not merely unlinked (so an erased
 * application cannot be read back from the file), and a busy database is waited for.
 */
export const CONNECTION_PRAGMAS = ['PRAGMA secure_delete = ON', `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`]

const kept = new WeakSet<Client>()

/**
 * libsql hands its connection to each transaction and opens a new one for whatever comes next,
 * which has none of the pragmas set on the first. So they are set again on each new connection.
 */
export async function keepPragmas(client: Client): Promise<void> {
  const apply = async () => {
    for (const pragma of CONNECTION_PRAGMAS) await client.execute(pragma)
  }
  await apply()
  if (kept.has(client)) return
  kept.add(client)
  const transaction = client.transaction.bind(client)
  client.transaction = async (mode?: TransactionMode) => {
    const handedOver = await transaction(mode)
    await apply()
    return handedOver
  }
}

/**
 * Builds the adapter for a database choice. Schema changes reach SQLite only through the committed
 * migrations (never `push`), so tests, the demo and production all run the same DDL.
 */
export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
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
    wal: true,
  })
  return {
    ...sqlite,
    init: (args) => {
      const adapter = sqlite.init(args)
      const connect = adapter.connect
      adapter.connect = async (options) => {
        await connect?.call(adapter, options)
        await keepPragmas((adapter as unknown as { client: Client }).client)
      }
      return adapter
    },
  }
}

/**
 * After an erasure on SQLite: copy the write-ahead log into the database file and empty it, so no
 * older copy of a deleted row stays behind in the log. Throws if readers kept it from finishing.
 */
export async function checkpointAfterErasure(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const { rows } = await (payload.db as unknown as { client: Client }).client.execute(
    'PRAGMA wal_checkpoint(TRUNCATE)',
  )
  if (Number(rows[0]?.busy)) throw new Error('the database was busy; its log still holds deleted rows')
}
