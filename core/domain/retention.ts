type Env = Record<string, string | undefined>

/**
 * How long the portal keeps what people gave it. The portal is only the way in: once staff have
 * acted, the case lives in the municipality's own records, so the copy here goes on the
 * municipality's records decision (gallringsbeslut). Every period is in days except the months of
 * inactivity after which a registration counts as ended.
 */
export type RetentionSchedule = {
  /** An application is deleted this many days after intake closed it. */
  applicationDaysAfterClose: number
  /** An application nobody closed is escalated (never deleted) once it is this old. */
  applicationEscalateAfterDays: number
  /** An interest registration is deleted this many days after it ended. */
  interestDaysAfterEnd: number
  /** A registration nobody has acted on for this many months has ended. */
  interestInactiveMonths: number
  /** A booking is deleted this many days after its evening. */
  bookingDaysAfterEvening: number
  /** A sent (or failed) e-mail is deleted this many days after it was written. */
  outboxDays: number
  /** An anonymised record (what statistics count) is deleted this many days after it arrived. */
  statisticsHorizonDays: number
}

export const RETENTION_KEYS = [
  'applicationDaysAfterClose',
  'applicationEscalateAfterDays',
  'interestDaysAfterEnd',
  'interestInactiveMonths',
  'bookingDaysAfterEvening',
  'outboxDays',
  'statisticsHorizonDays',
] as const satisfies readonly (keyof RetentionSchedule)[]

/** The variable that sets each default, and the default when it is unset. */
const DEFAULTS: Record<keyof RetentionSchedule, [variable: string, value: number]> = {
  applicationDaysAfterClose: ['APPLICATION_RETENTION_DAYS_AFTER_CLOSE', 30],
  applicationEscalateAfterDays: ['APPLICATION_RETENTION_MAX_DAYS', 90],
  interestDaysAfterEnd: ['INTEREST_RETENTION_DAYS_AFTER_END', 90],
  interestInactiveMonths: ['INTEREST_INACTIVE_MONTHS', 12],
  bookingDaysAfterEvening: ['BOOKING_RETENTION_DAYS_AFTER_EVENING', 30],
  outboxDays: ['OUTBOX_RETENTION_DAYS', 30],
  // Three years: this year's figures beside the two before them, as annual reports compare.
  statisticsHorizonDays: ['STATISTICS_HORIZON_DAYS', 1095],
}

/** An unset, empty or negative value is no value: the default stands. */
const given = (value: unknown): number | null => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : null
}

/** The schedule of every municipality that sets none of its own, from the environment. */
export function retentionDefaults(env: Env = process.env): RetentionSchedule {
  return Object.fromEntries(
    RETENTION_KEYS.map((key) => [key, given(env[DEFAULTS[key][0]]) ?? DEFAULTS[key][1]]),
  ) as RetentionSchedule
}

/** A municipality's schedule: what its admins set, the defaults for the rest. */
export function scheduleFor(
  own: Partial<Record<keyof RetentionSchedule, number | null | undefined>> | null | undefined,
  defaults: RetentionSchedule = retentionDefaults(),
): RetentionSchedule {
  return Object.fromEntries(
    RETENTION_KEYS.map((key) => [key, given(own?.[key]) ?? defaults[key]]),
  ) as RetentionSchedule
}

const DAY = 86_400_000
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY)
/** The same day of the month `months` earlier, or that month's last day (30 April less 2 months: 28 February). */
const monthsBefore = (instant: Date, months: number) => {
  const earlier = new Date(instant)
  earlier.setUTCDate(1)
  earlier.setUTCMonth(earlier.getUTCMonth() - months)
  const lastDay = new Date(Date.UTC(earlier.getUTCFullYear(), earlier.getUTCMonth() + 1, 0)).getUTCDate()
  earlier.setUTCDate(Math.min(instant.getUTCDate(), lastDay))
  return earlier
}

/** How often an application nobody closed is escalated again, for as long as nobody does. */
export const ESCALATE_AGAIN_AFTER_DAYS = 7

/**
 * The instants the nightly run compares with, for one schedule: what ended (closed, withdrawn, its
 * evening) before them is anonymised, an anonymised record that arrived (or whose evening was)
 * before `statisticsHorizonBefore` is deleted; an open application that arrived before `escalateArrivedBefore`
 * is escalated if it was not escalated since `escalatedBefore`.
 */
export function retentionCutoffs(now: Date, schedule: RetentionSchedule) {
  const interestEndedBefore = daysBefore(now, schedule.interestDaysAfterEnd)
  return {
    applicationClosedBefore: daysBefore(now, schedule.applicationDaysAfterClose).toISOString(),
    escalateArrivedBefore: daysBefore(now, schedule.applicationEscalateAfterDays).toISOString(),
    escalatedBefore: daysBefore(now, ESCALATE_AGAIN_AFTER_DAYS).toISOString(),
    interestEndedBefore: interestEndedBefore.toISOString(),
    // Inactive for the months (so it ended), then kept for the days after its end like any other.
    interestInactiveBefore: monthsBefore(interestEndedBefore, schedule.interestInactiveMonths).toISOString(),
    bookingEveningBefore: daysBefore(now, schedule.bookingDaysAfterEvening).toISOString(),
    outboxBefore: daysBefore(now, schedule.outboxDays).toISOString(),
    statisticsHorizonBefore: daysBefore(now, schedule.statisticsHorizonDays).toISOString(),
  }
}

/** What a deletion record names as the record's kind, and the rule that erased it. */
export const DELETED_KINDS = ['application', 'interest-registration', 'booking', 'outbox-message'] as const
export type DeletedKind = (typeof DELETED_KINDS)[number]
export const DELETION_RULES = [
  'application-closed',
  'interest-ended',
  'interest-inactive',
  'booking-after-evening',
  'outbox-age',
  'statistics-horizon',
  'by-hand',
] as const
export type DeletionRule = (typeof DELETION_RULES)[number]

/**
 * What gallring did to the record: anonymised (the personal fields erased, the anonymous skeleton
 * statistics count kept) or deleted (the row gone).
 */
export const ERASURES = ['anonymised', 'deleted'] as const
export type Erasure = (typeof ERASURES)[number]

/** The statuses in which an interest registration has ended (its retention clock runs). */
export const INTEREST_ENDED = ['withdrawn', 'not-suitable'] as const

/**
 * When a submission's status change starts (or stops) its retention clock: entering an ended
 * status stamps the time, leaving it (reopened) clears it, anything else keeps what was there.
 */
export function endedAtAfter(
  ended: readonly string[],
  previous: string | undefined,
  next: string | undefined,
  stamped: string | null | undefined,
  now: Date,
): string | null | undefined {
  if (!next || next === previous) return stamped
  if (ended.includes(next)) return ended.includes(previous ?? '') ? stamped : now.toISOString()
  return null
}
