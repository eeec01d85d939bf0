// @ts-check
/**
 * The job worker's supervision (cms/worker.ts, built by server/buildWorker.mjs, started by
 * cms/server.mjs). It dies with the server. If it stops, it is started again (a restarted worker
 * hands back what the stopped one had claimed); one that keeps stopping stops the server too, for
 * the supervisor to see. One that has not said it runs within `startTimeoutMs` is stopped and
 * started again: a worker stuck while loading would otherwise leave every notification, rebuild
 * and seat waiting, with no error.
 */
import { fork } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const STARTS_PER_MINUTE = 5

/**
 * The built worker (server/buildWorker.mjs), started with Node alone.
 * @param {string} cmsDir
 */
export const workerBundle = (cmsDir) => path.join(cmsDir, '.next', 'worker.mjs')

/** What the worker sends the server once its queues run. */
export const WORKER_RUNNING = 'jobs: worker running'

/**
 * Returns `start`, which starts the worker, and `tell`, which sends the running worker a message
 * (dropped while none runs).
 * @param {string} cmsDir @param {{ startTimeoutMs?: number }} [options]
 */
export function superviseJobWorker(cmsDir, { startTimeoutMs = 120_000 } = {}) {
  /** @type {number[]} */
  const starts = []
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let running
  const bundle = workerBundle(cmsDir)
  const start = () => {
    if (!fs.existsSync(bundle)) {
      console.error(`CMS: the job worker is not built (${bundle}); run npm run cms:build`)
      process.exit(1)
    }
    const now = Date.now()
    starts.push(now)
    while (starts[0] < now - 60_000) starts.shift()
    if (starts.length > STARTS_PER_MINUTE) {
      console.error('CMS: the job worker keeps stopping; stopping')
      process.exit(1)
    }
    const worker = fork(bundle, [], {
      cwd: cmsDir,
      env: { ...process.env, PAYLOAD_JOBS_AUTORUN: '1' },
      execArgv: [
        ...process.execArgv,
        '--enable-source-maps',
        '--import',
        pathToFileURL(path.join(cmsDir, 'server', 'holdChannel.mjs')).href,
      ],
    })
    running = worker
    const stuck = setTimeout(() => {
      console.error(`CMS: the job worker did not start within ${startTimeoutMs / 1000} s; stopping it`)
      worker.kill('SIGKILL')
    }, startTimeoutMs)
    worker.on('message', (message) => message === WORKER_RUNNING && clearTimeout(stuck))
    worker.once('exit', (code, signal) => {
      clearTimeout(stuck)
      running = undefined
      console.error(`CMS: the job worker stopped (${signal ?? `exit code ${code}`}); starting it again`)
      setTimeout(start, 1000)
    })
  }
  /** @param {string} message */
  const tell = (message) => {
    if (running?.connected) running.send(message, () => undefined)
  }
  return { start, tell }
}
