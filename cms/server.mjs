// @ts-check
/**
 * The CMS's HTTP server: Next's own request handler, behind a few lines that tell the app the
 * client's address. `next start` passes a client-sent `X-Forwarded-For` on untouched and a route
 * handler never sees the socket, so the rate limit could not know who is posting. Public form and
 * booking posts are answered without Next's pipeline (server/publicPosts.mjs), and jobs run in a
 * worker process it starts (worker.ts), unless PAYLOAD_JOBS_AUTORUN=0.
 * Usage: node cms/server.mjs [--hostname 127.0.0.1] [--port 3000]
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import next from 'next'

import { securityHeaders } from './config/securityHeaders.mjs'
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from './server/clientAddress.mjs'
import { superviseJobWorker } from './server/jobWorker.mjs'
import { answerPublicPost, publicPostHandler } from './server/publicPosts.mjs'
import { watchRush } from './server/rush.mjs'

const { values: options } = parseArgs({ options: { hostname: { type: 'string' }, port: { type: 'string' } } })
const hostname = options.hostname ?? process.env.HOSTNAME ?? '0.0.0.0'
const port = Number(options.port ?? process.env.PORT ?? 3000)
const trustedProxies = Number(process.env.TRUSTED_PROXIES ?? 0)
// The app trusts the header only with this token, which no client can know.
const token = randomBytes(18).toString('base64url')
process.env.PORTAL_CLIENT_ADDRESS_TOKEN = token

const cmsDir = path.dirname(fileURLToPath(import.meta.url))

// Jobs run in a worker process of their own (cms/worker.ts, server/jobWorker.mjs), never in this
// one: the web process answers while the worker sends.
const runsJobs = process.env.PAYLOAD_JOBS_AUTORUN !== '0'
process.env.PAYLOAD_JOBS_AUTORUN = '0'
const worker = superviseJobWorker(cmsDir)
const rush = watchRush(worker.tell)

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
    if (publicPost) {
      rush.post(res)
      void answerPublicPost(publicPost, req, res, url, everyResponse)
    } else void handle(req, res)
  })
  .listen(port, hostname, () => {
    console.log(`CMS ready on http://${hostname}:${port}`)
    // Payload starts on the first request, and with it the REST route that answers public posts
    // without Next's pipeline: make that now, not at the first visitor. The worker starts after
    // it, so that two processes never apply the same migrations at once.
    const self = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname
    void firstAnswer(
      `http://${self.includes(':') ? `[${self}]` : self}:${port}/api/globals/site-settings`,
    ).then(() => runsJobs && worker.start())
  })

/**
 * Asks until the API answers, each time for at most 30 s, five times at most: a request that hangs
 * would otherwise keep the job worker from ever starting.
 * @param {string} url
 */
async function firstAnswer(url) {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (response.ok) return
      console.error(`CMS: the first request answered ${response.status}`)
    } catch (error) {
      console.error(`CMS: the first request failed: ${/** @type {Error} */ (error).message}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}
