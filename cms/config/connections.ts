import type { Client, TransactionMode } from '@libsql/client'
import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import Database from 'libsql'

import { keepStatements } from './statementCache'

const BEGIN: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

/** Idle connections kept for the next transactions; more are opened under load and closed after. */
const MAX_IDLE = 4

/** A transaction on a pooled connection, which goes back to the pool once it is committed or rolled back. */
class PooledTransaction extends Sqlite3Transaction {
  #done = false

  constructor(
    private readonly connection: Database.Database,
    private readonly giveBack: (connection: Database.Database) => void,
  ) {
    super(connection, 'number')
  }

  /** Once given back, the connection may be another transaction's: this one is closed for good. */
  override get closed() {
    return this.#done || super.closed
  }

  override async commit() {
    await super.commit()
    this.#release()
  }

  override async rollback() {
    try {
      await super.rollback()
    } finally {
      this.#release()
    }
  }

  override close() {
    super.close()
    this.#release()
  }

  #release() {
    if (this.#done) return
    this.#done = true
    this.giveBack(this.connection)
  }
}

/**
 * libsql's client gives its own connection to each transaction and opens a new one for whatever
 * comes next, which re-reads the whole schema on its first statement: about half of a form post's
 * time. Here each transaction takes an idle connection (opened with `pragmas`) and returns it
 * after commit or rollback, so connections live on; the client keeps its own. A transaction still
 * has a connection of its own, as before, so concurrent requests never share one. Each connection
 * keeps the statements it prepared (statementCache.ts).
 */
export function reuseTransactionConnections(
  client: Client,
  file: string,
  pragmas: readonly string[],
  busyTimeoutMs: number,
) {
  const idle: Database.Database[] = []
  const schemaChecks = new WeakMap<Database.Database, () => void>()
  const open = () => {
    const connection = new Database(file)
    for (const pragma of pragmas) connection.exec(pragma)
    schemaChecks.set(connection, keepStatements(connection).checkSchema)
    return connection
  }
  const giveBack = (connection: Database.Database) => {
    // A failed COMMIT leaves the transaction open; it is not handed to the next one like that.
    if (connection.inTransaction) connection.exec('ROLLBACK')
    if (idle.length < MAX_IDLE) idle.push(connection)
    else connection.close()
  }
  client.transaction = async (mode: TransactionMode = 'write') => {
    const connection = idle.pop() ?? open()
    try {
      if (mode === 'write') await beginWriting(connection, busyTimeoutMs)
      else connection.exec(BEGIN[mode])
      schemaChecks.get(connection)?.()
    } catch (error) {
      giveBack(connection)
      throw error
    }
    return new PooledTransaction(connection, giveBack)
  }
}

const isBusy = (error: unknown) => (error as { code?: string }).code?.startsWith('SQLITE_BUSY') ?? false

/**
 * Takes the write lock without blocking the event loop: SQLite's own busy wait sleeps inside the
 * call, so while another process (the job worker) writes, this one could answer nobody. Here a
 * busy lock is tried again every millisecond or two, up to the connection's busy timeout: a try
 * costs microseconds, and a coarser wait (it once doubled up to 20 ms) adds itself to a post's time.
 */
async function beginWriting(connection: Database.Database, busyTimeoutMs: number): Promise<void> {
  const deadline = Date.now() + busyTimeoutMs
  connection.exec('PRAGMA busy_timeout = 0')
  try {
    for (let wait = 1; ; wait = Math.min(wait * 2, 2)) {
      try {
        connection.exec(BEGIN.write)
        return
      } catch (error) {
        if (!isBusy(error) || Date.now() > deadline) throw error
      }
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
  } finally {
    connection.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
  }
}
