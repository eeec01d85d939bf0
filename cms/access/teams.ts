import type { Access, PayloadRequest, Where } from 'payload'

import { idOf } from '../collections/relations'
import { type Role, hasRole, isAdmin } from './roles'

/** The ids of the teams a user belongs to, whether the relation came populated or not. */
export function teamIdsOf(user: PayloadRequest['user']): string[] {
  return (user?.teams ?? []).map(idOf)
}

/**
 * Submissions are read and worked on by the teams they were routed to, by staff in `role`;
 * admins see everything, including the central queue. One `Where` serves REST, the admin and
 * Local API calls made with `overrideAccess: false`.
 */
export const routedToOwnTeams =
  (role: Role, field = 'routedTeams'): Access =>
  ({ req }) => {
    if (hasRole(req.user, 'admin')) return true
    if (!hasRole(req.user, role)) return false
    const teams = teamIdsOf(req.user)
    return teams.length ? { [field]: { in: teams } } : false
  }

/** Records gallring has anonymised: only statistics count them (cms/jobs/retention). */
export const NOT_ANONYMISED: Where = { anonymisedAt: { exists: false } }

/**
 * An anonymised record holds nothing anyone can act on: no list, view, search, export or change
 * reaches it, for admins neither. Statistics read the database directly and still count it.
 */
export const notAnonymised =
  (access: Access): Access =>
  async (args) => {
    const allowed = await access(args)
    if (allowed === false) return false
    return allowed === true ? NOT_ANONYMISED : { and: [allowed, NOT_ANONYMISED] }
  }

/** A public submission: only its form endpoint creates it, `role` in its teams works on it, admins delete. */
export const submissionAccess = (role: Role) => ({
  create: () => false,
  read: notAnonymised(routedToOwnTeams(role)),
  update: notAnonymised(routedToOwnTeams(role)),
  delete: notAnonymised(isAdmin),
})

/**
 * A staff member reads their own account and their teammates' (a case card names who did what,
 * and the responsible person is picked among them); admins read every account.
 */
export const selfOrTeammates: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  const teams = teamIdsOf(req.user)
  const self = { id: { equals: req.user.id } }
  return teams.length ? { or: [self, { teams: { in: teams } }] } : self
}
