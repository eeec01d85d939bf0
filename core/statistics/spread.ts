import type { Spread } from './report'

/** The nearest-rank percentile (`p` in 1–100) of sorted values: the smallest with p % at or below it. */
export const nearestRank = (sorted: number[], p: number): number | null =>
  sorted.length ? sorted[Math.ceil((p * sorted.length) / 100) - 1] : null

/**
 * Median and 90th percentile of whole working days, by nearest rank, so each is a duration some
 * record really had (an even count gives the lower middle value).
 */
export function spreadOf(days: number[]): Spread {
  const sorted = [...days].sort((a, b) => a - b)
  return {
    measured: sorted.length,
    medianWorkingDays: nearestRank(sorted, 50),
    p90WorkingDays: nearestRank(sorted, 90),
  }
}

/**
 * The share of records handled within `limit` working days, among those whose outcome is known:
 * handled ones, and unhandled ones already past the limit (leaving them out would flatter a team).
 * Null when no outcome is known yet.
 */
export function shareWithin(handledDays: number[], waitingDays: number[], limit: number): number | null {
  const late = waitingDays.filter((days) => days > limit).length
  const known = handledDays.length + late
  return known ? handledDays.filter((days) => days <= limit).length / known : null
}
