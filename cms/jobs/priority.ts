import fs from 'node:fs'
import os from 'node:os'

/** The job worker's niceness: the web process (0) gets about nine times its share of a busy core. */
export const WORKER_NICENESS = 10

/**
 * Lowers this process's OS priority. On Linux a priority belongs to a thread, so every thread the
 * process has (V8's and libuv's as well as the main one) is lowered; threads started later inherit it.
 */
export function yieldToWebProcess(niceness = WORKER_NICENESS): void {
  const threads = fs.existsSync('/proc/self/task') ? fs.readdirSync('/proc/self/task').map(Number) : [0]
  for (const thread of threads) {
    try {
      os.setPriority(thread, Math.max(os.getPriority(thread), niceness))
    } catch {
      // A thread that ended meanwhile, or a system that refuses: the worker runs at its priority.
    }
  }
}
