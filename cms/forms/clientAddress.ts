/**
 * The client's address from `X-Forwarded-For`. `next start` fills the header from the socket only
 * when it is absent, so in production the CMS sits behind proxies that append the address they saw;
 * `trustedProxies` of them are skipped from the right. Unknown is one shared bucket, never a bypass.
 */
export function clientAddress(forwardedFor: string | null, trustedProxies = Number(process.env.TRUSTED_PROXIES ?? 0)): string {
  const hops = (forwardedFor ?? '').split(',').map((part) => part.trim()).filter(Boolean)
  return hops[hops.length - 1 - Math.max(0, trustedProxies)] ?? hops[0] ?? 'unknown'
}
