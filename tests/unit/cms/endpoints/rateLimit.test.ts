import { RateLimiterMemory, RateLimiterMongo } from 'rate-limiter-flexible'
import { describe, expect, it } from 'vitest'

import { createRateLimiter, rateLimitSettings } from '../../../../cms/endpoints/rateLimit'
import { clientAddressOf, trustedClientAddress } from '../../../../cms/server/clientAddress.mjs'

describe('the client address a form post is counted against', () => {
  it.each([
    ['no proxy: the socket, whatever the header says', '198.51.100.1', '203.0.113.9', 0, '203.0.113.9'],
    ['no proxy and no header', null, '203.0.113.9', 0, '203.0.113.9'],
    // One proxy appends what it saw: the entries a client wrote before it are skipped.
    ['one proxy', '198.51.100.1, 203.0.113.7', '10.0.0.2', 1, '203.0.113.7'],
    ['one proxy, no spoofing', '203.0.113.7', '10.0.0.2', 1, '203.0.113.7'],
    // A CDN appends the client, the load balancer appends the CDN's address.
    ['a CDN and a load balancer', '198.51.100.1, 203.0.113.7, 192.0.2.50', '10.0.0.2', 2, '203.0.113.7'],
    ['a proxy that appended nothing: the oldest hop known', null, '10.0.0.2', 2, '10.0.0.2'],
    ['an unknown socket', null, undefined, 0, 'unknown'],
  ])('%s', (_, header, socket, proxies, expected) => {
    expect(clientAddressOf(header, socket, proxies)).toBe(expected)
  })

  it.each([
    ['written by this process', 'tok 203.0.113.7', 'tok', '203.0.113.7'],
    ['IPv6', 'tok ::ffff:127.0.0.1', 'tok', '::ffff:127.0.0.1'],
    ['sent by a client who guessed wrong', 'guess 203.0.113.7', 'tok', null],
    ['sent by a client to a CMS started without the server', '203.0.113.7', undefined, null],
    ['no header', null, 'tok', null],
  ])('the address header %s → %s', (_, header, token, expected) => {
    expect(trustedClientAddress(header, token)).toBe(expected)
  })
})

describe('the rate limiter', () => {
  it('refuses the post after the allowed number in a window, per address', async () => {
    const limiter = createRateLimiter('sqlite', undefined, {
      FORM_RATE_LIMIT_POINTS: '2',
      FORM_RATE_LIMIT_WINDOW_SECONDS: '60',
    })
    expect(limiter).toBeInstanceOf(RateLimiterMemory)
    await limiter.consume('a')
    await limiter.consume('a')
    await expect(limiter.consume('a')).rejects.toMatchObject({ remainingPoints: 0 })
    await expect(limiter.consume('b')).resolves.toMatchObject({ remainingPoints: 1 })
  })

  it('keeps its counts in a shared MongoDB collection with an expiry index when MongoDB is the database', async () => {
    const indexes: unknown[] = []
    const collections: string[] = []
    const databases: (string | undefined)[] = []
    const client = {
      db: (name?: string) => {
        databases.push(name)
        return {
          collection: (table: string) => (
            collections.push(table),
            { createIndex: async (spec: unknown, options: unknown) => indexes.push([spec, options]) }
          ),
        }
      },
    }
    const limiter = createRateLimiter(
      'mongodb',
      { getClient: () => client, db: { databaseName: 'portal' } },
      {},
    )
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(limiter).toBeInstanceOf(RateLimiterMongo)
    expect(databases).toContain('portal')
    expect(collections).toContain('rate_limits')
    expect(indexes).toContainEqual([{ expire: -1 }, { expireAfterSeconds: 0 }])
  })

  it('defaults to 30 posts per 10 minutes', () => {
    expect(rateLimitSettings({})).toEqual({ points: 30, durationSeconds: 600 })
  })
})
