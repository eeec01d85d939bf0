import type { StatisticsScope, TeamFilter } from './facts'

/** Whether a filter can count any record: an admin's counts all, a role's counts its teams'. */
const countsAny = (filter: TeamFilter) => 'all' in filter || filter.teams.length > 0

/**
 * The sections of a team report a scope has: only those whose records it may count. Intake has
 * applications; recruiters interest registrations (with their campaigns) and evenings; admins all.
 */
export const sectionsOf = (scope: StatisticsScope) => ({
  interest: countsAny(scope.registrations),
  evenings: countsAny(scope.evenings),
  applications: countsAny(scope.applications),
})
