// @ts-check
/**
 * The CMS's HTTP server: Next's own request handler, behind a few lines that tell the app the
 * client's address. `next start` passes a client-sent `X-Forwarded-For` on untouched and a route
 * handler never sees the socket, so the rate limit could not know who is posting. Public form and
 * booking posts are answered without Next's pipeline (server/publicPosts.mjs), and jobs run in a
 * worker process it starts (worker.ts), unless PAYLOAD_JOBS_AUTORUN=0.
 * Usage: node cms/server.mjs [--hostname 127.0.0.1] [--port 3000]
 */
import { fork } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import next from 'next'

import { securityHeaders } from './config/securityHeaders.mjs'
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from './server/clientAddress.mjs'
import { answerPublicPost, publicPostHandler } from './server/publicPosts.mjs'

const { values: options } = parseArgs({ options: { hostname: { type: 'string' }, port: { type: 'string' } } })
const hostname = options.hostname ?? process.env.HOSTNAME ?? '0.0.0.0'
const port = Number(options.port ?? process.env.PORT ?? 3000)
const trustedProxies = Number(process.env.TRUSTED_PROXIES ?? 0)
// The app trusts the header only with this token, which no client can know.
const token = randomBytes(18).toString('base64url')
process.env.PORTAL_CLIENT_ADDRESS_TOKEN = token

const cmsDir = path.dirname(fileURLToPath(import.meta.url))

// Jobs run in a worker process of their own (cms/worker.ts), never in this one: the web process
// answers while the worker sends. It dies with this process. If it stops, it is started again (a
// restarted worker hands back what the stopped one had claimed); one that keeps stopping stops
// this process too, for the supervisor to see.
const runsJobs = process.env.PAYLOAD_JOBS_AUTORUN !== '0'
process.env.PAYLOAD_JOBS_AUTORUN = '0'
const WORKER_STARTS_PER_MINUTE = 5
const workerStarts = []
const startWorker = () => {
  const now = Date.now()
  workerStarts.push(now)
  while (workerStarts[0] < now - 60_000) workerStarts.shift()
  if (workerStarts.length > WORKER_STARTS_PER_MINUTE) {
    console.error('CMS: the job worker keeps stopping; stopping')
    process.exit(1)
  }
  const worker = fork(path.join(cmsDir, '..', 'node_modules', 'payload', 'bin.js'), ['run', 'worker.ts'], {
    cwd: cmsDir,
    env: { ...process.env, PAYLOAD_JOBS_AUTORUN: '1' },
    execArgv: [
      ...process.execArgv,
      '--import',
      pathToFileURL(path.join(cmsDir, 'server', 'holdChannel.mjs')).href,
    ],
  })
  worker.once('exit', (code, signal) => {
    console.error(`CMS: the job worker stopped (${signal ?? `exit code ${code}`}); starting it again`)
    setTimeout(startWorker, 1000)
  })
}

const app = next({ dir: cmsDir, hostname, port, dev: false })
const handle = app.getRequestHandler()
await app.prepare()
// What Next adds to every response, for the public posts answered without it.
const everyResponse = securityHeaders()[0].headers

http
  .createServer((req, res) => {
    const address = clientAddressOf(
      String(req.headers['x-forwarded-for'] ?? ''),
      req.socket.remoteAddress,
      trustedProxies,
    )
    req.headers[CLIENT_ADDRESS_HEADER] = `${token} ${address}`
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
    const publicPost = publicPostHandler(req.method, url.pathname)
    if (publicPost) void answerPublicPost(publicPost, req, res, url, everyResponse)
    else void handle(req, res)
  })
  .listen(port, hostname, () => {
    console.log(`CMS ready on http://${hostname}:${port}`)
    // Payload starts on the first request, and with it the REST route that answers public posts
    // without Next's pipeline: make that now, not at the first visitor. The worker starts after
    // it, so that two processes never apply the same migrations at once.
    const self = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname
    fetch(`http://${self.includes(':') ? `[${self}]` : self}:${port}/api/globals/site-settings`)
      .catch((error) => console.error(`CMS: the first request failed: ${error.message}`))
      .finally(() => runsJobs && startWorker())
  })
