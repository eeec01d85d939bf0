import type { PayloadRequest } from 'payload'

import type { StatisticsScope, TeamFilter } from '../../core/statistics/facts'
import { type Role, WORKED_BY, hasRole } from '../access/roles'
import { teamIdsOf } from '../access/teams'

/**
 * What a staff member's statistics count, by the collections' own read rules: an admin counts
 * everything; recruiters their teams' registrations and evenings, intake their teams' applications
 * (a role they lack counts nothing). Null for anyone else: no statistics at all.
 */
export function statisticsScope(
  user: PayloadRequest['user'],
  municipality: string | null,
): StatisticsScope | null {
  const admin = hasRole(user, 'admin')
  if (!admin && !hasRole(user, WORKED_BY.interest, WORKED_BY.application)) return null
  const teams = teamIdsOf(user)
  const filter = (role: Role): TeamFilter =>
    admin ? { all: true } : { teams: hasRole(user, role) ? teams : [] }
  return {
    registrations: filter(WORKED_BY.interest),
    applications: filter(WORKED_BY.application),
    // Bookings are read by the recruiters of the organising team (collections/Bookings).
    evenings: filter('recruiter'),
    municipality,
  }
}
