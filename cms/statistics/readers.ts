import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { projectRoot } from '../config/paths'
import { stopThread } from '../config/stopThread'
import type { SqlStatement } from './query'

type Rows = Record<string, unknown>[]
type Job = { statement: SqlStatement; resolve: (rows: Rows) => void; reject: (error: Error) => void }
type Reply = { rows: Rows; error?: undefined } | { error: { message: string; code?: string } }

/**
 * Statistics statements answered by reader threads; `close` refuses those still waiting, lets
 * each thread finish its statement and ends it (a later statement starts new ones).
 */
export type StatisticsReaders = {
  rows: (statement: SqlStatement) => Promise<Rows>
  close: () => Promise<void>
}

// Found by path at run time: Next's bundler must neither trace nor bundle the thread's module.
const THREAD = path.join(/*turbopackIgnore: true*/ projectRoot, 'cms', 'statistics', 'readerThread.mjs')

/**
 * libsql's file driver steps a statement synchronously: on the web thread a report's queries run
 * one after another and every other request waits behind them. Here up to `size` threads, each
 * with its own connection to `file` (WAL lets them read beside the writer), take statements in
 * the order they come: a report's queries run in parallel and the web thread stays free. Threads
 * start when first needed and are kept; an idle one does not keep the process alive.
 */
export function statisticsReaders(
  file: string,
  pragmas: readonly string[],
  size = Math.min(4, os.availableParallelism()),
): StatisticsReaders {
  const queue: Job[] = []
  const threads = new Set<Worker>()
  const idle: Worker[] = []
  const working = new Map<Worker, Job>()

  const start = () => {
    const thread = new Worker(/*turbopackIgnore: true*/ THREAD, { workerData: { file, pragmas } })
    thread.unref()
    threads.add(thread)
    thread.on('message', (reply: Reply) => {
      const job = working.get(thread)
      working.delete(thread)
      if (reply.error) job?.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }))
      else job?.resolve(reply.rows)
      // A thread being stopped is no longer one of ours: it takes no further statement.
      if (threads.has(thread)) {
        thread.unref()
        idle.push(thread)
      }
      next()
    })
    // A thread that dies fails only its own statement; the next statement starts another.
    const gone = (error: Error) => {
      threads.delete(thread)
      const waiting = idle.indexOf(thread)
      if (waiting >= 0) idle.splice(waiting, 1)
      working.get(thread)?.reject(error)
      working.delete(thread)
      next()
    }
    thread.on('error', gone)
    thread.on('exit', (code) => gone(new Error(`a statistics reader stopped (exit code ${code})`)))
    return thread
  }

  const next = () => {
    while (queue.length) {
      const thread = idle.pop() ?? (threads.size < size ? start() : undefined)
      if (!thread) return
      const job = queue.shift() as Job
      working.set(thread, job)
      // Held alive while it works, so a script awaiting its rows is not ended under it.
      thread.ref()
      thread.postMessage(job.statement)
    }
  }

  return {
    rows: (statement) =>
      new Promise((resolve, reject) => {
        queue.push({ statement, resolve, reject })
        next()
      }),
    close: async () => {
      for (const job of queue.splice(0)) job.reject(new Error('the statistics readers were closed'))
      const stopping = [...threads]
      threads.clear()
      idle.length = 0
      await Promise.all(stopping.map(stopThread))
    },
  }
}
