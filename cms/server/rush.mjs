// @ts-check
/**
 * A rush: so many public posts in flight at once that the web process needs every moment of its
 * core. The server tells its job worker when one starts and ends, and the worker holds back its
 * queues' next runs meanwhile (jobs/runQueues.ts): their writes and reads would otherwise share the
 * machine and SQLite's write lock with the posts. Nothing is lost by waiting: the jobs are stored.
 */
export const RUSH_STARTED = 'posts: rush started'
export const RUSH_ENDED = 'posts: rush ended'

/** Posts in flight at which a rush starts; it ends when no more than `END` are left. */
const START = 16
const END = 4

/**
 * Counts the public posts in flight and calls `tell` as a rush starts and ends.
 * @param {(message: string) => void} tell
 */
export function watchRush(tell) {
  let inFlight = 0
  let rush = false
  return {
    /** @param {import('node:events').EventEmitter} response a post's response, counted until it closes */
    post(response) {
      inFlight += 1
      if (!rush && inFlight >= START) {
        rush = true
        tell(RUSH_STARTED)
      }
      response.once('close', () => {
        inFlight -= 1
        if (rush && inFlight <= END) {
          rush = false
          tell(RUSH_ENDED)
        }
      })
    },
  }
}
