import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resolveStaticFile, serveStatic } from '../../../../scripts/lib/static-server'

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-site-'))
fs.mkdirSync(path.join(site, 'kontaktfamilj'))
fs.writeFileSync(path.join(site, 'index.html'), 'home')
fs.writeFileSync(path.join(site, 'kontaktfamilj', 'index.html'), 'kf')
fs.writeFileSync(path.join(site, '_headers'), '/*\n  X-Frame-Options: DENY\n')
fs.writeFileSync(path.join(os.tmpdir(), 'kp-secret.txt'), 'secret')

describe('resolveStaticFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/kontaktfamilj', 'kontaktfamilj/index.html'],
    ['/kontaktfamilj/', 'kontaktfamilj/index.html'],
    ['/kontaktfamilj/?utm=x', 'kontaktfamilj/index.html'],
  ])('%s → %s', (url, file) => {
    expect(resolveStaticFile(site, url)).toBe(path.join(site, file))
  })

  it.each([
    '/../kp-secret.txt',
    '/%2e%2e/kp-secret.txt',
    '/missing',
    '/%E0%A4%A',
    '/_headers',
    '/%5Fheaders',
    '/kontaktfamilj/../_headers',
  ])('refuses %s', (url) => {
    expect(resolveStaticFile(site, url)).toBeNull()
  })
})

/** A build folder holding one page, a Swedish 404 page and, when given, a `_headers` file. */
function build(headers?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kp-build-'))
  fs.writeFileSync(path.join(dir, 'index.html'), '<h1>Start</h1>')
  fs.writeFileSync(path.join(dir, '404.html'), '<h1>Sidan finns inte</h1>')
  if (headers !== undefined) fs.writeFileSync(path.join(dir, '_headers'), headers)
  return dir
}

describe('serveStatic', () => {
  const first = build(
    "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n/en/*\n  Content-Language: en\n",
  )
  let current = first
  const server = serveStatic(() => current)
  let base = ''

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => server.close())

  it("sends the headers the build's _headers file sets on a page", async () => {
    const response = await fetch(`${base}/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-language')).toBeNull()
  })

  it('sends them on the 404 page too, with the blocks for that path', async () => {
    const response = await fetch(`${base}/en/missing/`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(response.headers.get('content-language')).toBe('en')
  })

  it('never serves the _headers file itself', async () => {
    const response = await fetch(`${base}/_headers`)
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('<h1>Sidan finns inte</h1>')
  })

  it("follows a rebuild: the new folder's _headers applies, and none without one", async () => {
    current = build('/*\n  X-Frame-Options: DENY\n')
    const rebuilt = await fetch(`${base}/`)
    expect(rebuilt.headers.get('x-frame-options')).toBe('DENY')
    expect(rebuilt.headers.get('content-security-policy')).toBeNull()
    current = build()
    expect((await fetch(`${base}/`)).headers.get('x-frame-options')).toBeNull()
  })
})
