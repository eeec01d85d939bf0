import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { projectRoot } from './paths'

/** How often the thread copies what the log holds into the database file. */
const INTERVAL_MS = 250

/**
 * Each connection's own checkpoints start only beyond this many pages in the log (SQLite's
 * default is 1,000): never while the thread keeps up, and still if it stopped.
 */
export const BACKSTOP_CHECKPOINT_PAGES = 16_000

// A passive checkpoint waits for nobody and is never waited for; a busy database is tried next time.
const THREAD = `
const { workerData } = require('node:worker_threads')
const Database = require(workerData.libsql)
const db = new Database(workerData.file)
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)')
setInterval(() => {
  try {
    checkpoint.all()
  } catch (error) {
    if (!String(error.code).startsWith('SQLITE_BUSY')) throw error
  }
}, workerData.intervalMs)
`

/**
 * In WAL mode the connection that commits past SQLite's threshold copies the log into the
 * database file and syncs it, inside its COMMIT: a blocking call, so about half of a burst's
 * commit time was the event loop waiting for checkpoints, answering nobody. Here a thread of this
 * process checkpoints the database every 250 ms on a connection of its own (the same SQLite
 * library, so its locks are shared correctly); commits only append to the log and sync it, with
 * synchronous FULL as before. Connections set `BACKSTOP_CHECKPOINT_PAGES` in case it stops.
 * Returns what ends the thread.
 */
export function checkpointInBackground(file: string, log: (message: string) => void): () => Promise<number> {
  const libsql = createRequire(path.join(projectRoot, 'package.json')).resolve('libsql')
  const thread = new Worker(THREAD, { eval: true, workerData: { file, libsql, intervalMs: INTERVAL_MS } })
  thread.on('error', (error) => log(`SQLite checkpoints: the thread stopped (${error.message})`))
  // It never keeps the process alive; Payload's destroy ends it.
  thread.unref()
  return () => thread.terminate()
}
