import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A personal link from an e-mail: a record's id and an HMAC of it under the server secret, so
 * nobody can act on someone else's record by guessing. It carries no personal data. The purpose is
 * signed too, so a booking's cancel token never withdraws a registration with the same id. Whether
 * the link was already used is the record's own status.
 */
export type LinkPurpose = 'cancel-booking' | 'withdraw-interest'

const sign = (secret: string, purpose: LinkPurpose, id: string) =>
  createHmac('sha256', secret).update(`${purpose}:${id}`).digest('base64url')

export const linkToken = (secret: string, purpose: LinkPurpose, id: string) =>
  `${Buffer.from(id).toString('base64url')}.${sign(secret, purpose, id)}`

/** Exactly what `linkToken` writes: the id and a SHA-256 HMAC, both base64url, and nothing more. */
const TOKEN_FORMAT = /^([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{43})$/

/** The id a token was made for with this purpose, or null if it was altered or made with another secret. */
export function verifyLinkToken(secret: string, purpose: LinkPurpose, token: string): string | null {
  const [, encodedId, signature] = TOKEN_FORMAT.exec(token) ?? []
  if (!encodedId || !signature) return null
  const id = Buffer.from(encodedId, 'base64url').toString()
  // base64url decoding skips stray characters: only the one spelling of the id is accepted.
  if (Buffer.from(id).toString('base64url') !== encodedId) return null
  const expected = Buffer.from(sign(secret, purpose, id))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null
}
