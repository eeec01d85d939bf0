import { stockholmDatePlus, stockholmWallTime } from '../domain/stockholmTime'
import { earliest, stockholmDay, workingDaysBetween } from './calendar'
import type { SubmissionFact } from './facts'
import { shareWithin, spreadOf } from './spread'
import type { Spread } from './report'

/**
 * When staff first acted on a submission: its first contact-log entry or status change made by
 * staff, whichever came first, by any team (the person's wait ends whoever calls). A hand-over is
 * no contact; moves without an author (arrival, the booking flow) are none either.
 */
export function firstActionAt(fact: Pick<SubmissionFact, 'history' | 'contactLog'>): string | null {
  const times = [
    ...fact.contactLog.map((entry) => entry.at),
    ...fact.history.filter((entry) => entry.by && !entry.toTeam).map((entry) => entry.at),
  ]
  return earliest(times)
}

/** A submission's first staff action and the working days from arrival to it; nulls while nobody acted. */
export type FirstContactFacts = { firstContactAt: string | null; firstContactWorkingDays: number | null }

/** The first-contact facts stored on a submission, as `responseTimes` counts its acted-on ones. */
export function firstContactFacts(
  fact: Pick<SubmissionFact, 'createdAt' | 'history' | 'contactLog'>,
): FirstContactFacts {
  const first = firstActionAt(fact)
  return {
    firstContactAt: first,
    firstContactWorkingDays: first
      ? workingDaysBetween(stockholmDay(fact.createdAt), stockholmDay(first))
      : null,
  }
}

/**
 * Working days from arrival to the first staff action, over the submissions acted on, and the
 * share acted on within `limit` working days (counting those still waiting past the limit).
 */
export function responseTimes(
  facts: SubmissionFact[],
  now: Date,
  limit: number,
): Spread & { within: number | null } {
  const handled: number[] = []
  const waiting: number[] = []
  for (const fact of facts) {
    const first = firstActionAt(fact)
    const arrived = stockholmDay(fact.createdAt)
    if (first) handled.push(workingDaysBetween(arrived, stockholmDay(first)))
    else waiting.push(workingDaysBetween(arrived, stockholmDay(now)))
  }
  return { ...spreadOf(handled), within: shareWithin(handled, waiting, limit) }
}

/**
 * The arrival instant from which a submission nobody has acted on is not yet late at `now`: one
 * that arrived before it has waited more than `limit` working days (as `responseTimes` counts).
 */
export function lateBefore(now: Date, limit: number): string {
  const today = stockholmDay(now)
  let back = 0
  while (workingDaysBetween(stockholmDatePlus(now, -back), today) <= limit) back += 1
  return stockholmWallTime(stockholmDatePlus(now, 1 - back), '00:00').toISOString()
}
