// @ts-check
/**
 * The checkpoint thread (cms/config/checkpointer.ts): a connection of its own that copies the
 * write-ahead log into the database file every `intervalMs`. A plain module found by path, so
 * Next's server bundle and vitest/tsx start the same file (as cms/statistics/readerThread.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads'

import Database from 'libsql'

/** @type {{ file: string, intervalMs: number }} */
const { file, intervalMs } = workerData
const connection = new Database(file)
// A passive checkpoint waits for nobody and is never waited for; a busy database is tried next time.
const checkpoint = connection.prepare('PRAGMA wal_checkpoint(PASSIVE)')
const timer = setInterval(() => {
  try {
    checkpoint.all()
  } catch (error) {
    if (!String(/** @type {{ code?: string }} */ (error).code).startsWith('SQLITE_BUSY')) throw error
  }
}, intervalMs)
// Asked to stop, it ends by itself between checkpoints (stopThread.ts).
parentPort?.once('message', () => {
  clearInterval(timer)
  connection.close()
  parentPort?.close()
})
