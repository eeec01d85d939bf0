/**
 * The job runner in a process of its own (started by `cms/server.mjs` unless jobs are off), so
 * that sending e-mail, linking bookings and the nightly runs never hold up the web process's
 * answers. It runs every queue in a loop of its own (jobs/runQueues.ts), hands back claims a dead
 * process left (on start, and by lease), and stops with the server that started it.
 * It runs at the web process's OS priority: at nice 10 it got a tenth of a core beside the demo's
 * site builds, and in CI a confirmation and a rebuild waited past a minute. It gives way to a rush
 * of posts instead, for seconds at the most.
 * Built into one file by server/buildWorker.mjs (`npm run cms:build`); run as `node .next/worker.mjs` in cms/.
 */
import { getPayload } from 'payload'

import { queueRuns } from './jobs/queues'
import { runQueues } from './jobs/runQueues'
import config from './payload.config'
import { WORKER_RUNNING } from './server/jobWorker.mjs'
import { RUSH_ENDED, RUSH_STARTED } from './server/rush.mjs'

const payload = await getPayload({ config })
// The server says when public posts pile up: the queues wait for them (server/rush.mjs).
let rush = false
process.on('message', (message) => {
  if (message === RUSH_STARTED || message === RUSH_ENDED) rush = message === RUSH_STARTED
})
const stopQueues = runQueues(payload, queueRuns(), { held: () => rush })
payload.logger.info(WORKER_RUNNING)
// The server restarts a worker that does not say so in time (server/jobWorker.mjs).
process.send?.(WORKER_RUNNING)
// `payload run` exits as soon as this module has run: the worker stays here until its server is
// gone, held by a timer as well as the channel, so an idle moment cannot end it.
const alive = setInterval(() => {}, 60_000)
// The server may have gone while the worker was loading (server/holdChannel.mjs kept it alive).
if (process.connected) await new Promise<void>((resolve) => process.once('disconnect', resolve))
payload.logger.info('jobs: the server is gone; worker stopping')
clearInterval(alive)
await stopQueues()
await payload.destroy()
