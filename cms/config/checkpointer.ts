import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { projectRoot } from './paths'
import { stopThread } from './stopThread'

/** How often the thread copies what the log holds into the database file. */
const INTERVAL_MS = 250

/**
 * Each connection's own checkpoints start only beyond this many pages in the log (SQLite's
 * default is 1,000): never while the thread keeps up, and still if it stopped.
 */
export const BACKSTOP_CHECKPOINT_PAGES = 16_000

// Found by path at run time: Next's bundler must neither trace nor bundle the thread's module.
const THREAD = path.join(/*turbopackIgnore: true*/ projectRoot, 'cms', 'config', 'checkpointThread.mjs')

/**
 * In WAL mode the connection that commits past SQLite's threshold copies the log into the
 * database file and syncs it, inside its COMMIT: a blocking call, so about half of a burst's
 * commit time was the event loop waiting for checkpoints, answering nobody. Here a thread of this
 * process checkpoints the database every 250 ms on a connection of its own (the same SQLite
 * library, so its locks are shared correctly); commits only append to the log and sync it, with
 * synchronous FULL as before. Connections set `BACKSTOP_CHECKPOINT_PAGES` in case it stops.
 * Returns what ends the thread.
 */
export function checkpointInBackground(file: string, log: (message: string) => void): () => Promise<void> {
  const thread = new Worker(/*turbopackIgnore: true*/ THREAD, {
    workerData: { file, intervalMs: INTERVAL_MS },
  })
  thread.on('error', (error) => log(`SQLite checkpoints: the thread stopped (${error.message})`))
  // It never keeps the process alive; Payload's destroy ends it.
  thread.unref()
  return () => stopThread(thread)
}
