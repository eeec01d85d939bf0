// Preloaded into the CMS and its job worker by BENCH_LOCKS=<folder>: times every hold of SQLite's
// write lock (a write transaction from its lock to its end, and each write committed on its own)
// and each wait for it, and appends them to <folder>/<pid>.jsonl; bench/lockSummary.ts reads them.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const folder = process.env.BENCH_LOCKS_DIR
const Database = folder ? createRequire(path.join(process.cwd(), 'package.json'))('libsql') : null

if (Database) {
  fs.mkdirSync(folder, { recursive: true })
  const file = path.join(folder, `${process.pid}.jsonl`)
  const role = process.argv.some((arg) => arg.includes('worker')) ? 'worker' : 'web'
  let lines = [JSON.stringify({ role })]
  const flush = () => {
    if (lines.length) fs.appendFileSync(file, `${lines.join('\n')}\n`)
    lines = []
  }
  setInterval(flush, 250).unref()
  process.on('exit', flush)

  /** Per connection: when it took the lock, and when its first refused BEGIN IMMEDIATE was. */
  const states = new WeakMap()
  const record = (kind, ms, what = '') => lines.push(JSON.stringify([Date.now(), kind, ms, what]))
  const tableOf = (sql) => /^\s*(?:insert\s+into|update|delete\s+from)\s+"?(\w+)/i.exec(sql)?.[1] ?? '?'
  const isWrite = (sql) => /^\s*(?:insert|update|delete|replace)\s/i.test(sql)

  /** `all` runs through `iterate`: only the outermost call is timed. */
  let depth = 0
  const traced = (db, sql, call) => {
    if (!db || depth) return call()
    depth += 1
    try {
      return timed(db, sql, call)
    } finally {
      depth -= 1
    }
  }
  const timed = (db, sql, call) => {
    const state = states.get(db) ?? {}
    states.set(db, state)
    const inTransaction = db.inTransaction
    const started = performance.now()
    let failed = true
    try {
      const result = call()
      failed = false
      return result
    } catch (error) {
      if (/^\s*BEGIN IMMEDIATE/i.test(sql) && String(error.code).startsWith('SQLITE_BUSY'))
        state.firstTry ??= started
      throw error
    } finally {
      const ended = performance.now()
      if (/^\s*BEGIN IMMEDIATE/i.test(sql)) {
        if (!failed) {
          state.lockedAt = ended
          record('wait', state.firstTry === undefined ? 0 : ended - state.firstTry)
          state.firstTry = undefined
        }
      } else if (/^\s*(?:COMMIT|END|ROLLBACK)\s*;?\s*$/i.test(sql)) {
        if (state.lockedAt !== undefined)
          record('transaction', ended - state.lockedAt, `end ${ended - started}`)
        state.lockedAt = undefined
      } else if (isWrite(sql)) {
        if (!inTransaction) record('autocommit', ended - started, tableOf(sql))
        else state.lockedAt ??= started
      }
    }
  }

  const prepare = Database.prototype.prepare
  Database.prototype.prepare = function (sql) {
    const statement = prepare.call(this, sql)
    statement.traceSql = sql
    statement.traceDb = this
    return statement
  }
  const exec = Database.prototype.exec
  Database.prototype.exec = function (sql) {
    return traced(this, sql, () => exec.call(this, sql))
  }
  const probe = new Database(':memory:')
  const Statement = Object.getPrototypeOf(probe.prepare('SELECT 1'))
  probe.close()
  for (const method of ['run', 'all', 'get', 'iterate']) {
    const original = Statement[method]
    Statement[method] = function (...args) {
      return traced(this.traceDb, this.traceSql, () => original.apply(this, args))
    }
  }
}
