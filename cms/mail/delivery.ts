/** What Resend's SDK returns as an error: a name, a message and the HTTP status (null when unreachable). */
export type ProviderError = { name?: string; message?: string; statusCode?: number | null }

/**
 * Rate limits, server errors and an unreachable provider are worth retrying (with the same
 * idempotency key, so a request that did arrive is not sent twice); anything else never succeeds.
 */
export function shouldRetry(error: ProviderError): boolean {
  const status = error.statusCode ?? null
  return (
    status === null ||
    status === 429 ||
    status >= 500 ||
    error.name === 'rate_limit_exceeded' ||
    error.name === 'application_error'
  )
}

/** One idempotency key per outbox message, stable across every retry of it. */
export const idempotencyKeyFor = (messageId: string) => `kontaktportalen-outbox-${messageId}`
