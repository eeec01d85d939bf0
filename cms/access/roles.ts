import type { Access, FieldAccess, PayloadRequest } from 'payload'

import type { FormKind } from '../../core/domain/organisation'

/**
 * Staff roles. `data-protection` (the data protection officer) reads the access log and nothing
 * else: no submissions, no content to edit.
 */
export const ROLES = ['admin', 'communications', 'recruiter', 'intake', 'data-protection'] as const
export type Role = (typeof ROLES)[number]

/** The role that works each kind of submission: its access, its responsible person, its Today section. */
export const WORKED_BY: Record<FormKind, Role> = { interest: 'recruiter', application: 'intake' }

type MaybeUser = PayloadRequest['user']

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean => {
  const userRoles = user?.roles ?? []
  return userRoles.some((role) => roles.includes(role))
}

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
/** The yes-or-no form, for checks that take no query (running or queueing jobs). */
export const onlyAdmins = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
/** Fields only the system writes (the Local API without a user); no request may set them. */
export const nobodyField: FieldAccess = () => false

/** Who reads the access log: admins and the data protection officer; nobody writes it over an API. */
export const readsAccessLog: Access = ({ req }) => hasRole(req.user, 'admin', 'data-protection')

/** Who edits public content: communications staff and admins. */
export const canEditContent: Access = ({ req }) => hasRole(req.user, 'admin', 'communications')

export const anyone: Access = () => true
export const signedIn: Access = ({ req }) => Boolean(req.user)

/** The public reads only what is published; any signed-in staff member also sees drafts. */
export const publishedOrStaff: Access = ({ req }) => (req.user ? true : { _status: { equals: 'published' } })

/** Published content: everyone reads what is published, communications staff and admins edit. */
export const contentAccess = {
  read: publishedOrStaff,
  create: canEditContent,
  update: canEditContent,
  delete: canEditContent,
}

/** A user reads and edits their own account; admins manage everyone. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}

/** Staff-only fields (internal addresses, links given only to confirmed bookers). */
export const staffOnlyField: FieldAccess = ({ req }) => Boolean(req.user)
