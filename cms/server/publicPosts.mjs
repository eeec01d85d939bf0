// @ts-check
import { Readable } from 'node:stream'

/**
 * Public form and booking posts skip Next's request pipeline: the REST route (compiled by Next,
 * on this process's one Payload) registers its POST handler here when Next first loads it, and
 * the CMS server hands these few paths straight to it. Everything else, and these paths until the
 * route is loaded, goes through Next as before.
 */
const HANDLER = Symbol.for('kontaktportalen.restPost')

/** POST /api/forms/<form> and POST /api/info-evenings/<id>/bookings. */
const PUBLIC_POST = /^\/api\/(?:forms\/[a-z-]+|info-evenings\/[^/]+\/bookings)\/?$/

/**
 * @typedef {(request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>} RestHandler
 */

/** Shared between Next's bundle of this module and the server's own copy. */
const registry = /** @type {Record<symbol, RestHandler | undefined>} */ (/** @type {unknown} */ (globalThis))

/** @param {RestHandler} handler */
export function registerPublicPostHandler(handler) {
  registry[HANDLER] = handler
}

/**
 * The handler for this request if it is a public post and the route is loaded.
 * @param {string | undefined} method
 * @param {string} pathname
 * @returns {RestHandler | undefined}
 */
export function publicPostHandler(method, pathname) {
  if (method !== 'POST' || !PUBLIC_POST.test(pathname)) return undefined
  return registry[HANDLER]
}

/**
 * Answers a Node request with the REST handler, adding the headers Next adds to every response.
 * @param {RestHandler} handler
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {{ key: string, value: string }[]} extraHeaders
 */
export async function answerPublicPost(handler, req, res, url, extraHeaders) {
  /** @type {Response} */
  let response
  try {
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
    const request = new Request(url, {
      method: 'POST',
      headers,
      body: /** @type {ReadableStream} */ (Readable.toWeb(req)),
      // @ts-expect-error Node's fetch needs this for a streamed body; the DOM types do not know it.
      duplex: 'half',
    })
    const slug = url.pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent)
    response = await handler(request, { params: Promise.resolve({ slug }) })
  } catch (error) {
    console.error(`CMS: a public post failed: ${/** @type {Error} */ (error).message}`)
    response = Response.json({ errors: [{ message: 'Something went wrong.' }] }, { status: 500 })
  }
  for (const { key, value } of extraHeaders) if (!response.headers.has(key)) res.setHeader(key, value)
  for (const [name, value] of response.headers) if (name !== 'set-cookie') res.setHeader(name, value)
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  res.statusCode = response.status
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined)
}
