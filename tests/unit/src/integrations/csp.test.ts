import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import {
  contentSecurityPolicy,
  hashSource,
  inlineAttributes,
  inlineHashes,
  originOf,
  securityHeaders,
} from '../../../../src/integrations/csp'

const sha = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`
const directive = (csp: string, name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `))

describe('inlineHashes', () => {
  it.each([
    ['an inline script', '<script>run()</script>', [sha('run()')], []],
    [
      'a module script with attributes',
      '<script type="module" data-x="a>b">go()</script>',
      [sha('go()')],
      [],
    ],
    [
      'an external script (allowed by self, not hashed)',
      '<script src="/pagefind/pagefind-ui.js"></script>',
      [],
      [],
    ],
    ['an empty script, which the browser never checks', '<script></script>', [], []],
    ['a whitespace-only script, which it does check', '<script> </script>', [sha(' ')], []],
    ['a style block, byte for byte', '<style>a{color:red}\n</style>', [], [sha('a{color:red}\n')]],
    ['upper-case tags', '<STYLE>p{}</STYLE>', [], [sha('p{}')]],
    ['non-ASCII content as UTF-8', '<script>const q = "Sök"</script>', [sha('const q = "Sök"')], []],
    ['noscript, which is not a script', '<noscript><p>Slå på JavaScript</p></noscript>', [], []],
    ['the same content twice, once', '<style>x{}</style><p></p><style>x{}</style>', [], [sha('x{}')]],
  ])('%s', (_, html, scripts, styles) => {
    expect(inlineHashes(html)).toEqual({ scripts, styles })
  })
})

describe('inlineAttributes', () => {
  it.each([
    ['<li class="" style="" value="1">x</li>', ['style']],
    ['<li\n  class=""\n  style="color: red"\n>x</li>', ['style']],
    ['<button onclick="go()">Go</button>', ['onclick']],
    ['<p data-style="x" title="style=1">x</p>', []],
    ['<style>p{}</style><script>a.style="x"</script>', []],
    ['<a href="/">start</a>', []],
  ])('%s → %j', (html, found) => {
    expect(inlineAttributes(html)).toEqual(found)
  })
})

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy({
    scripts: [hashSource('b()'), hashSource('a()'), hashSource('a()')],
    styles: [hashSource('p{}')],
    cmsOrigins: ['https://cms.example.org', 'https://cms.example.org', 'http://cms.internal:3000'],
  })

  it.each([
    ['default-src', "default-src 'self'"],
    ['script-src', `script-src 'self' 'wasm-unsafe-eval' ${[sha('a()'), sha('b()')].sort().join(' ')}`],
    ['style-src', `style-src 'self' ${sha('p{}')}`],
    ['img-src', "img-src 'self' data: http://cms.internal:3000 https://cms.example.org"],
    ['connect-src', "connect-src 'self' http://cms.internal:3000 https://cms.example.org"],
    ['form-action', "form-action 'self' http://cms.internal:3000 https://cms.example.org"],
    ['object-src', "object-src 'none'"],
    ['base-uri', "base-uri 'none'"],
    ['frame-ancestors', "frame-ancestors 'none'"],
  ])('%s', (name, expected) => {
    expect(directive(csp, name)).toBe(expected)
  })

  it('never allows inline code wholesale', () => {
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/)
  })

  it('is the same whatever order the hashes were found in', () => {
    const input = {
      scripts: [hashSource('1'), hashSource('2')],
      styles: [hashSource('3'), hashSource('4')],
      cmsOrigins: ['https://a', 'https://b'],
    }
    const reversed = {
      scripts: [...input.scripts].reverse(),
      styles: [...input.styles].reverse(),
      cmsOrigins: [...input.cmsOrigins].reverse(),
    }
    expect(contentSecurityPolicy(reversed)).toBe(contentSecurityPolicy(input))
  })
})

describe('securityHeaders', () => {
  it('sends the CSP, no sniffing, no framing, a trimmed referrer and no device access', () => {
    expect(securityHeaders("default-src 'self'")).toEqual({
      'Content-Security-Policy': "default-src 'self'",
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    })
  })
})

describe('originOf', () => {
  it.each([
    ['https://cms.example.org/', 'https://cms.example.org'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['https://example.org/cms/', 'https://example.org'],
  ])('%s → %s', (url, origin) => {
    expect(originOf(url)).toBe(origin)
  })
})
