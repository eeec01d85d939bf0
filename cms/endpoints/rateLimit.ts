import { RateLimiterMemory, RateLimiterMongo, type RateLimiterAbstract } from 'rate-limiter-flexible'
import type { Payload } from 'payload'

type Env = Record<string, string | undefined>

/** How many form posts one address may make per window; generous, so a shared office network is not locked out. */
export function rateLimitSettings(env: Env = process.env) {
  return {
    points: Number(env.FORM_RATE_LIMIT_POINTS ?? 30),
    durationSeconds: Number(env.FORM_RATE_LIMIT_WINDOW_SECONDS ?? 600),
  }
}

type MongoLike = { getClient(): unknown; db?: { databaseName?: string } }

/**
 * The store follows the database: with MongoDB every CMS instance counts in one shared collection
 * (with a TTL index); the embedded SQLite set-up is one process, so memory is the whole truth.
 */
export function createRateLimiter(
  kind: 'sqlite' | 'mongodb',
  connection: MongoLike | undefined,
  env: Env = process.env,
): RateLimiterAbstract {
  const { points, durationSeconds } = rateLimitSettings(env)
  const options = { points, duration: durationSeconds, keyPrefix: 'form-posts' }
  if (kind === 'mongodb') {
    if (!connection) throw new Error('rate limit: the MongoDB connection is not open yet')
    return new RateLimiterMongo({
      ...options,
      storeClient: connection.getClient(),
      dbName: connection.db?.databaseName,
      tableName: 'rate_limits',
    })
  }
  return new RateLimiterMemory(options)
}

let limiter: RateLimiterAbstract | undefined

/** Counts one post from `address`; returns the seconds to wait when over the limit, else null. */
export async function consumeFormPost(payload: Payload, address: string): Promise<number | null> {
  const kind = payload.db.name === 'mongoose' ? 'mongodb' : 'sqlite'
  limiter ??= createRateLimiter(kind, (payload.db as unknown as { connection?: MongoLike }).connection)
  try {
    await limiter.consume(address)
    return null
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection
    return Math.max(1, Math.ceil((rejection as { msBeforeNext: number }).msBeforeNext / 1000))
  }
}
