import { once } from 'node:events'
import type { Worker } from 'node:worker_threads'

/** What a thread of ours is sent to end: it closes its connection and lets its event loop empty. */
export const STOP = { stop: true } as const

/**
 * Ends a thread that holds a libsql connection and waits until it has. Never `terminate()`: it
 * cuts the thread inside libsql's native code, and libsql aborts the whole process (SIGABRT in
 * neon's external.rs; a seed died so in CI). Held while it stops, so the caller is not ended first.
 */
export async function stopThread(thread: Worker): Promise<void> {
  if (thread.threadId < 0) return
  const exited = once(thread, 'exit')
  thread.ref()
  thread.postMessage(STOP)
  await exited
}
