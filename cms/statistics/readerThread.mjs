// @ts-check
/**
 * One statistics reader thread (cms/statistics/readers.ts): a read-only connection of its own to
 * the database file, answering one statement at a time the way libsql's client would (named
 * arguments, integers as numbers), so a report's queries run beside each other, off the web thread.
 * A plain module found by path, so Next's server bundle and vitest/tsx start the same file.
 */
import { parentPort, workerData } from 'node:worker_threads'

import Database from 'libsql'

/** @type {{ file: string, pragmas: string[] }} */
const { file, pragmas } = workerData
const connection = new Database(file)
for (const pragma of pragmas) connection.exec(pragma)
// Statistics only read: a statement that would write is refused by SQLite itself.
connection.exec('PRAGMA query_only = ON')

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** An integer as the client's "number" mode gives it: a number, or an error if it cannot be one. */
const valueOf = (/** @type {unknown} */ value) => {
  if (typeof value !== 'bigint') return value
  if (value > MAX_SAFE || value < -MAX_SAFE)
    throw new RangeError('Received integer which cannot be safely represented as a JavaScript number')
  return Number(value)
}

/**
 * The statement's rows as objects, the first column of a repeated name winning, as in the client.
 * @param {string} sql
 * @param {Record<string, unknown>} args
 */
function rowsOf(sql, args) {
  const statement = connection.prepare(sql)
  statement.safeIntegers(true)
  statement.raw(true)
  const columns = statement.columns().map((/** @type {{ name: string }} */ column) => column.name)
  const bound = Object.fromEntries(
    Object.entries(args).map(([name, value]) => [name.replace(/^[:@$]/, ''), value]),
  )
  return statement.all(bound).map((/** @type {unknown[]} */ values) => {
    /** @type {Record<string, unknown>} */
    const row = {}
    values.forEach((value, i) => {
      if (!Object.hasOwn(row, columns[i])) row[columns[i]] = valueOf(value)
    })
    return row
  })
}

/** @typedef {{ sql: string, args: Record<string, unknown> }} Statement */
parentPort?.on('message', (/** @type {Statement | { stop: true }} */ message) => {
  // Asked to stop (cms/config/stopThread.ts), it ends by itself after the statement it is on.
  if ('stop' in message) {
    connection.close()
    parentPort?.close()
    return
  }
  const { sql, args } = message
  try {
    parentPort?.postMessage({ rows: rowsOf(sql, args) })
  } catch (error) {
    const { message, code } = /** @type {{ message: string, code?: string }} */ (error)
    parentPort?.postMessage({ error: { message, code } })
  }
})
