/**
 * What the statistics endpoints answer: the contract between the database queries (cms), the
 * admin statistics view and the public statistics page. Codes stay codes here (statuses,
 * services, channels); the views label them from the dictionaries. Ids come with their names.
 */

/** A span of days, Stockholm dates, `from` inclusive and `to` exclusive (YYYY-MM-DD). */
export type Period = { from: string; to: string }

/** A count under a code (a status, service, channel) or an id that carries its name. */
export type Count = { key: string; name?: string; count: number }

/** Median and 90th percentile of a duration in working days, over `measured` records. */
export type Spread = { measured: number; medianWorkingDays: number | null; p90WorkingDays: number | null }

/** How far a set of registrations got: per main-line step, how many ever reached it. */
export type Funnel = {
  /** Steps of the main line after `new`, in order, each with how many ever reached it. */
  steps: { status: string; reached: number }[]
  /** How registrations that stepped aside ended (withdrawn, not suitable, paused). */
  endings: Count[]
}

/**
 * The team statistics view's data: one period, the records the asking staff member may see. A
 * section is there only when the scope counts its kind of record (core/statistics/sections):
 * intake gets applications, recruiters interest registrations, evenings and campaigns, admins all.
 */
export type TeamReport = {
  period: Period
  /** The municipality filter, when one was chosen (cooperations span several). */
  municipality: string | null
  registrations?: {
    total: number
    /** Monday of each ISO week in the period, oldest first, zero weeks included. */
    perWeek: { week: string; count: number }[]
    byService: Count[]
    byChannel: Count[]
    byCampaign: Count[]
    byDistrict: Count[]
  }
  funnel?: Funnel
  /** Registration to the first staff contact-log entry or status change. */
  firstContact?: Spread & { withinThreeWorkingDays: number | null }
  /** Registrations without change for 30 days: at risk now, lost once ended that way, per month. */
  atRisk?: { now: number; perMonth: { month: string; atRisk: number }[] }
  evenings?: {
    evening: string
    name: string
    startsAt: string
    bookings: number
    confirmedSeats: number
    waitlisted: number
    attended: number
    noShows: number
    /** Attendees whose registration reached assessment within 60 days of the evening. */
    reachedAssessment: number
  }[]
  campaigns?: { campaign: string; name: string; registrations: number; byChannel: Count[]; funnel: Funnel }[]
  applications?: {
    total: number
    byService: Count[]
    /** Keys `child`, `youth`, `adult`, each suffixed `-lss` when the disability answer was yes. */
    byApplicant: Count[]
    callBack: Spread & { promisedWorkingDays: number; withinPromise: number | null }
  }
}

/** A team report known to carry the fields `Key`: what a section's view is given. */
export type WithSection<Key extends keyof TeamReport> = TeamReport & Required<Pick<TeamReport, Key>>

/** One published number: exact, or withheld because it (or a cell it would reveal) is under 5. */
export type Cell = { value: number } | { suppressed: 'fewer-than-5' | 'complementary' }

/** One quarter's public numbers for an area. */
export type PublicRow = {
  quarter: string
  interestRegistrations: Cell
  eveningsHeld: Cell
  eveningAttendees: Cell
  approvals: Cell
}

/** The public statistics: suppressed aggregates only, never a row of anyone's data. */
export type PublicStatistics = {
  generatedAt: string
  /** Quarters covered, oldest first, as `2026-Q3`. */
  quarters: string[]
  /** The whole portal first (`slug: null`), then each municipality by name. */
  areas: { slug: string | null; name: string; rows: PublicRow[] }[]
}
