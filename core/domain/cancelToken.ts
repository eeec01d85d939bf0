import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A booking's personal cancel link: its id and an HMAC of it under the server secret, so nobody
 * can cancel someone else's booking by guessing. It carries no personal data. Whether it was
 * already used is the booking's own status.
 */
const sign = (secret: string, bookingId: string) =>
  createHmac('sha256', secret).update(`cancel-booking:${bookingId}`).digest('base64url')

export const cancelToken = (secret: string, bookingId: string) =>
  `${Buffer.from(bookingId).toString('base64url')}.${sign(secret, bookingId)}`

/** Exactly what `cancelToken` writes: the id and a SHA-256 HMAC, both base64url, and nothing more. */
const TOKEN_FORMAT = /^([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{43})$/

/** The booking id a token was made for, or null if it was altered or made with another secret. */
export function verifyCancelToken(secret: string, token: string): string | null {
  const [, encodedId, signature] = TOKEN_FORMAT.exec(token) ?? []
  if (!encodedId || !signature) return null
  const bookingId = Buffer.from(encodedId, 'base64url').toString()
  // base64url decoding skips stray characters: only the one spelling of the id is accepted.
  if (Buffer.from(bookingId).toString('base64url') !== encodedId) return null
  const expected = Buffer.from(sign(secret, bookingId))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? bookingId : null
}
