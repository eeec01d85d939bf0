/**
 * The client's address from `X-Forwarded-For`. `next start` fills the header from the socket only
 * when it is absent, so in production the CMS sits behind a proxy that appends the address it saw;
 * entries that inner proxies appended after it (`trustedProxies`) are skipped from the right.
 * Unknown is one shared bucket, never a bypass.
 */
export function clientAddress(forwardedFor: string | null, trustedProxies = Number(process.env.TRUSTED_PROXIES ?? 0)): string {
  const hops = (forwardedFor ?? '').split(',').map((part) => part.trim()).filter(Boolean)
  return hops[hops.length - 1 - Math.max(0, trustedProxies)] ?? hops[0] ?? 'unknown'
}
