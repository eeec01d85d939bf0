import { describe, expect, it } from 'vitest'

import {
  formatHeadersFile,
  headersFor,
  matchesPattern,
  parseHeadersFile,
} from '../../../../src/integrations/headersFile'

const file = `# Security headers
/*
  X-Frame-Options: DENY
  Content-Security-Policy: default-src 'self'; img-src 'self' https://cms.example.org

/en/*
  Content-Language: en
/pagefind/*
  Cache-Control: max-age=600
  cache-control: immutable
/kommun/:slug/
  X-Robots-Tag: noindex
`

describe('parseHeadersFile', () => {
  it('reads blocks of a path and its indented headers, skipping comments and blank lines', () => {
    expect(parseHeadersFile(file)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-Frame-Options', 'DENY'],
          ['Content-Security-Policy', "default-src 'self'; img-src 'self' https://cms.example.org"],
        ],
      },
      { pattern: '/en/*', headers: [['Content-Language', 'en']] },
      {
        pattern: '/pagefind/*',
        headers: [
          ['Cache-Control', 'max-age=600'],
          ['cache-control', 'immutable'],
        ],
      },
      { pattern: '/kommun/:slug/', headers: [['X-Robots-Tag', 'noindex']] },
    ])
  })

  it('reads Windows line endings', () => {
    expect(parseHeadersFile('/*\r\n  A: b\r\n')).toEqual([{ pattern: '/*', headers: [['A', 'b']] }])
  })

  it.each([
    ['a header before any path', '  X-Frame-Options: DENY\n'],
    ['a header line without a colon', '/*\n  X-Frame-Options DENY\n'],
  ])('refuses %s, naming the line', (_, text) => {
    expect(() => parseHeadersFile(text)).toThrow(/_headers line \d/)
  })

  it('reads back what formatHeadersFile writes', () => {
    const rules = [
      {
        pattern: '/*',
        headers: [['Referrer-Policy', 'strict-origin-when-cross-origin']] as [string, string][],
      },
    ]
    const text = formatHeadersFile(rules, 'Written by the build.\nDo not edit.')
    expect(text).toMatch(/^# Written by the build\.\n# Do not edit\.\n\/\*\n {2}Referrer-Policy: /)
    expect(parseHeadersFile(text)).toEqual(rules)
  })
})

describe('matchesPattern', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/en/apply/', true],
    ['/en/*', '/en/', true],
    ['/en/*', '/sok/', false],
    ['/kommun/:slug/', '/kommun/vaxholm/', true],
    ['/kommun/:slug/', '/kommun/vaxholm/extra/', false],
    ['/sok/', '/sok/', true],
    ['/sok/', '/sokx/', false],
    ['/a.b/', '/axb/', false],
  ])('%s against %s → %s', (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected)
  })
})

describe('headersFor', () => {
  const rules = parseHeadersFile(file)

  it('applies every matching block', () => {
    expect(headersFor(rules, '/en/apply/')).toEqual({
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': "default-src 'self'; img-src 'self' https://cms.example.org",
      'Content-Language': 'en',
    })
  })

  it('joins one header named twice with a comma, whatever its case', () => {
    expect(headersFor(rules, '/pagefind/pagefind.js')['Cache-Control']).toBe('max-age=600, immutable')
  })

  it('gives nothing for a path no block matches', () => {
    expect(headersFor(parseHeadersFile('/en/*\n  A: b\n'), '/sok/')).toEqual({})
  })
})
