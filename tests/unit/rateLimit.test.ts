import { RateLimiterMemory, RateLimiterMongo } from 'rate-limiter-flexible'
import { describe, expect, it } from 'vitest'

import { clientAddress } from '../../cms/forms/clientAddress'
import { createRateLimiter, rateLimitSettings } from '../../cms/forms/rateLimit'

describe('the client address a form post is counted against', () => {
  it.each([
    ['203.0.113.7', 0, '203.0.113.7'],
    ['198.51.100.1, 203.0.113.7', 0, '203.0.113.7'],
    // Behind one proxy that appends what it saw, the hop before it is the client.
    ['198.51.100.1, 203.0.113.7, 10.0.0.2', 1, '203.0.113.7'],
    [null, 0, 'unknown'],
    ['', 0, 'unknown'],
  ])('%s with %i trusted proxies → %s', (header, proxies, expected) => {
    expect(clientAddress(header, proxies)).toBe(expected)
  })
})

describe('the rate limiter', () => {
  it('refuses the post after the allowed number in a window, per address', async () => {
    const limiter = createRateLimiter('sqlite', undefined, { FORM_RATE_LIMIT_POINTS: '2', FORM_RATE_LIMIT_WINDOW_SECONDS: '60' })
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
        return { collection: (table: string) => (collections.push(table), { createIndex: async (spec: unknown, options: unknown) => indexes.push([spec, options]) }) }
      },
    }
    const limiter = createRateLimiter('mongodb', { getClient: () => client, db: { databaseName: 'portal' } }, {})
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
