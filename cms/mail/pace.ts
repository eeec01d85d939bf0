/**
 * Keeps provider requests under the provider's rate (Resend allows about two a second per
 * account): slots are handed out evenly, `1000 / perSecond` ms apart, across the whole process.
 */
export type Clock = { now: () => number; sleep: (ms: number) => Promise<void> }

export type Pacer = {
  /** Waits for the next free slot; call it right before each provider request. */
  take: () => Promise<void>
  /** Holds every slot back by `ms` (the provider's `retry-after`). */
  holdFor: (ms: number) => void
}

/** The slot a request gets and the first slot left free after it. */
export function reserveSlot(
  nextFree: number,
  now: number,
  intervalMs: number,
): { at: number; nextFree: number } {
  const at = Math.max(now, nextFree)
  return { at, nextFree: at + intervalMs }
}

const realClock: Clock = { now: Date.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) }

export function createPacer(perSecond: number, clock: Clock = realClock): Pacer {
  if (!(perSecond > 0)) throw new Error(`RESEND_MAX_PER_SECOND must be a positive number, not ${perSecond}`)
  const intervalMs = 1000 / perSecond
  let nextFree = 0
  let heldUntil = 0
  return {
    async take() {
      // A hold that came while waiting moves the slot: take a new one after it.
      for (;;) {
        const slot = reserveSlot(nextFree, clock.now(), intervalMs)
        nextFree = slot.nextFree
        const wait = slot.at - clock.now()
        if (wait > 0) await clock.sleep(wait)
        if (clock.now() >= heldUntil) return
      }
    },
    holdFor(ms) {
      heldUntil = Math.max(heldUntil, clock.now() + ms)
      nextFree = Math.max(nextFree, heldUntil)
    },
  }
}

/**
 * How long a `retry-after` header asks to wait: seconds or an HTTP date. Without a usable value,
 * one second (Resend's window).
 */
export function retryAfterMs(
  headers: Record<string, string | undefined> | null | undefined,
  now = Date.now(),
): number {
  const value = headers?.['retry-after']?.trim()
  if (!value) return 1000
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? 1000 : Math.max(0, date - now)
}

/** Provider requests allowed per second (`RESEND_MAX_PER_SECOND`, Resend's default of 2). */
export const providerRate = (env: Record<string, string | undefined> = process.env) =>
  Number(env.RESEND_MAX_PER_SECOND ?? 2)

const PACER = Symbol.for('kontaktportalen.providerPacer')

/** The one pacer of this process (kept on globalThis: Next may load this module in more than one bundle). */
export function providerPacer(): Pacer {
  const holder = globalThis as { [PACER]?: Pacer }
  holder[PACER] ??= createPacer(providerRate())
  return holder[PACER]
}
