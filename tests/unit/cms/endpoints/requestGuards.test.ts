import { describe, expect, it } from 'vitest'

import { isUnsupportedPath } from '../../../../cms/api/unsupportedPath'
import { contentSecurityPolicy, securityHeaders } from '../../../../cms/config/securityHeaders.mjs'
import { MAX_BODY_BYTES, looksLikeSpam, readLimitedText } from '../../../../cms/endpoints/readBody'

const streamOf = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk))
      controller.close()
    },
  })
const request = (chunks: string[], contentLength?: number) => ({
  headers: new Headers(contentLength === undefined ? {} : { 'content-length': String(contentLength) }),
  body: streamOf(chunks),
})

describe('the body limit of the public endpoints', () => {
  it('reads a form-sized body whole', async () => {
    expect(await readLimitedText(request(['name=Anna', '&seats=1']) as never)).toBe('name=Anna&seats=1')
  })

  it('refuses a declared length over the limit before reading anything', async () => {
    let pulled = false
    const body = new ReadableStream({ pull: () => void (pulled = true) }, { highWaterMark: 0 })
    expect(
      await readLimitedText({
        headers: new Headers({ 'content-length': String(MAX_BODY_BYTES + 1) }),
        body,
      } as never),
    ).toBe('too-large')
    expect(pulled).toBe(false)
  })

  it('stops reading a body without a length as soon as it passes the limit', async () => {
    let sent = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1
        controller.enqueue(new Uint8Array(16 * 1024))
      },
    })
    expect(await readLimitedText({ headers: new Headers(), body: endless } as never)).toBe('too-large')
    expect(sent).toBeLessThanOrEqual(6)
  })

  it('counts bytes, not characters', async () => {
    expect(await readLimitedText(request(['å'.repeat(40)]) as never, 60)).toBe('too-large')
  })
})

describe('unknown REST paths', () => {
  const collections = [
    { slug: 'bookings', versions: false },
    { slug: 'pages', versions: { drafts: true } },
  ]
  const globals = [{ slug: 'site-settings', versions: false }]
  it.each([
    [['bookings', 'versions'], true],
    [['bookings', 'versions', 'abc'], true],
    [['pages', 'versions'], false],
    [['bookings'], false],
    [['bookings', 'abc'], false],
    [['globals', 'site-settings', 'versions'], true],
    [['globals', 'site-settings'], false],
    [['forms', 'interest'], false],
  ])('%j is unsupported: %s', (segments, expected) => {
    expect(isUnsupportedPath(segments, collections, globals)).toBe(expected)
  })
})

describe('the CMS security headers', () => {
  const csp = (source: string) =>
    securityHeaders()
      .find((rule) => rule.source === source)
      ?.headers.find((h) => h.key === 'Content-Security-Policy')?.value
  it('forbid framing everywhere but let the admin frame its own live preview', () => {
    expect(csp('/:path*')).toContain("frame-ancestors 'none'")
    expect(csp('/preview/:path*')).toContain("frame-ancestors 'self'")
    expect(csp('/:path*')).toContain("frame-src 'self'")
  })

  it('keep eval out of production', () => {
    expect(contentSecurityPolicy({ frameAncestors: "'none'" })).not.toContain('unsafe-eval')
    expect(contentSecurityPolicy({ frameAncestors: "'none'", development: true })).toContain('unsafe-eval')
  })

  it('send nosniff and a referrer policy on every path', () => {
    const keys = securityHeaders()[0].headers.map((h) => h.key)
    expect(keys).toEqual(
      expect.arrayContaining([
        'X-Content-Type-Options',
        'Referrer-Policy',
        'X-Frame-Options',
        'Content-Security-Policy',
      ]),
    )
  })
})

describe('spam checks', () => {
  const now = 1_800_000_000_000
  it.each([
    ['a filled honeypot', { website: 'https://spam.example' }, true],
    ['a form sent within 3 s of opening', { startedAt: now - 1500 }, true],
    ['a form sent after 3 s', { startedAt: now - 3500 }, false],
    ['a post without the time the form was shown', {}, true],
    ['a start time that is no number', { startedAt: 'soon' }, true],
    ['a plain post with the time its page was built', { startedAt: String(now - 86_400_000) }, false],
    ['an empty honeypot', { website: '  ', startedAt: now - 3500 }, false],
  ])('%s → %s', (_, values, spam) => {
    expect(looksLikeSpam(values, now, 3000)).toBe(spam)
  })
})
