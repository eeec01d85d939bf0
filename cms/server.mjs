// @ts-check
/**
 * The CMS's HTTP server: Next's own request handler, behind a few lines that tell the app the
 * client's address. `next start` passes a client-sent `X-Forwarded-For` on untouched and a route
 * handler never sees the socket, so the rate limit could not know who is posting.
 * Usage: node cms/server.mjs [--hostname 127.0.0.1] [--port 3000]
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import next from 'next'

import { CLIENT_ADDRESS_HEADER, clientAddressOf } from './server/clientAddress.mjs'

const { values: options } = parseArgs({ options: { hostname: { type: 'string' }, port: { type: 'string' } } })
const hostname = options.hostname ?? process.env.HOSTNAME ?? '0.0.0.0'
const port = Number(options.port ?? process.env.PORT ?? 3000)
const trustedProxies = Number(process.env.TRUSTED_PROXIES ?? 0)
// The app trusts the header only with this token, which no client can know.
const token = randomBytes(18).toString('base64url')
process.env.PORTAL_CLIENT_ADDRESS_TOKEN = token

const app = next({ dir: path.dirname(fileURLToPath(import.meta.url)), hostname, port, dev: false })
const handle = app.getRequestHandler()
await app.prepare()

http
  .createServer((req, res) => {
    const address = clientAddressOf(
      String(req.headers['x-forwarded-for'] ?? ''),
      req.socket.remoteAddress,
      trustedProxies,
    )
    req.headers[CLIENT_ADDRESS_HEADER] = `${token} ${address}`
    void handle(req, res)
  })
  .listen(port, hostname, () => {
    console.log(`CMS ready on http://${hostname}:${port}`)
    // Payload (and its job runner, which picks up what a crash left) starts on the first request;
    // make that now, so queued e-mail does not wait for the first visitor after a restart.
    const self = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname
    fetch(`http://${self.includes(':') ? `[${self}]` : self}:${port}/api/globals/site-settings`).catch(
      (error) => console.error(`CMS: the first request failed: ${error.message}`),
    )
  })
