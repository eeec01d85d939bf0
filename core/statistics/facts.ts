/**
 * The facts each statistic is defined over: plain records as the database holds them (ids as
 * strings, instants as ISO strings). The definitions in this folder are pure functions of these;
 * the CMS computes the same numbers in the database.
 */

export type HistoryFact = {
  status: string
  at: string
  /** The staff member who made the change; none for the entry on arrival and the booking flow's moves. */
  by?: string | null
  /** Set on a hand-over entry: the team the record went to. */
  toTeam?: string | null
}

export type ContactFact = { at: string; by?: string | null }

/** What interest registrations and applications share. */
export type SubmissionFact = {
  id: string
  createdAt: string
  municipality: string
  /** The teams holding it now: after a hand-over, the receiving team. */
  routedTeams: string[]
  status: string
  history: HistoryFact[]
  contactLog: ContactFact[]
}

export type RegistrationFact = SubmissionFact & {
  district?: string | null
  services: string[]
  channel?: string | null
  campaign?: string | null
  atRisk?: boolean | null
}

export type ApplicationFact = SubmissionFact & {
  service: string
  applicant: string
  forWhom?: string | null
  disability?: boolean | null
}

export type EveningFact = {
  id: string
  municipality: string
  organizingTeam: string
  startsAt: string
  status: string
  /** Drafts never published are not evenings anyone could book. */
  published: boolean
}

export type BookingFact = {
  id: string
  evening: string
  team: string
  status: string
  seats: number
  attendance?: string | null
  interestRegistration?: string | null
}

/** Which records a statistic counts: all, or those held by (organised by) some teams. */
export type TeamFilter = { all: true } | { teams: string[] }

/** What one staff member's statistics count, per kind of record, and the municipality filter. */
export type StatisticsScope = {
  registrations: TeamFilter
  applications: TeamFilter
  evenings: TeamFilter
  municipality: string | null
}

export const held = (filter: TeamFilter, teams: string[]) =>
  'all' in filter || teams.some((team) => filter.teams.includes(team))

/** The registrations or applications a scope counts: held by its teams (now), in its municipality. */
export const scoped = <Fact extends SubmissionFact>(
  facts: Fact[],
  filter: TeamFilter,
  municipality: string | null,
) =>
  facts.filter(
    (fact) => held(filter, fact.routedTeams) && (municipality === null || fact.municipality === municipality),
  )
