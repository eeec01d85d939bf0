import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as sqliteMigrations } from '../migrations/sqlite/index'
import type { DatabaseChoice } from './database'
import { projectRoot } from './paths'

/**
 * Builds the adapter for a database choice. Schema changes reach SQLite only through the committed
 * migrations (never `push`), so tests, the demo and production all run the same DDL.
 */
export function databaseAdapter(choice: DatabaseChoice): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({ url: choice.url })
  }
  return sqliteAdapter({
    client: { url: choice.url },
    idType: 'uuid',
    push: false,
    migrationDir: path.join(projectRoot, 'cms', 'migrations', 'sqlite'),
    prodMigrations: sqliteMigrations,
    busyTimeout: 5000,
    wal: true,
  })
}
