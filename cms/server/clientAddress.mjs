// @ts-check

/**
 * The address a form post came from, for the rate limit. By default the socket's peer: a header
 * the client sends proves nothing. Behind `trustedProxies` proxies that each append the address
 * they saw to `X-Forwarded-For`, the client is the entry the outermost of them appended: counting
 * the socket's peer as the last entry of the chain, the one `trustedProxies` places from the right.
 *
 * @param {string | null | undefined} forwardedFor
 * @param {string | null | undefined} socketAddress
 * @param {number} trustedProxies
 * @returns {string}
 */
export function clientAddressOf(forwardedFor, socketAddress, trustedProxies) {
  const peer = socketAddress || 'unknown'
  if (!(trustedProxies >= 1)) return peer
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean),
    peer,
  ]
  return chain[Math.max(0, chain.length - 1 - Math.floor(trustedProxies))]
}

/** The request header through which the server tells the app the address, with a per-process token. */
export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address'

/**
 * Reads what the server wrote. Only a value carrying this process's token counts, so a client
 * that sends the header itself, or a CMS started without this server, gets no address (null).
 *
 * @param {string | null | undefined} header
 * @param {string | undefined} token
 * @returns {string | null}
 */
export function trustedClientAddress(header, token) {
  if (!header || !token) return null
  const [given, ...address] = header.split(' ')
  return given === token && address.length ? address.join(' ') : null
}
