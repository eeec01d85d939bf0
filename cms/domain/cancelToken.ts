import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A booking's personal cancel link: its id and an HMAC of it under the server secret, so nobody
 * can cancel someone else's booking by guessing. It carries no personal data. Whether it was
 * already used is the booking's own status.
 */
const sign = (secret: string, bookingId: string) => createHmac('sha256', secret).update(`cancel-booking:${bookingId}`).digest('base64url')

export const cancelToken = (secret: string, bookingId: string) => `${Buffer.from(bookingId).toString('base64url')}.${sign(secret, bookingId)}`

/** The booking id a token was made for, or null if it was altered or made with another secret. */
export function verifyCancelToken(secret: string, token: string): string | null {
  const [encodedId, signature] = token.split('.')
  if (!encodedId || !signature) return null
  const bookingId = Buffer.from(encodedId, 'base64url').toString()
  const expected = Buffer.from(sign(secret, bookingId))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? bookingId : null
}
