import type { PayloadRequest } from 'payload'

import { CLIENT_ADDRESS_HEADER, trustedClientAddress } from '../server/clientAddress.mjs'

let warned = false

/**
 * The client's address as the CMS server (`cms/server.mjs`) saw it. Without that server there is
 * no trustworthy address: every post then counts in one shared bucket, never in one a client chose.
 */
export function clientAddress(req: Pick<PayloadRequest, 'headers' | 'payload'>): string {
  const address = trustedClientAddress(
    req.headers.get(CLIENT_ADDRESS_HEADER),
    process.env.PORTAL_CLIENT_ADDRESS_TOKEN,
  )
  if (address) return address
  if (!warned)
    req.payload.logger.warn(
      'rate limit: the CMS was not started through cms/server.mjs, so client addresses are unknown',
    )
  warned = true
  return 'unknown'
}
