import http from 'node:http'
import type { AddressInfo } from 'node:net'

type Behaviour = 'fail' | 'rate-limit' | 'lose-response' | 'refuse' | 'ok'

/**
 * A local stand-in for Resend's `POST /emails` that keeps idempotency keys the way Resend does (a
 * repeated key answers the first result and sends nothing) and asks to wait 2 s after a 429. `script` sets how the next requests
 * are answered; after it runs out, every request succeeds (`answerAfterMs` later: a slow provider).
 */
export async function startFakeResend(script: Behaviour[], { answerAfterMs = 0 } = {}) {
  const delivered: { key: string; to: string[]; subject: string }[] = []
  const arrivals: number[] = []
  const results = new Map<string, string>()
  let requests = 0
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      requests += 1
      arrivals.push(Date.now())
      const behaviour = script.shift() ?? 'ok'
      const key = String(req.headers['idempotency-key'] ?? '')
      const json = (status: number, value: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
      if (req.headers.authorization !== 'Bearer re_test_key')
        return json(401, { name: 'missing_api_key', message: 'no', statusCode: 401 })
      if (behaviour === 'fail')
        return json(500, { name: 'internal_server_error', message: 'down', statusCode: 500 })
      if (behaviour === 'rate-limit')
        return res
          .writeHead(429, { 'content-type': 'application/json', 'retry-after': '2' })
          .end(JSON.stringify({ name: 'rate_limit_exceeded', message: 'slow down', statusCode: 429 }))
      if (behaviour === 'refuse')
        return json(422, { name: 'validation_error', message: 'bad address', statusCode: 422 })
      if (!results.has(key)) {
        const mail = JSON.parse(body) as { to: string[]; subject: string }
        delivered.push({ key, to: mail.to, subject: mail.subject })
        results.set(key, `email-${delivered.length}`)
      }
      // Accepted and sent, but the answer never reaches the client: it will retry with the same key.
      if (behaviour === 'lose-response') return req.socket.destroy()
      setTimeout(() => json(200, { id: results.get(key) }), answerAfterMs)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    delivered,
    requests: () => requests,
    /** When each request arrived (ms since the epoch). */
    arrivals,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
